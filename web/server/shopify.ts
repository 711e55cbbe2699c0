import '@shopify/shopify-api/adapters/node';
import {shopifyApp, type ShopifyApp} from '@shopify/shopify-app-express';
import {ApiVersion, LogSeverity, type Session} from '@shopify/shopify-api';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import type {Config} from './config';
import type {Logger} from './logger';
import {scrub} from './logger';

export const AUTH_PATH = '/api/auth';
export const WEBHOOK_PATH = '/api/webhooks';

export interface ShopifyWiring {
  config: Config;
  sessionStorage: SessionStorage;
  logger: Logger;
  afterAuth: (session: Session) => Promise<void>;
}

/**
 * Embedded app with Shopify-managed install: sessions come from token exchange and offline
 * tokens expire and are refreshed. https://shopify.dev/docs/apps/build/authentication-authorization
 */
export function createShopify({
  config,
  sessionStorage,
  logger,
  afterAuth,
}: ShopifyWiring): ShopifyApp {
  return shopifyApp({
    api: {
      apiKey: config.apiKey,
      apiSecretKey: config.apiSecret,
      scopes: config.scopes,
      hostName: config.appUrl.host,
      hostScheme: config.appUrl.protocol === 'http:' ? 'http' : 'https',
      apiVersion: ApiVersion.July26,
      isEmbeddedApp: true,
      logger: {
        level: LogSeverity.Warning,
        log: (severity, message) => forward(logger, severity, message),
      },
    },
    auth: {path: AUTH_PATH, callbackPath: `${AUTH_PATH}/callback`},
    webhooks: {path: WEBHOOK_PATH},
    sessionStorage,
    future: {tokenExchange: true, expiringOfflineAccessTokens: true},
    hooks: {afterAuth: ({session}) => afterAuth(session)},
  });
}

/** Shopify's library messages can quote tokens; they are scrubbed before they reach our logs. */
function forward(logger: Logger, severity: LogSeverity, message: string) {
  const text = scrub(message);
  if (severity === LogSeverity.Error) logger.error({source: 'shopify'}, text);
  else if (severity === LogSeverity.Warning) logger.warn({source: 'shopify'}, text);
  else if (severity === LogSeverity.Info) logger.info({source: 'shopify'}, text);
  else logger.debug({source: 'shopify'}, text);
}
