import {z} from 'zod/mini';

/** `GET /api/outcomes?week=&campaign=`: one week of follow-up, in the shop's zone and currency. */
export const OUTCOMES_PATH = '/api/outcomes';

export interface OutcomesQuery {
  /** `2026-W10`; the current week when undefined. */
  week: string | undefined;
  campaign: string | undefined;
}

export function outcomesPath(query: OutcomesQuery): string {
  const params = new URLSearchParams();
  if (query.week) params.set('week', query.week);
  if (query.campaign) params.set('campaign', query.campaign);
  const search = params.toString();
  return search ? `${OUTCOMES_PATH}?${search}` : OUTCOMES_PATH;
}

const count = z.number();
const named = z.object({id: z.string(), name: z.string()});

const outcomesSchema = z.object({
  week: z.object({
    id: z.string(),
    start: z.string(),
    end: z.string(),
    startsAt: z.number(),
    endsAt: z.number(),
  }),
  timeZone: z.object({name: z.string(), known: z.boolean()}),
  currencyCode: z.string(),
  campaign: z.nullable(named),
  // Outcomes stay plain strings: one the server adds later still renders, with generic words.
  cases: z.object({total: count, open: count, byOutcome: z.record(z.string(), count)}),
  firstContact: z.object({
    count,
    medianMs: z.nullable(z.number()),
    p90Ms: z.nullable(z.number()),
  }),
  sla: z.object({
    hit: count,
    missed: count,
    pending: count,
    notNeeded: count,
    hitRate: z.nullable(z.number()),
  }),
  recoveredRevenue: z.object({
    amount: z.number(),
    currencyCode: z.string(),
    cases: count,
    otherCurrencies: z.array(z.object({amount: z.number(), currencyCode: z.string()})),
  }),
  promises: z.array(
    z.object({campaignId: z.string(), name: z.string(), kept: count, broken: count}),
  ),
  contactsToBuyers: z.object({count, caseIds: z.array(z.string())}),
  days: z.array(
    z.object({
      date: z.string(),
      opened: count,
      contacts: count,
      slaHit: count,
      slaMissed: count,
      recovered: z.number(),
    }),
  ),
  filters: z.object({
    weeks: z.array(z.object({id: z.string(), start: z.string(), end: z.string()})),
    campaigns: z.array(named),
  }),
});

export type Outcomes = z.infer<typeof outcomesSchema>;

export function parseOutcomes(body: unknown): Outcomes {
  return outcomesSchema.parse(body);
}
