import path from 'node:path';
import type {RequestListener} from 'node:http';
import express, {type Express, type Response, type Router} from 'express';
import type {ShopifyApp} from '@shopify/shopify-app-express';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import type {Config} from './config';
import {packageRoot} from './package-root';
import type {Logger} from './logger';
import type {Storage} from './storage';
import {requestContext} from './http/request-context';
import {errorHandler, notFound} from './http/error-handler';
import {compressResponses} from './http/compress';
import {createFrontendRouter} from './http/frontend';
import {securityHeaders} from './http/security-headers';
import {refuseUnstorableUrl} from './http/refuse-unstorable-url';
import {requireSessionToken} from './auth/session-token';
import {requireOfflineSession} from './auth/offline-session';
import {createWebhookRouter} from './webhooks/route';
import {createWebhookHandlers} from './webhooks/handlers';
import {createWebhookProcessor, type WebhookProcessor} from './webhooks/processor';
import {createOverviewRouter} from './overview/route';
import {createCampaignRoutes} from './campaigns/routes';
import {createLookupRoutes} from './campaigns/lookup-routes';
import {createSetupRouter} from './overview/setup-route';
import {createShopLookups} from './campaigns/shop-lookups';
import {createCampaignService, type CampaignService} from './campaigns/campaign-service';
import {createAdminDiscountReader, type AdminQuery} from './campaigns/read-discounts';
import {createRecheckScheduler} from './campaigns/recheck-scheduler';
import {createCheckoutRoutes} from './checkout/routes';
import {createStorefrontRoutes} from './storefront/routes';
import {createIngestRoute} from './signals/ingest-route';
import {createIngestHandler} from './signals/ingest-handler';
import {createIngestListener, INGEST_PATH, onNodeRequest} from './http/ingest-listener';
import {parsePixelEvent} from './signals/parse-pixel-event';
import {redactRejectedEvent} from './signals/minimize';
import {createRetentionSweep} from './signals/retention';
import {createPixelStatusRoutes, type PixelActivator} from './signals/pixel-status-route';
import {createIngestGate, type IngestLimits} from './signals/ingest-limits';
import {createLiveHub, type LiveHub} from './signals/live-hub';
import {createLiveRoute} from './signals/live-route';
import {sayCaseStory, type CaseStory} from './followup/case-views';
import {createJourneyProcessor} from './signals/process-journeys';
import {createHesitationSettingsRoute} from './signals/settings-route';
import {createQuietJourneySweep} from './signals/quiet-journeys';
import {createJourneysRoute} from './signals/journeys-route';
import {createFollowup} from './followup/followup';
import {createOutcomesRoute} from './outcomes/route';
import {createStaffUserLookup} from './shops/staff-user-lookup';
import {createMailSettingsRoute} from './mail/settings-route';
import {createShopMail} from './mail/shop-mail';
import {createSlackSender} from './followup/slack-sender';
import {createNotificationSettingsRoute} from './followup/notification-settings-route';
import {createShopHoursRoute} from './followup/shop-hours-route';
import {WEBHOOK_PATH} from './shopify';
import type {Sweep} from './sweeps/sweep-runner';

export const FRONTEND_DIST = path.join(packageRoot(), 'web', 'frontend', 'dist');
/** JSON bodies of the admin API; larger payloads have their own routes and limits. */
const MAX_ADMIN_JSON = '256kb';

export interface AppDeps {
  config: Config;
  logger: Logger;
  storage: Storage;
  sessionStorage: SessionStorage;
  shopify: ShopifyApp;
  /** Admin GraphQL for a shop, with its offline session (see bootstrap.ts). */
  adminQuery: AdminQuery;
  now?: () => number;
  /** Demo mode only: the local App Bridge stand-in and demo session tokens. */
  demo?: {router: Router};
  frontendDistDir?: string;
  /** Overrides the configured ingest limits (tests use long windows; benches lift them). */
  ingestLimits?: IngestLimits;
  /** Turns a shop's web pixel on again (the Live checkouts page offers it when it is off). */
  activatePixel: PixelActivator;
  /** Events that may wait for storage at once (see `MAX_WAITING_EVENTS`). */
  ingestMaxWaitingEvents?: number;
  /** Tests only: holds journey work, to stop the process between acknowledgement and journey. */
  beforeJourneyRun?: () => Promise<void>;
}

