import express, {type Router} from 'express';
import {z} from 'zod';
import {shopOf} from '../auth/session-token';
import type {Storage} from '../storage';
import {parseQuery} from '../http/validate';
import {readOutcomes} from './read-outcomes';
import {parseWeekParam} from './week';

const querySchema = z
  .object({
    week: z
      .string()
      .trim()
      .max(20)
      .transform((value, ctx) => {
        const parsed = parseWeekParam(value);
        if (parsed.ok) return parsed.monday;
        ctx.addIssue({code: 'custom', message: parsed.reason});
        return z.NEVER;
      })
      .optional(),
    campaign: z.string().trim().min(1).max(64).optional(),
  })
  .strict();

/**
 * GET /api/outcomes?week=2026-W10&campaign=<id> — one week of follow-up for the session token's
 * shop: time to first contact, SLA, outcomes, recovered revenue, promises kept, contacts to
 * buyers, day by day. A query it cannot read is a 400 naming each problem.
 */
export function createOutcomesRoute(deps: {storage: Storage; now: () => number}): Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    const shop = shopOf(res);
    const query = parseQuery(querySchema, req.query);
    const report = await readOutcomes(
      deps.storage,
      shop,
      {monday: query.week ?? null, campaignId: query.campaign ?? null},
      deps.now(),
    );
    res.json(report);
  });
  return router;
}
