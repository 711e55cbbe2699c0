import type {Knex} from 'knex';
import type {EvidenceValue} from '../signals/signal';
import {parseStoredEvidence} from '../signals/signal-evidence';
import {parseStoredWording, storedWording} from '../sentences/stored-wording';
import type {Wording} from '../sentences/wording';
import {pageOf} from './pages';

export type SignalSeverity = 'critical' | 'high' | 'medium' | 'low';

export interface Signal {
  id: string;
  shop: string;
  /** Stable type, e.g. `promo_not_applied`. */
  type: string;
  severity: SignalSeverity;
  /** What happened, in an English sentence a staff member understands (mail, Slack, logs). */
  sentence: string;
  /**
   * The same, as a wording each admin reads in their language; null on signals stored before
   * signals carried one (their English stands).
   */
  wording?: Wording | null;
  /** The facts behind it: event ids, codes, amounts. */
  evidence: Record<string, EvidenceValue>;
  /** Set on a read whose stored evidence was unreadable: the signal came back with none. */
  evidenceUnreadable?: boolean;
  source: 'checkout_extension' | 'pixel' | 'webhook' | 'sweep';
  campaignId: string | null;
  checkoutToken: string | null;
  orderId: string | null;
  customerId: string | null;
  occurredAt: number;
  recordedAt: number;
  /** The journey it belongs to, once known, and what makes it one signal per journey. */
  journeyId?: string | null;
  dedupeKey?: string | null;
  /** When a later fact ended it (the order came, the code applied, the shopper came back). */
  resolvedAt?: number | null;
  /** That fact, in a sentence: "Bought at 10:52: the checkout completed." */
  resolution?: string | null;
  /** That fact as a wording; null when it has none (ended before wordings, or not ended). */
  resolutionWording?: Wording | null;
  /** When the follow-up rules looked at it; null until then, and again once it is retold. */
  followupAt?: number | null;
}

/** A stored signal that a later fact ended. */
export interface SignalEnding {
  id: string;
  resolvedAt: number;
  resolution: string;
  resolutionWording?: Wording | null;
}

interface SignalRow {
  id: string;
  shop: string;
  type: string;
  severity: string;
  sentence: string;
  evidence_json: string;
  source: string;
  campaign_id: string | null;
  checkout_token: string | null;
  order_id: string | null;
  customer_id: string | null;
  occurred_at: number | string;
  recorded_at: number | string;
  journey_id: string | null;
  dedupe_key: string | null;
  resolved_at: number | string | null;
  resolution: string | null;
  followup_at: number | string | null;
  wording_json?: string | null;
  resolution_wording_json?: string | null;
}

/** Rows per INSERT (21 columns a row) and ids per IN list: under both engines' parameter limits. */
const ROW_CHUNK = 40;
const ID_CHUNK = 500;

/** A stored signal whose evidence could not be read back, for the log. */
export interface UnreadableEvidence {
  shop: string;
  signalId: string;
  reason: string;
}

export interface SignalsRepositoryOptions {
  /** Told of every read that found a signal's evidence unreadable (the signal is kept). */
  onUnreadableEvidence?: (problem: UnreadableEvidence) => void;
}

