/**
 * `npm run demo`: Heed against the Shopify simulator acting as a demo shop, on the embedded SQLite
 * default, with the local App Bridge stand-in. No Shopify account, no network.
 */
import {RequestedTokenType} from '@shopify/shopify-api';
import {getJwt} from '@shopify/shopify-api/test-helpers';
import {loadConfigWith, ConfigError, type Config} from './config';
import {bootstrap, type Heed} from './bootstrap';
import {startServer} from './http/start-server';
import {createDemoRouter} from './demo/routes';
import {seedDemoCampaigns} from './demo/seed';
import {createShopperStream, DEMO_TICK_MS} from './demo/shopper-stream';
import {hashIngestKey, newIngestKey} from './signals/ingest-key';
import {createShopifySimulator, installSimulatorFetch, loadAdminSchema} from '../simulator';
import {DEMO_SHOP_DOMAIN} from '../simulator/demo-shop';

export interface DemoOptions {
  port?: number;
  sqlitePath?: string;
  logLevel?: string;
  /** Simulated shoppers checking out on the demo shop (on by default). */
  shoppers?: boolean;
}

export interface RunningDemo {
  url: string;
  shop: string;
  heed: Heed;
  close(): Promise<void>;
}

export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const config = loadConfigWith('demo', {
    ...(options.port === undefined ? {} : {PORT: String(options.port)}),
    ...(options.sqlitePath ? {SQLITE_PATH: options.sqlitePath} : {}),
    ...(options.logLevel ? {LOG_LEVEL: options.logLevel} : {}),
  });
  const schema = await loadAdminSchema();
  const simulator = createShopifySimulator({
    apiKey: config.apiKey,
    apiSecret: config.apiSecret,
    schema,
  });
  const restoreFetch = installSimulatorFetch(simulator);
  const shop = DEMO_SHOP_DOMAIN;
  const heed = await bootstrap(config, {
    // The demo always runs on its own SQLite file, even where DATABASE_URL points at a shared server.
    storageTarget: {kind: 'sqlite', file: options.sqlitePath ?? demoSqliteFile(config)},
    fetch: simulator.fetch,
    demo: {router: createDemoRouter({shop, apiKey: config.apiKey, apiSecret: config.apiSecret})},
  });
  await installDemoShop(heed, shop);
  const now = Date.now();
  await seedDemoCampaigns(
    heed.campaigns,
    (await heed.storage.campaigns.list(shop)).length,
    shop,
    now,
  );
  const running = await startServer(heed, config.port);
  const stopShoppers =
    options.shoppers === false
      ? () => undefined
      : streamShoppers(
          running.url,
          shop,
          await demoIngestKey(heed, shop, simulator.shop(shop).webPixel?.settings.ingestKey),
          heed,
        );
  return {
    url: running.url,
    shop,
    heed,
    async close() {
      stopShoppers();
      await running.stop();
      restoreFetch();
    },
  };
}

/**
 * The key the demo shop's pixel sends. A restarted demo keeps its database but not the simulator's
 * memory, so an existing install gets a fresh key, stored (hashed) as activation would.
 */
async function demoIngestKey(heed: Heed, shop: string, fromPixel: unknown): Promise<string> {
  if (typeof fromPixel === 'string' && fromPixel.length > 0) return fromPixel;
  const key = newIngestKey();
  await heed.storage.shops.setIngestKey(shop, hashIngestKey(key), null, Date.now());
  return key;
}

/** Sends the simulated shoppers' events to the demo's own ingest endpoint, as the web pixel would. */
function streamShoppers(url: string, shop: string, ingestKey: string, heed: Heed): () => void {
  const stream = createShopperStream(async (events) => {
    const response = await fetch(`${url}/api/pixel/events`, {
      method: 'POST',
      headers: {'Content-Type': 'text/plain'},
      body: JSON.stringify({shop, key: ingestKey, events}),
    });
    if (!response.ok) heed.logger.warn({status: response.status}, 'demo shopper batch refused');
  });
  const timer = setInterval(() => {
    stream
      .tick()
      .catch((error: unknown) => heed.logger.warn({err: error}, 'demo shopper stream failed'));
  }, DEMO_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function demoSqliteFile(config: Config): string {
  return config.storage.kind === 'sqlite' ? config.storage.file : 'heed-demo.sqlite';
}

/** As Shopify-managed install does: a token exchange for the demo shop, then Heed's install hook. */
async function installDemoShop(heed: Heed, shop: string) {
  const {token} = await getJwt(
    shop.replace(/\.myshopify\.com$/, ''),
    heed.config.apiKey,
    heed.config.apiSecret,
  );
  const {session} = await heed.shopify.api.auth.tokenExchange({
    shop,
    sessionToken: token,
    requestedTokenType: RequestedTokenType.OfflineAccessToken,
    expiring: true,
  });
  await heed.sessionStorage.storeSession(session);
  await heed.shopify.config.hooks.afterAuth?.({session});
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));

if (isEntryPoint) {
  startDemo()
    .then((demo) => {
      process.stdout.write(
        `\n  Heed demo is running: ${demo.url}\n  (a simulated shop, ${demo.shop}; stop with Ctrl+C)\n\n`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}
