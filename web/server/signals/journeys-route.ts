import express, {type Router} from 'express';
import {z} from 'zod';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {readerOf} from '../http/request-reader';
import {parseInput} from '../http/validate';
import {sayerFor} from '../sentences/wording';
import type {Storage} from '../storage';
import {readJourney} from './journey-state';
import {readShopContext} from './commit-journeys';
import {journeyDetail} from './journey-detail';
import {hesitationScore} from './score';
import {journeySummary} from './journey-summary';

const HOUR_MS = 3_600_000;
const listQuery = z.object({
  sinceHours: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(24),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  signal: z.string().max(50).optional(),
  campaign: z.string().max(100).optional(),
});

/**
 * GET /api/journeys — recent checkouts of the shop as stories, filterable by signal and campaign.
 * GET /api/journeys/:id — one checkout: its story, its timeline, and the detail a person acts on.
 */
export function createJourneysRoute(deps: {storage: Storage; now: () => number}): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const shop = shopOf(res);
    const query = parseInput(listQuery, req.query);
    const records = await deps.storage.journeys.recent(
      shop,
      deps.now() - query.sinceHours * HOUR_MS,
      query.limit * 4,
    );
    const [signalsOf, shopRecord] = await Promise.all([
      deps.storage.signals.forJourneys(
        shop,
        records.map((r) => r.id),
      ),
      deps.storage.reads.shops.get(shop),
    ]);
    const sayer = sayerFor(readerOf(req), shopRecord?.timeZone);
    const summaries = [];
    for (const record of records) {
      const signals = signalsOf.get(record.id) ?? [];
      const journey = readJourney(record.state);
      if (query.signal && !signals.some((s) => s.type === query.signal)) continue;
      if (query.campaign && journey.attribution?.campaignKey !== query.campaign) continue;
      summaries.push(journeySummary(journey, hesitationScore(signals), signals, sayer));
      if (summaries.length >= query.limit) break;
    }
    res.json({journeys: summaries});
  });

  router.get('/:id', async (req, res) => {
    const shop = shopOf(res);
    const {id} = parseInput(z.object({id: z.string().regex(/^jrn_[0-9a-f]{8,64}$/)}), req.params);
    const record = await deps.storage.journeys.get(shop, id);
    if (!record) throw new HeedError('NOT_FOUND', 'Journey not found');
    const journey = readJourney(record.state);
    const [signals, context] = await Promise.all([
      deps.storage.signals.forJourney(shop, id),
      readShopContext(deps.storage, shop).then((c) => c.detection),
    ]);
    const sayer = sayerFor(readerOf(req), context.timeZone);
    res.json({
      journey: journeySummary(journey, hesitationScore(signals), signals, sayer),
      timeline: journey.stepEvents.map((s) => ({step: s.step, at: s.at, event: s.name})),
      detail: journeyDetail(journey, signals, context, sayer),
    });
  });

  return router;
}
