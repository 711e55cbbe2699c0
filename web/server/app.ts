import path from 'node:path';
import {fileURLToPath} from 'node:url';
import express, {type Express, type Router} from 'express';
import type {ShopifyApp} from '@shopify/shopify-app-express';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import type {Config} from './config';
import type {Logger} from './logger';
import type {Storage} from './storage';
import {requestContext} from './http/request-context';
import {errorHandler, notFound} from './http/error-handler';
import {createFrontendRouter} from './http/frontend';
import {securityHeaders} from './http/security-headers';
import {requireSessionToken} from './auth/session-token';
import {createWebhookRouter} from './webhooks/route';
import {createWebhookHandlers} from './webhooks/handlers';
import {createWebhookProcessor, type WebhookProcessor} from './webhooks/processor';
import {createOverviewRouter} from './overview/route';
import {WEBHOOK_PATH} from './shopify';

export const FRONTEND_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../frontend/dist',
);
/** JSON bodies of the admin API; larger payloads have their own routes and limits. */
const MAX_ADMIN_JSON = '256kb';

export interface AppDeps {
  config: Config;
  logger: Logger;
  storage: Storage;
  sessionStorage: SessionStorage;
  shopify: ShopifyApp;
  now?: () => number;
  /** Demo mode only: the local App Bridge stand-in and demo session tokens. */
  demo?: {router: Router};
  frontendDistDir?: string;
}

export interface HeedApp {
  app: Express;
  webhookProcessor: WebhookProcessor;
}

/** The whole HTTP surface, built from its dependencies; tests build this same app. */
export function createApp(deps: AppDeps): HeedApp {
  const {config, logger, storage, sessionStorage, shopify} = deps;
  const now = deps.now ?? Date.now;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.use(requestContext(logger));
  app.use(securityHeaders());
  app.use(shopify.cspHeaders());

  app.get('/healthz', async (_req, res) => {
    const health = await storage.health();
    res
      .status(health.healthy ? 200 : 503)
      .json({status: health.healthy ? 'ok' : 'degraded', storage: health});
  });

  // Webhooks first: HMAC must be computed on the raw body, before any JSON parser touches it.
  const handlers = createWebhookHandlers({storage, sessionStorage, logger, now});
  const webhookProcessor = createWebhookProcessor({storage, handlers, logger, now});
  app.use(
    WEBHOOK_PATH,
    createWebhookRouter({api: shopify.api, storage, processor: webhookProcessor, logger, now}),
  );

  if (deps.demo) app.use('/demo', deps.demo.router);

  const api = express.Router();
  api.use(express.json({limit: MAX_ADMIN_JSON}));
  api.use(requireSessionToken(shopify.api));
  api.use(shopify.validateAuthenticatedSession());
  api.use('/overview', createOverviewRouter({storage}));
  api.use(notFound);
  app.use('/api', api);

  app.use(
    createFrontendRouter({
      distDir: deps.frontendDistDir ?? FRONTEND_DIST,
      apiKey: config.apiKey,
      useDemoAppBridge: deps.demo !== undefined,
      guard: config.mode === 'production' ? shopify.ensureInstalledOnShop() : undefined,
    }),
  );
  app.use(notFound);
  app.use(errorHandler(logger));
  return {app, webhookProcessor};
}
