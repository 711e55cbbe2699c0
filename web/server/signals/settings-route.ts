import express, {type Router} from 'express';
import {shopOf} from '../auth/session-token';
import {parseInput} from '../http/validate';
import type {Storage} from '../storage';
import {
  DEFAULT_THRESHOLDS,
  thresholdOverridesSchema,
  thresholdsFrom,
  type ThresholdOverrides,
} from './thresholds';

/**
 * GET/PUT /api/settings/hesitation — what counts as hesitation in the shop. A PUT names what the
 * shop changes from Heed's defaults (`{}` restores them all); journeys use it from their next event
 * and the quiet-journey sweep from its next run.
 */
export function createHesitationSettingsRoute(deps: {storage: Storage; now: () => number}): Router {
  const router = express.Router();

  async function current(shop: string) {
    const stored = await deps.storage.shops.hesitationSettings(shop);
    const overrides = thresholdOverridesSchema.safeParse(stored);
    return view(overrides.success ? overrides.data : {});
  }

  router.get('/', async (_req, res) => {
    res.json(await current(shopOf(res)));
  });

  router.put('/', async (req, res) => {
    const shop = shopOf(res);
    const overrides = parseInput(thresholdOverridesSchema, req.body);
    await deps.storage.shops.setHesitationSettings(shop, withoutEmptySteps(overrides), deps.now());
    res.json(await current(shop));
  });

  return router;
}

function view(overrides: ThresholdOverrides) {
  return {thresholds: thresholdsFrom(overrides), defaults: DEFAULT_THRESHOLDS, overrides};
}

/** `stallAfterMsByStep: {}` changes nothing, so it is not kept. */
function withoutEmptySteps(overrides: ThresholdOverrides): ThresholdOverrides {
  const {stallAfterMsByStep, ...rest} = overrides;
  return stallAfterMsByStep && Object.keys(stallAfterMsByStep).length > 0
    ? {...rest, stallAfterMsByStep}
    : rest;
}
