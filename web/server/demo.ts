/**
 * `npm run demo`: Heed against the Shopify simulator acting as a demo shop, on the embedded SQLite
 * default, with the local App Bridge stand-in. No Shopify account, no network.
 */
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {RequestedTokenType} from '@shopify/shopify-api';
import {getJwt} from '@shopify/shopify-api/test-helpers';
import {loadConfigWith, ConfigError, type Config} from './config';
import {bootstrap, type Heed} from './bootstrap';
import {startServer} from './http/start-server';
import {createDemoRouter} from './demo/routes';
import {seedDemoCampaigns} from './demo/seed';
import {createShopperStream, DEMO_TICK_MS} from './demo/shopper-stream';
import {createDemoClient, type DemoClient} from './demo/demo-client';
import {seedExampleCases, signedIn} from './demo/example-cases';
import {createDemoMailbox, type DemoMailbox} from './demo/mailbox';
import {startDemoMail} from './demo/demo-mail';
import {DEMO_SLACK_HOOK_PATH} from './demo/mailbox-routes';
import {openSlackWebhook, sealSlackWebhook} from './followup/slack-sender';
import {createSecretBox} from './crypto/secret-box';
import {seedCaseHistory} from './demo/case-history';
import {createDemoLogger, narrateDemo} from './demo/demo-console';
import {createDemoClock} from './demo/demo-clock';
import type {SignedInShopper} from './demo/demo-checkout';
import {hashIngestKey, newIngestKey} from './signals/ingest-key';
import {
  createShopifySimulator,
  PLUS_BUCKET,
  installSimulatorFetch,
  loadAdminSchema,
  type ShopifySimulator,
} from '../simulator';
import {DEMO_SHOP_DOMAIN} from '../simulator/demo-shop';
import {DEMO_CUSTOMERS} from '../simulator/demo-customers';

export interface DemoOptions {
  port?: number;
  sqlitePath?: string;
  logLevel?: string;
  /** Simulated shoppers checking out on the demo shop (on by default). */
  shoppers?: boolean;
  /** How often they take their next step, in milliseconds (DEMO_TICK_MS by default). */
  shopperTickMs?: number;
  /** Follow-up cases in every state, made on the first start (on by default). */
  exampleCases?: boolean;
  /** Heed's clock (the real one by default): tests move it on to see time pass. */
  now?: () => number;
  /** With the example cases, the past week's cases for the Outcomes page (on by default). */
  caseHistory?: boolean;
}

export interface RunningDemo {
  url: string;
  shop: string;
  heed: Heed;
  /** The simulated Shopify the demo runs against: its shop's orders, draft orders, customers. */
  simulator: ShopifySimulator;
  /** What Heed would have sent: emails through the demo's own SMTP server, Slack posts. */
  mailbox: DemoMailbox;
  close(): Promise<void>;
}

/** The demo's live shoppers from the campaign's email are these customers, in turn. */
const LIVE_CUSTOMERS = [
  DEMO_CUSTOMERS.liveFirst,
  DEMO_CUSTOMERS.liveSecond,
  DEMO_CUSTOMERS.liveThird,
];

