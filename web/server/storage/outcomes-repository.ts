import type {Knex} from 'knex';
import {z} from 'zod';
import {CASE_OUTCOMES, type CaseOutcome} from '../followup/types';
import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
import type {OutcomeCaseFacts, OutcomeRange, PromiseCount} from '../outcomes/types';

interface CaseFactsRow {
  id: string;
  opened_at: number | string;
  due_at: number | string;
  first_contact_at: number | string | null;
  resolved_at: number | string | null;
  outcome: string | null;
  recovered_json: string | null;
  signal_types_json: string;
  shopper_status_json: string | null;
  resolved_order_placed_at: number | string | null;
}

const num = (value: number | string | null) => (value === null ? null : Number(value));
const moneySchema = z.object({amount: z.number(), currencyCode: z.string()}).nullable().catch(null);
const OUTCOMES: ReadonlySet<string> = new Set(CASE_OUTCOMES);
const isOutcome = (value: string | null): value is CaseOutcome =>
  value !== null && OUTCOMES.has(value);
const typesSchema = z.array(z.string()).catch([]);
/**
 * Of the stored shopper status, only when the orders Shopify listed were placed: a week holds
 * thousands of cases, and the whole status schema (followup/case-records.ts) is not needed here.
 */
const orderedSinceSchema = z
  .object({state: z.literal('known'), orderedSince: z.array(z.object({createdAt: z.number()}))})
  .catch({state: 'known', orderedSince: []});

/**
 * The outcomes read model: a week of one shop's cases, contacts and campaign checkouts, read by
 * the indexes of migration 018. Aggregates that both engines compute alike are done in SQL
 * (counts by campaign); percentiles, SLA standing and buyer contacts are left to the pure
 * outcomes code, which gets only the columns it needs.
 */
