import {randomUUID} from 'node:crypto';
import request from 'supertest';
import {Session} from '@shopify/shopify-api';
import {getHmac, getJwt} from '@shopify/shopify-api/test-helpers';
import {loadConfig} from '../../web/server/config';
import {bootstrap, type Heed} from '../../web/server/bootstrap';
import {isolatedTarget, type EngineName} from './databases';
import {captureLogger} from './capture-logger';

export interface TestHeed {
  heed: Heed;
  http: ReturnType<typeof request>;
  logs(): string;
  /** Records the shop as installed with a stored offline session, as after a token exchange. */
  install(shop: string): Promise<void>;
  /** A valid admin session token for the shop (App Bridge's `idToken()`). */
  sessionToken(shop: string, overrides?: Record<string, unknown>): Promise<string>;
  /** A webhook as Shopify sends it, signed with the app secret unless `secret` says otherwise. */
  webhook(topic: string, shop: string, payload: unknown, options?: WebhookOptions): request.Test;
  close(): Promise<void>;
}

export interface WebhookOptions {
  eventId?: string;
  triggeredAt?: string;
  secret?: string;
  omit?: string[];
}

export async function startTestHeed(
  engine: EngineName = 'sqlite',
  now?: () => number,
): Promise<TestHeed> {
  const isolated = isolatedTarget(engine);
  const config = loadConfig('test', {});
  const captured = captureLogger();
  const heed = await bootstrap(config, {
    storageTarget: isolated.target,
    logger: captured.logger,
    now,
  });
  const http = request(heed.app);
  return {
    heed,
    http,
    logs: captured.text,
    async install(shop) {
      await heed.storage.shops.markInstalled(shop, {scopes: config.scopes.join(',')}, Date.now());
      await heed.storage.shops.updateDetails(
        shop,
        {name: 'Fabulous Furs', currencyCode: 'CAD'},
        Date.now(),
      );
      const session = new Session({
        id: heed.shopify.api.session.getOfflineId(shop),
        shop,
        state: 'installed',
        isOnline: false,
        scope: config.scopes.join(','),
        accessToken: `shpat_test_${randomUUID().replaceAll('-', '')}`,
        expires: new Date(Date.now() + 3_600_000),
      });
      await heed.sessionStorage.storeSession(session);
    },
    async sessionToken(shop, overrides = {}) {
      const {token} = await getJwt(
        shop.replace(/\.myshopify\.com$/, ''),
        config.apiKey,
        config.apiSecret,
        overrides,
      );
      return token;
    },
    webhook(topic, shop, payload, options = {}) {
      const body = JSON.stringify(payload);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Shopify-Topic': topic,
        'X-Shopify-Shop-Domain': shop,
        'X-Shopify-API-Version': config.apiVersion,
        'X-Shopify-Webhook-Id': randomUUID(),
        'X-Shopify-Event-Id': options.eventId ?? randomUUID(),
        'X-Shopify-Triggered-At': options.triggeredAt ?? new Date().toISOString(),
        'X-Shopify-Hmac-Sha256': getHmac(body, options.secret ?? config.apiSecret),
      };
      for (const name of options.omit ?? []) delete headers[name];
      return http.post('/api/webhooks').set(headers).send(body);
    },
    async close() {
      await heed.close();
      await isolated.dispose();
    },
  };
}
