import type {Router} from 'express';
import type {Config} from './config';
import {createLogger, type Logger} from './logger';
import {openStorage, type Storage, type StorageTarget} from './storage';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import {openSessionStorage} from './storage/session-storage';
import {createShopify} from './shopify';
import {createApp, type HeedApp} from './app';
import {createOnInstalled} from './shops/on-installed';
import {createAdminApiClient} from './admin-api/client';
import {createAdminQuery, createShopDetailsReader} from './shops/admin-access';
import {activatePixel} from './shops/activate-pixel';
import type {IngestLimits} from './signals/ingest-limits';
import {startLiveFanout} from './signals/live-fanout';

export interface Heed extends HeedApp {
  /** The PostgreSQL channel live updates cross instances on; null on SQLite (one instance). */
  liveChannel: string | null;
  config: Config;
  storage: Storage;
  logger: Logger;
  shopify: ReturnType<typeof createShopify>;
  sessionStorage: SessionStorage;
  close(): Promise<void>;
}

export interface BootstrapOptions {
  logger?: Logger;
  now?: () => number;
  demo?: {router: Router};
  /** Overrides the storage target (tests isolate themselves in a PostgreSQL schema). */
  storageTarget?: StorageTarget;
  frontendDistDir?: string;
  /** How Heed reaches Shopify's Admin API; the demo and tests pass the simulator's fetch. */
  fetch?: typeof fetch;
  ingestLimits?: IngestLimits;
  ingestMaxWaitingEvents?: number;
  /** Tests only: see `AppDeps.beforeJourneyRun`. */
  beforeJourneyRun?: () => Promise<void>;
}

/** Assembles Heed from its configuration: storage, Shopify wiring and the HTTP app. */
export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Heed> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? Date.now;
  const target = options.storageTarget ?? config.storage;
  const storage = await openStorage(target, logger);
  const sessionStorage = await openSessionStorage(target, logger).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  const client = createAdminApiClient({
    fetch: options.fetch ?? globalThis.fetch,
    apiVersion: config.apiVersion,
    logger,
  });
  const turnOnPixel = (shop: string, accessToken: string) =>
    activatePixel(
      {
        client,
        storage,
        ingestUrl: new URL('/api/pixel/events', config.appUrl).toString(),
        now: now(),
      },
      {shop, accessToken},
    );
  const onInstalled = createOnInstalled({
    storage,
    logger,
    now,
    fetchShopDetails: createShopDetailsReader(client),
    activatePixel: (session) => turnOnPixel(session.shop, session.accessToken ?? ''),
  });
  const shopify = createShopify({config, sessionStorage, logger, afterAuth: onInstalled});
  const adminQuery = createAdminQuery({
    client,
    offlineSession: (shop) => shopify.ensureValidOfflineSession(shop),
  });
  const heedApp = createApp({
    config,
    logger,
    storage,
    sessionStorage,
    shopify,
    adminQuery,
    activatePixel: async (shop) => {
      const session = await shopify.ensureValidOfflineSession(shop);
      if (!session?.accessToken) return {ok: false, reason: 'no offline session for the shop'};
      return turnOnPixel(shop, session.accessToken);
    },
    now,
    demo: options.demo,
    frontendDistDir: options.frontendDistDir,
    ingestLimits: options.ingestLimits,
    ingestMaxWaitingEvents: options.ingestMaxWaitingEvents,
    beforeJourneyRun: options.beforeJourneyRun,
  });
  const fanout =
    target.kind === 'postgres'
      ? await startLiveFanout({
          hub: heedApp.live,
          storage,
          url: target.url,
          schema: target.schema,
          logger,
        })
      : null;
  return {
    ...heedApp,
    liveChannel: fanout?.channel ?? null,
    config,
    storage,
    logger,
    shopify,
    sessionStorage,
    async close() {
      await fanout?.close();
      await heedApp.webhookProcessor.drain();
      await heedApp.drainJourneys();
      await storage.close();
      if ('disconnect' in sessionStorage && typeof sessionStorage.disconnect === 'function') {
        await (sessionStorage.disconnect as () => Promise<void>)();
      }
    },
  };
}
