import express, {type Router} from 'express';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import type {Storage} from '../storage';

const DAY_MS = 86_400_000;
/** Quarantine reasons shown to the merchant at most. */
const RECENT_PROBLEMS = 3;

/** Turns the shop's web pixel on (again) with a fresh ingest key; see `shops/activate-pixel.ts`. */
export type PixelActivator = (shop: string) => Promise<{ok: true} | {ok: false; reason: string}>;

/**
 * GET /api/pixel/status — whether Heed can follow the shop's checkouts: is its web pixel on, are
 * checkouts arriving, were events refused (quarantined) and why. POST /api/pixel/activate turns
 * the pixel on when the install could not (Shopify was unreachable, the app lacked a scope).
 */
export function createPixelStatusRoutes(deps: {
  storage: Storage;
  now: () => number;
  activate: PixelActivator;
}): Router {
  const router = express.Router();

  async function status(shop: string) {
    const since = deps.now() - DAY_MS;
    const [keyHash, activity, quarantined] = await Promise.all([
      deps.storage.shops.ingestKeyHash(shop),
      deps.storage.journeys.activity(shop, since),
      deps.storage.pixelEvents.quarantinedSince(shop, since, RECENT_PROBLEMS),
    ]);
    return {
      pixel: {active: keyHash !== null},
      checkouts: {last24h: activity.activeSince, lastActivityAt: activity.lastActivityAt},
      quarantined: {last24h: quarantined.count, recent: quarantined.recent},
    };
  }

  router.get('/status', async (_req, res) => {
    res.json(await status(shopOf(res)));
  });

  router.post('/activate', async (_req, res) => {
    const shop = shopOf(res);
    const result = await deps.activate(shop).catch((error: unknown) => ({
      ok: false as const,
      reason: String(error),
    }));
    if (!result.ok) {
      throw new HeedError(
        'SHOPIFY_UNAVAILABLE',
        `Could not turn the web pixel on: ${result.reason}`,
      );
    }
    res.json(await status(shop));
  });

  return router;
}
