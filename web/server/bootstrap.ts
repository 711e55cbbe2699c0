import type {Router} from 'express';
import type {Config} from './config';
import {createLogger, type Logger} from './logger';
import {openStorage, type Storage, type StorageTarget} from './storage';
import {createSessionStorage} from './storage/session-storage';
import {createShopify} from './shopify';
import {createApp, type HeedApp} from './app';
import {createOnInstalled} from './shops/on-installed';

export interface Heed extends HeedApp {
  config: Config;
  storage: Storage;
  logger: Logger;
  shopify: ReturnType<typeof createShopify>;
  sessionStorage: ReturnType<typeof createSessionStorage>;
  close(): Promise<void>;
}

export interface BootstrapOptions {
  logger?: Logger;
  now?: () => number;
  demo?: {router: Router};
  /** Overrides the storage target (tests isolate themselves in a PostgreSQL schema). */
  storageTarget?: StorageTarget;
  frontendDistDir?: string;
}

/** Assembles Heed from its configuration: storage, Shopify wiring and the HTTP app. */
export async function bootstrap(config: Config, options: BootstrapOptions = {}): Promise<Heed> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? Date.now;
  const target = options.storageTarget ?? config.storage;
  const storage = await openStorage(target, logger);
  const sessionStorage = createSessionStorage(target);
  const onInstalled = createOnInstalled({storage, logger, now});
  const shopify = createShopify({config, sessionStorage, logger, afterAuth: onInstalled});
  const heedApp = createApp({
    config,
    logger,
    storage,
    sessionStorage,
    shopify,
    now,
    demo: options.demo,
    frontendDistDir: options.frontendDistDir,
  });
  return {
    ...heedApp,
    config,
    storage,
    logger,
    shopify,
    sessionStorage,
    async close() {
      await heedApp.webhookProcessor.drain();
      await storage.close();
      if ('disconnect' in sessionStorage && typeof sessionStorage.disconnect === 'function') {
        await (sessionStorage.disconnect as () => Promise<void>)();
      }
    },
  };
}