export function createOutcomesRepository(db: Knex) {
  /** The ids of the cases opened in the range: the subquery every case-side read starts from. */
  const cohort = (range: OutcomeRange) =>
    db('cases')
      .where({shop: range.shop})
      .andWhere('opened_at', '>=', range.startsAt)
      .andWhere('opened_at', '<', range.endsAt)
      .modify((q) => {
        if (range.campaignId !== null) q.andWhere('campaign_id', range.campaignId);
      })
      .select('id');

  async function latestReopenings(
    range: OutcomeRange,
  ): Promise<Array<{case_id: string; at: number | string}>> {
    return db('case_events')
      .where({shop: range.shop, kind: 'reopened'})
      .whereIn('case_id', cohort(range))
      .groupBy('case_id')
      .select('case_id')
      .max({at: 'at'});
  }

  return {
    async cases(range: OutcomeRange): Promise<OutcomeCaseFacts[]> {
      const [rows, reopenings, contacts] = await Promise.all([
        db('cases as c')
          .leftJoin('commerce_records as o', (join) =>
            join
              .on('o.shop', 'c.shop')
              .andOn('o.resource_id', 'c.resolved_order_id')
              .andOnVal('o.kind', 'order'),
          )
          .where('c.shop', range.shop)
          .andWhere('c.opened_at', '>=', range.startsAt)
          .andWhere('c.opened_at', '<', range.endsAt)
          .modify((q) => {
            if (range.campaignId !== null) q.andWhere('c.campaign_id', range.campaignId);
          })
          .select<CaseFactsRow[]>(
            'c.id',
            'c.opened_at',
            'c.due_at',
            'c.first_contact_at',
            'c.resolved_at',
            'c.outcome',
            'c.recovered_json',
            'c.signal_types_json',
            'c.shopper_status_json',
            'o.placed_at as resolved_order_placed_at',
          ),
        latestReopenings(range),
        db('case_contacts')
          .where({shop: range.shop})
          .whereIn('case_id', cohort(range))
          .select<Array<{case_id: string; at: number | string}>>('case_id', 'at'),
      ]);
      const reopenedAt = new Map(reopenings.map((r) => [r.case_id, Number(r.at)]));
      const contactTimes = new Map<string, number[]>();
      for (const contact of contacts) {
        const times = contactTimes.get(contact.case_id) ?? [];
        times.push(Number(contact.at));
        contactTimes.set(contact.case_id, times);
      }
      return rows.map((row) => toFacts(row, reopenedAt.get(row.id), contactTimes.get(row.id)));
    },

    /** When each contact of the range was made (on the range's campaign's cases, if one). */
    async contactTimes(range: OutcomeRange): Promise<number[]> {
      const rows: Array<{at: number | string}> = await db('case_contacts as k')
        .where('k.shop', range.shop)
        .andWhere('k.at', '>=', range.startsAt)
        .andWhere('k.at', '<', range.endsAt)
        .modify((q) => {
          // Joined contact by contact: a campaign's cases over a year are many more than a week's contacts.
          if (range.campaignId !== null) {
            q.join('cases as c', (join) => join.on('c.shop', 'k.shop').andOn('c.id', 'k.case_id'));
            q.andWhere('c.campaign_id', range.campaignId);
          }
        })
        .select('k.at');
      return rows.map((r) => Number(r.at));
    },

    /** Checkouts started in the range, per campaign, whose promise held or broke. */
    async promiseCounts(range: OutcomeRange): Promise<PromiseCount[]> {
      const rows: Array<{
        campaign_id: string;
        promise_kept: boolean | number;
        n: number | string;
      }> = await db('journeys')
        .where({shop: range.shop})
        .andWhere('started_at', '>=', range.startsAt)
        .andWhere('started_at', '<', range.endsAt)
        .whereNotNull('campaign_id')
        .whereNotNull('promise_kept')
        .modify((q) => {
          if (range.campaignId !== null) q.andWhere('campaign_id', range.campaignId);
        })
        .groupBy('campaign_id', 'promise_kept')
        .select('campaign_id', 'promise_kept')
        .count({n: '*'});
      const counts = new Map<string, PromiseCount>();
      for (const row of rows) {
        const count = counts.get(row.campaign_id) ?? {
          campaignId: row.campaign_id,
          kept: 0,
          broken: 0,
        };
        // SQLite answers 1 or 0, PostgreSQL true or false.
        if (row.promise_kept) count.kept += Number(row.n);
        else count.broken += Number(row.n);
        counts.set(row.campaign_id, count);
      }
      return [...counts.values()];
    },

    /** The shop's first case or campaign checkout, whichever came first; null when neither. */
    async firstActivityAt(shop: string): Promise<number | null> {
      const [firstCase, firstCheckout] = await Promise.all([
        db('cases').where({shop}).min({at: 'opened_at'}).first(),
        db('journeys').where({shop}).whereNotNull('campaign_id').min({at: 'started_at'}).first(),
      ]);
      const times = [firstCase?.at, firstCheckout?.at]
        .filter((at): at is number | string => at !== null && at !== undefined)
        .map(Number);
      return times.length === 0 ? null : Math.min(...times);
    },
  };
}

export type OutcomesRepository = ReturnType<typeof createOutcomesRepository>;

function toFacts(
  row: CaseFactsRow,
  reopenedAt: number | undefined,
  contactTimes: number[] = [],
): OutcomeCaseFacts {
  const openedAt = Number(row.opened_at);
  const types = typesSchema.parse(JSON.parse(row.signal_types_json));
  const promise = types.some((t) => PROMISE_SIGNAL_TYPES.has(t));
  return {
    id: row.id,
    openedAt,
    clockStartedAt: Math.max(openedAt, reopenedAt ?? openedAt),
    dueAt: Number(row.due_at),
    firstContactAt: num(row.first_contact_at),
    resolvedAt: num(row.resolved_at),
    outcome: isOutcome(row.outcome) ? row.outcome : null,
    recoveredRevenue: row.recovered_json ? moneySchema.parse(JSON.parse(row.recovered_json)) : null,
    promise,
    // Orders matter only to contacts a case made, and not to a broken promise's (buyer-contacts.ts).
    orderTimes: contactTimes.length > 0 && !promise ? orderTimesOf(row) : [],
    contactTimes: contactTimes.sort((a, b) => a - b),
  };
}

/** The order that resolved the case, and the orders Shopify listed as placed since. */
function orderTimesOf(row: CaseFactsRow): number[] {
  const times: number[] = [];
  const resolvedOrder = num(row.resolved_order_placed_at);
  if (resolvedOrder !== null) times.push(resolvedOrder);
  if (row.shopper_status_json) {
    const status = orderedSinceSchema.parse(JSON.parse(row.shopper_status_json));
    times.push(...status.orderedSince.map((o) => o.createdAt));
  }
  return times;
}