export function createSignalsRepository(db: Knex, options: SignalsRepositoryOptions = {}) {
  const toSignal = (row: SignalRow): Signal => {
    const evidence = parseStoredEvidence(row.evidence_json);
    if (evidence.ok) return signalOf(row, evidence.value);
    options.onUnreadableEvidence?.({shop: row.shop, signalId: row.id, reason: evidence.reason});
    // Detection rewrites a signal's evidence when it next tells it differently, so one a
    // detector still reports heals by itself; the others keep their sentence without facts.
    return {...signalOf(row, {}), evidenceUnreadable: true};
  };
  const toRow = (signal: Signal) => ({
    id: signal.id,
    shop: signal.shop,
    type: signal.type,
    severity: signal.severity,
    sentence: signal.sentence,
    wording_json: storedWording(signal.wording),
    evidence_json: JSON.stringify(signal.evidence),
    source: signal.source,
    campaign_id: signal.campaignId,
    checkout_token: signal.checkoutToken,
    order_id: signal.orderId,
    customer_id: signal.customerId,
    occurred_at: signal.occurredAt,
    recorded_at: signal.recordedAt,
    journey_id: signal.journeyId ?? null,
    dedupe_key: signal.dedupeKey ?? null,
    resolved_at: signal.resolvedAt ?? null,
    resolution: signal.resolution ?? null,
    resolution_wording_json: storedWording(signal.resolutionWording),
    followup_at: signal.followupAt ?? null,
    updated_at: signal.recordedAt,
  });
  return {
    async add(signal: Signal): Promise<void> {
      await db('signals').insert(toRow(signal));
    },

    /** Inserts the signals not already told for their journey; returns those that were new. */
    async addNew(signals: Signal[]): Promise<Signal[]> {
      const ids = new Set<string>();
      for (let i = 0; i < signals.length; i += ROW_CHUNK) {
        const inserted: Array<{id: string}> = await db('signals')
          .insert(signals.slice(i, i + ROW_CHUNK).map(toRow))
          .onConflict(['shop', 'journey_id', 'dedupe_key'])
          .ignore()
          .returning('id');
        for (const r of inserted) ids.add(r.id);
      }
      return signals.filter((s) => ids.has(s.id));
    },

    /**
     * Rewrites what a signal says as its journey moved on (sentence, severity, evidence, when),
     * reopening it if it had ended; answers the ids whose row changed.
     */
    async updateStory(signals: Signal[], now: number): Promise<string[]> {
      const changed: string[] = [];
      for (const signal of signals) {
        const n = await db('signals')
          .where({shop: signal.shop, id: signal.id})
          .update({
            severity: signal.severity,
            sentence: signal.sentence,
            wording_json: storedWording(signal.wording),
            evidence_json: JSON.stringify(signal.evidence),
            occurred_at: signal.occurredAt,
            order_id: signal.orderId,
            customer_id: signal.customerId,
            resolved_at: null,
            resolution: null,
            resolution_wording_json: null,
            // A story that changed is looked at again: it may raise or reopen a case.
            followup_at: null,
            updated_at: now,
          });
        if (n > 0) changed.push(signal.id);
      }
      return changed;
    },

    /** Ends open signals; answers the ids this call ended (not those another writer ended first). */
    async end(shop: string, endings: SignalEnding[], now: number): Promise<string[]> {
      const ended: string[] = [];
      for (const ending of endings) {
        const n = await db('signals')
          .where({shop, id: ending.id})
          .whereNull('resolved_at')
          .update({
            resolved_at: ending.resolvedAt,
            resolution: ending.resolution,
            resolution_wording_json: storedWording(ending.resolutionWording),
            updated_at: now,
          });
        if (n > 0) ended.push(ending.id);
      }
      return ended;
    },

    /** Signals the checkout extension reported before Heed knew their journey. */
    async unattached(
      shop: string,
      ref: {checkoutToken: string | null; orderId: string | null},
    ): Promise<Signal[]> {
      if (!ref.checkoutToken && !ref.orderId) return [];
      const rows = await db<SignalRow>('signals')
        .where({shop})
        .whereNull('journey_id')
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (ref.checkoutToken) q.orWhere('checkout_token', ref.checkoutToken);
          if (ref.orderId) q.orWhere('order_id', ref.orderId);
        });
      return rows.map(toSignal);
    },

    async deleteByIds(shop: string, ids: string[]): Promise<void> {
      if (ids.length > 0) await db('signals').where({shop}).whereIn('id', ids).delete();
    },

    async existsForOrder(shop: string, type: string, orderId: string): Promise<boolean> {
      return (await db('signals').where({shop, type, order_id: orderId}).first('id')) !== undefined;
    },

    async forJourney(shop: string, journeyId: string): Promise<Signal[]> {
      return (
        await db<SignalRow>('signals').where({shop, journey_id: journeyId}).orderBy('occurred_at')
      ).map(toSignal);
    },

    /** The signals of several journeys, each journey's in order of occurrence. */
    async forJourneys(shop: string, journeyIds: string[]): Promise<Map<string, Signal[]>> {
      const found = new Map<string, Signal[]>(journeyIds.map((id) => [id, []]));
      for (let i = 0; i < journeyIds.length; i += ID_CHUNK) {
        const rows = await db<SignalRow>('signals')
          .where({shop})
          .whereIn('journey_id', journeyIds.slice(i, i + ID_CHUNK))
          .orderBy('occurred_at');
        for (const row of rows) found.get(row.journey_id ?? '')?.push(toSignal(row));
      }
      return found;
    },

    async list(shop: string, limit = 100): Promise<Signal[]> {
      const rows = await db<SignalRow>('signals')
        .where({shop})
        .orderBy('occurred_at', 'desc')
        .limit(limit);
      return rows.map(toSignal);
    },

    async findForCustomer(shop: string, customerId: string): Promise<Signal[]> {
      return (await db<SignalRow>('signals').where({shop, customer_id: customerId})).map(toSignal);
    },

    async deleteForCustomer(shop: string, customerId: string): Promise<number> {
      return db('signals').where({shop, customer_id: customerId}).delete();
    },

    async deleteForJourneys(shop: string, journeyIds: string[]): Promise<number> {
      if (journeyIds.length === 0) return 0;
      return db('signals').where({shop}).whereIn('journey_id', journeyIds).delete();
    },

    /** Erases the shop's signals about the given orders (a customer's redaction). */
    async deleteForOrders(shop: string, orderIds: string[]): Promise<number> {
      if (orderIds.length === 0) return 0;
      return db('signals').where({shop}).whereIn('order_id', orderIds).delete();
    },

    /**
     * Deletes up to `limit` signals, across shops, that occurred before `before` and belong to no
     * stored journey (the retention sweep deletes a journey's signals with it); answers how many.
     */
    async deleteInactiveBefore(before: number, limit: number): Promise<number> {
      return pageOf(
        db,
        'signals',
        (q) =>
          q
            .where('occurred_at', '<', before)
            .whereNotExists(
              db('journeys').select('id').whereRaw('journeys.id = signals.journey_id'),
            ),
        limit,
      ).delete();
    },

    async deleteShop(shop: string): Promise<void> {
      await db('signals').where({shop}).delete();
    },
  };
}

export type SignalsRepository = ReturnType<typeof createSignalsRepository>;

function signalOf(row: SignalRow, evidence: Record<string, EvidenceValue>): Signal {
  return {
    id: row.id,
    shop: row.shop,
    type: row.type,
    severity: row.severity as SignalSeverity,
    sentence: row.sentence,
    wording: parseStoredWording(row.wording_json),
    evidence,
    source: row.source as Signal['source'],
    campaignId: row.campaign_id,
    checkoutToken: row.checkout_token,
    orderId: row.order_id,
    customerId: row.customer_id,
    occurredAt: Number(row.occurred_at),
    recordedAt: Number(row.recorded_at),
    journeyId: row.journey_id,
    dedupeKey: row.dedupe_key,
    resolvedAt: row.resolved_at === null ? null : Number(row.resolved_at),
    resolution: row.resolution,
    resolutionWording: parseStoredWording(row.resolution_wording_json),
    followupAt: row.followup_at === null ? null : Number(row.followup_at),
  };
}
