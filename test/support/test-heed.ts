import {randomUUID} from 'node:crypto';
import request from 'supertest';
import {Session} from '@shopify/shopify-api';
import {getHmac, getJwt} from '@shopify/shopify-api/test-helpers';
import {loadConfig} from '../../web/server/config';
import {bootstrap, type Heed} from '../../web/server/bootstrap';
import {isolatedTarget, type EngineName} from './databases';
import type {StorageTarget} from '../../web/server/storage';
import {captureLogger} from './capture-logger';
import {hashIngestKey, newIngestKey} from '../../web/server/signals/ingest-key';
import type {IngestLimits} from '../../web/server/signals/ingest-limits';
import {
  createShopifySimulator,
  PLUS_BUCKET,
  installSimulatorFetch,
  loadAdminSchema,
  type BucketSize,
  type ShopifySimulator,
  type ShopState,
} from '../../web/simulator';

/** Session tokens from `sessionToken` last this long (Heed refuses longer than five minutes). */
const TEST_TOKEN_TTL_S = 4 * 60;

export interface TestHeed {
  heed: Heed;
  /** The Shopify stand-in the app talks to: Admin GraphQL, token exchange. */
  simulator: ShopifySimulator;
  http: ReturnType<typeof request>;
  /** The database this instance runs on (a second instance may share it: `sharedWith`). */
  target: StorageTarget;
  logs(): string;
  /** Records the shop as installed with a stored offline session, as after a token exchange. */
  install(shop: string): Promise<void>;
  /** Gives the shop a pixel ingest key, as activating the pixel does, and returns it. */
  ingestKey(shop: string): Promise<string>;
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

export interface TestHeedOptions {
  engine?: EngineName;
  now?: () => number;
  /** Shops the simulator knows; defaults to the Fabulous Furs demo shop. */
  shops?: ShopState[];
  /**
   * Each shop's Admin API cost bucket in the simulator. A Plus store's by default, so that a test
   * that verifies several campaigns in a row is not paced by the bucket; the throttling tests
   * give a standard plan's, or a smaller one.
   */
  bucket?: BucketSize;
  ingestLimits?: IngestLimits;
  ingestMaxWaitingEvents?: number;
  /**
   * Runs as a second instance on this one's database and its Shopify (the same simulator); the
   * first one disposes of both.
   */
  sharedWith?: TestHeed;
  /** Runs on this database; whoever made it disposes of it (fault tests, other processes). */
  target?: StorageTarget;
}

export async function startTestHeed(options: TestHeedOptions = {}): Promise<TestHeed> {
  const given = options.sharedWith?.target ?? options.target;
  const isolated = given
    ? {target: given, dispose: async () => undefined}
    : isolatedTarget(options.engine ?? 'sqlite');
  const config = loadConfig('test', {});
  const captured = captureLogger();
  // Two instances of one app talk to one Shopify: a second instance shares the first's
  // simulator, so the shop's access token and its bucket are the same whichever one calls.
  const simulator =
    options.sharedWith?.simulator ??
    createShopifySimulator({
      apiKey: config.apiKey,
      apiSecret: config.apiSecret,
      schema: await loadAdminSchema(),
      ...(options.shops ? {shops: options.shops} : {}),
      ...(options.now ? {now: options.now} : {}),
      bucket: options.bucket ?? PLUS_BUCKET,
    });
  const restoreFetch = options.sharedWith ? () => undefined : installSimulatorFetch(simulator);
  const heed = await bootstrap(config, {
    storageTarget: isolated.target,
    logger: captured.logger,
    now: options.now,
    fetch: simulator.fetch,
    ingestLimits: options.ingestLimits,
    ingestMaxWaitingEvents: options.ingestMaxWaitingEvents,
  });
  const http = request(heed.listener);
  return {
    heed,
    simulator,
    http,
    target: isolated.target,
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
        accessToken: simulator.shopDomains().includes(shop)
          ? simulator.installShop(shop)
          : `shpat_test_${randomUUID().replaceAll('-', '')}`,
        expires: new Date(Date.now() + 3_600_000),
      });
      await heed.sessionStorage.storeSession(session);
    },
    async ingestKey(shop) {
      const key = newIngestKey();
      await heed.storage.shops.setIngestKey(shop, hashIngestKey(key), null, Date.now());
      return key;
    },
    async sessionToken(shop, overrides = {}) {
      const nowSeconds = Math.floor(Date.now() / 1000);
      const {token} = await getJwt(
        shop.replace(/\.myshopify\.com$/, ''),
        config.apiKey,
        config.apiSecret,
        // Within Heed's lifetime limit, yet long enough for a slow test file that mints it once.
        {iat: nowSeconds, nbf: nowSeconds - 5, exp: nowSeconds + TEST_TOKEN_TTL_S, ...overrides},
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
      restoreFetch();
      await heed.close();
      await isolated.dispose();
    },
  };
}