export interface HeedApp {
  /** Every route but the pixel's plain batches, which `listener` answers before it. */
  app: Express;
  /** What the HTTP server runs: the pixel ingest listener in front of `app`. */
  listener: RequestListener;
  webhookProcessor: WebhookProcessor;
  campaigns: CampaignService;
  live: LiveHub;
  /** Resolves when journey processing queued by ingest has finished (clean shutdown, tests). */
  drainJourneys(): Promise<void>;
  /** Background work the server runs on a timer (see http/start-server.ts). */
  sweeps: Sweep[];
}

/** How often committed pixel events never applied to a journey (a crash) are applied, in ms. */
const JOURNEY_RECOVERY_EVERY_MS = 30_000;
/** How often quiet checkouts are looked at for stalls and abandonment, in milliseconds. */
const QUIET_SWEEP_EVERY_MS = 30_000;
/** How often data past its retention (signals/retention.ts) is deleted, in milliseconds. */
const RETENTION_SWEEP_EVERY_MS = 3_600_000;
/** How often running campaigns are looked at for a due re-verification, in milliseconds. */
const CAMPAIGN_SWEEP_EVERY_MS = 60_000;

/** The whole HTTP surface, built from its dependencies; tests build this same app. */
export function createApp(deps: AppDeps): HeedApp {
  const {config, logger, storage, sessionStorage, shopify} = deps;
  const now = deps.now ?? Date.now;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  const requestLog = requestContext(logger);
  const security = securityHeaders();
  const csp = shopify.cspHeaders();
  const compress = compressResponses();
  app.use(requestLog);
  app.use(refuseUnstorableUrl());
  app.use(security);
  app.use(csp);
  app.use(compress);

  app.get('/healthz', async (_req, res) => {
    const health = await storage.health();
    res
      .status(health.healthy ? 200 : 503)
      .json({status: health.healthy ? 'ok' : 'degraded', storage: health});
  });

  // Webhooks first: HMAC must be computed on the raw body, before any JSON parser touches it.
  const live = createLiveHub();
  const shopMail = createShopMail({storage, logger, secretKeys: config.secretKeys});
  const slack = createSlackSender({storage, secrets: shopMail.secrets});
  const followup = createFollowup({
    storage,
    live,
    logger,
    now,
    adminQuery: deps.adminQuery,
    lookupUser: createStaffUserLookup(shopify.api),
    mailer: shopMail.mailer,
    slack,
    apiKey: config.apiKey,
  });
  const journeys = createJourneyProcessor({
    storage,
    live,
    logger,
    now,
    beforeRun: deps.beforeJourneyRun,
    signalsChanged: followup.signalsChanged,
  });
  const handlers = createWebhookHandlers({
    storage,
    sessionStorage,
    logger,
    now,
    joinJourney: journeys.join,
    orderPlaced: async (shop, order) => {
      await journeys.orderPlaced(shop, order);
      await followup.orderPlaced(shop, order);
    },
  });
  const webhookProcessor = createWebhookProcessor({storage, handlers, logger, now});
  app.use(
    WEBHOOK_PATH,
    createWebhookRouter({api: shopify.api, storage, processor: webhookProcessor, logger, now}),
  );

  if (deps.demo) app.use('/demo', deps.demo.router);

  const reader = createAdminDiscountReader(deps.adminQuery);
  const campaigns = createCampaignService({storage, reader});
  const recheck = createRecheckScheduler({storage, service: campaigns, logger, now});

  // The checkout extension authenticates with its own session token, not App Bridge's.
  app.use(
    '/api/checkout',
    createCheckoutRoutes({
      api: shopify.api,
      storage,
      now,
      joinJourney: journeys.join,
      askForHelp: followup.askForHelp,
    }),
  );
  // The web pixel posts batches with the shop's ingest key; no session token exists in its sandbox.
  const quietSweep = createQuietJourneySweep({
    storage,
    live,
    now,
    signalsChanged: followup.signalsChanged,
  });
  const retention = createRetentionSweep({storage, now, logger});
  const ingest = createIngestHandler({
    storage,
    logger,
    now,
    gate: createIngestGate(
      deps.ingestLimits ?? config.ingestLimits,
      storage.engine === 'postgres' ? {kind: 'postgres', db: storage.db} : {kind: 'memory'},
      logger,
    ),
    maxWaitingEvents: deps.ingestMaxWaitingEvents,
    parseEvent: parsePixelEvent,
    redactRejected: redactRejectedEvent,
    afterCommit: (shop, accepted, receivedAt) => {
      // A failed run is logged by the processor; its events wait for the recovery sweep.
      journeys
        .enqueue(
          shop,
          accepted.map((event) => ({event, receivedAt})),
        )
        .catch(() => undefined);
    },
  });
  app.use(INGEST_PATH, createIngestRoute(ingest));
  // Storefront requests arrive through Shopify's app proxy, signed with the app secret.
  app.use('/api/proxy', createStorefrontRoutes({api: shopify.api, storage, now}));

  const api = express.Router();
  api.use(requireSessionToken(shopify.api));
  api.use(requireOfflineSession({shopify, sessionStorage}));
  api.use(shopify.validateAuthenticatedSession());
  api.use(followup.identifyStaff);
  // Campaign bodies carry pasted email HTML and have their own, larger limit.
  api.use('/campaigns', createCampaignRoutes({storage, service: campaigns, reader, now}));
  api.use(express.json({limit: MAX_ADMIN_JSON}));
  api.use('/overview', createOverviewRouter({storage}));
  api.use('/setup', createSetupRouter({storage}));
  api.use('/lookups', createLookupRoutes(createShopLookups(deps.adminQuery)));
  api.use(
    '/live',
    createLiveRoute(live, storage, {
      case: (data, sayer) => sayCaseStory(data as CaseStory, sayer),
    }),
  );
  api.use('/journeys', createJourneysRoute({storage, now}));
  api.use('/outcomes', createOutcomesRoute({storage, now}));
  api.use('/settings/hesitation', createHesitationSettingsRoute({storage, now}));
  const canManage = (res: Response) => followup.isLead(res);
  api.use(
    '/settings/mail',
    createMailSettingsRoute({
      storage,
      now,
      ...shopMail,
      canManage,
    }),
  );
  api.use(
    '/settings/notifications',
    createNotificationSettingsRoute({
      storage,
      now,
      mailer: shopMail.mailer,
      secrets: shopMail.secrets,
      slack,
      slackUrls: {allowLoopback: config.mode !== 'production'},
      canManage,
    }),
  );
  api.use('/settings/hours', createShopHoursRoute({storage, now, canManage}));
  api.use('/pixel', createPixelStatusRoutes({storage, now, activate: deps.activatePixel}));
  for (const [path, router] of followup.routes) api.use(path, router);
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
  const listener = createIngestListener({
    handle: ingest,
    logger,
    // The edge middleware above, in order; not refuseUnstorableUrl: it takes only the bare path.
    edge: [requestLog, security, csp, compress].map(onNodeRequest),
    fallback: app,
  });
  return {
    app,
    listener,
    webhookProcessor,
    campaigns,
    live,
    drainJourneys: async () => {
      await journeys.drain();
      await followup.drain();
    },
    sweeps: [
      {name: 'webhook recovery', everyMs: 60_000, run: () => webhookProcessor.recoverPending()},
      {
        name: 'journey recovery',
        everyMs: JOURNEY_RECOVERY_EVERY_MS,
        run: () => journeys.recoverWaiting(),
      },
      {
        name: 'campaign re-verification',
        everyMs: CAMPAIGN_SWEEP_EVERY_MS,
        run: () => recheck.runDue(),
      },
      {name: 'quiet journeys', everyMs: QUIET_SWEEP_EVERY_MS, run: () => quietSweep.run()},
      {name: 'retention', everyMs: RETENTION_SWEEP_EVERY_MS, run: () => retention.run()},
      ...followup.sweeps,
    ],
  };
}