export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const config = loadConfigWith('demo', {
    ...(options.port === undefined ? {} : {PORT: String(options.port)}),
    ...(options.sqlitePath ? {SQLITE_PATH: options.sqlitePath} : {}),
    ...(options.logLevel ? {LOG_LEVEL: options.logLevel} : {}),
  });
  const schema = await loadAdminSchema();
  // The simulated Shopify keeps the store's time, which stands in the past while it is told.
  const clock = createDemoClock();
  const simulator = createShopifySimulator({
    apiKey: config.apiKey,
    apiSecret: config.apiSecret,
    schema,
    now: clock.now,
    // The demo shop is a Plus store: trying Heed, a merchant verifies campaign after campaign, and
    // a standard plan's bucket would pace the later ones by seconds.
    bucket: PLUS_BUCKET,
  });
  const restoreFetch = installSimulatorFetch(simulator);
  const shop = DEMO_SHOP_DOMAIN;
  // Heed's own clock (the real one by default): tests move it on to see time pass.
  const heedNow = options.now ?? Date.now;
  const mailbox = createDemoMailbox();
  // The demo always runs on its own SQLite file, even where DATABASE_URL points at a shared server.
  const sqliteFile = options.sqlitePath ?? demoSqliteFile(config);
  const heed = await bootstrap(config, {
    logger: createDemoLogger(config.logLevel),
    storageTarget: {kind: 'sqlite', file: sqliteFile},
    fetch: simulator.fetch,
    now: heedNow,
    demo: {
      router: createDemoRouter({
        shop,
        apiKey: config.apiKey,
        apiSecret: config.apiSecret,
        mailbox,
        now: heedNow,
        catalog: () => {
          const state = simulator.shop(shop);
          const titled = ({id, title}: {id: string; title: string}) => ({id, title});
          return {
            products: state.products.map(titled),
            collections: state.collections.map(titled),
          };
        },
      }),
    },
  });
  await installDemoShop(heed, shop);
  // Before any case opens, so that every notification reaches the mailbox.
  const inbox = await startDemoMail({
    storage: heed.storage,
    shop,
    mailbox,
    apiKey: config.apiKey,
    logger: heed.logger,
    now: heedNow,
  });
  const now = Date.now();
  await seedDemoCampaigns(
    heed.campaigns,
    (await heed.storage.campaigns.list(shop)).length,
    shop,
    now,
  );
  const ingestKey = await demoIngestKey(
    heed,
    shop,
    simulator.shop(shop).webPixel?.settings.ingestKey,
  );
  const app = {shop, apiKey: config.apiKey, apiSecret: config.apiSecret};
  // The demo's Slack stand-in is served by Heed itself: first by the seeding server, then by the
  // demo's own; a message that failed between the two is sent again to the one that serves.
  if (options.exampleCases !== false) {
    // Before the server serves and runs its sweeps: no sweep acts on cases while they are made.
    await whileListening(heed, async (url) => {
      await announceInDemoSlack(heed, config, shop, url);
      const client = createDemoClient({url, app, ingestKey, now: Date.now});
      await seedExampleCases({heed, simulator, shop, client, now: Date.now});
    });
    if (options.caseHistory !== false) {
      await withoutNotifications(heed, shop, () =>
        seedCaseHistory({heed, simulator, clock, shop, ingestKey, sqliteFile}),
      );
    }
  }
  const running = await startServer(heed, config.port);
  await announceInDemoSlack(heed, config, shop, running.url);
  const client = createDemoClient({url: running.url, app, ingestKey, now: Date.now});
  const stopShoppers =
    options.shoppers === false
      ? () => undefined
      : streamShoppers(
          client,
          LIVE_CUSTOMERS.map((id) => signedIn({simulator, shop}, id)),
          heed,
          options.shopperTickMs ?? DEMO_TICK_MS,
        );
  return {
    url: running.url,
    shop,
    heed,
    simulator,
    mailbox,
    async close() {
      stopShoppers();
      await running.stop();
      await inbox.close();
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
function streamShoppers(
  client: DemoClient,
  customers: SignedInShopper[],
  heed: Heed,
  tickMs: number,
): () => void {
  const stream = createShopperStream(
    (events) =>
      client
        .ingest(events)
        .catch((error: unknown) => heed.logger.warn({err: error}, 'demo shopper batch refused')),
    {customers},
  );
  const timer = setInterval(() => {
    stream
      .tick()
      .catch((error: unknown) => heed.logger.warn({err: error}, 'demo shopper stream failed'));
  }, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Serves Heed on a port of its own, for the demo's own requests only, while `work` runs. */
async function whileListening(heed: Heed, work: (url: string) => Promise<void>): Promise<void> {
  const server = await new Promise<Server>((resolve) => {
    const listening = createServer(heed.listener).listen(0, '127.0.0.1', () => resolve(listening));
  });
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
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
        `\n  Heed demo is running: ${demo.url}\n  (a simulated shop, ${demo.shop}; stop with Ctrl+C)\n  New signals and cases are told below as they happen.\n\n`,
      );
      narrateDemo(demo.heed.live, demo.shop, (line) => process.stdout.write(`  ${line}`));
    })
    .catch((error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}

/**
 * The demo shop announces new and overdue cases in "Slack": the demo's own webhook stand-in, whose
 * messages the demo mailbox lists. Written to storage as the settings route would (sealed), not
 * through the API, so that no staff member is registered before the example cases need it; once,
 * so a change made in Settings is kept.
 */
async function announceInDemoSlack(heed: Heed, config: Config, shop: string, url: string) {
  const secrets = createSecretBox(config.secretKeys);
  const current = await heed.storage.followupSettings.get(shop);
  const sealed = current.slackWebhookSealed;
  const saved = sealed === null ? null : openSlackWebhook(secrets, shop, sealed);
  // A lead's own choice (a removed or another webhook) is kept; the demo's own follows its server.
  const ours = saved?.ok === true && saved.value.endsWith(DEMO_SLACK_HOOK_PATH);
  if (current.updatedAt !== null && !ours) return;
  const webhook = new URL(DEMO_SLACK_HOOK_PATH, url).href;
  await heed.storage.followupSettings.save(
    shop,
    {slackWebhookSealed: sealSlackWebhook(secrets, shop, webhook)},
    Date.now(),
  );
}

/**
 * The past week is told without telling the staff again: its notifications went out back then,
 * and a mailbox full of week-old "new case" emails would bury today's. The shop's choice of what
 * each channel announces is put back as it was.
 */
async function withoutNotifications(heed: Heed, shop: string, work: () => Promise<void>) {
  const {emailChanges, slackChanges} = await heed.storage.followupSettings.get(shop);
  await heed.storage.followupSettings.save(shop, {emailChanges: [], slackChanges: []}, Date.now());
  try {
    await work();
  } finally {
    await heed.storage.followupSettings.save(shop, {emailChanges, slackChanges}, Date.now());
  }
}
