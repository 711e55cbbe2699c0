import type {Knex} from 'knex';
import {engineOf} from './database';
import {CHUNK, insertStatements, returnedRows, type EventRow} from './pixel-events-sql';

/** One event as stored: the columns Heed queries by, and the event itself. */
export interface StoredPixelEvent {
  eventId: string;
  name: string;
  /** The pixel's client id: with the event id, what makes an event the same event. */
  clientId: string;
  checkoutToken: string | null;
  occurredAt: number;
  seq: number | null;
  payload: string;
}

export interface QuarantinedEvent {
  reason: string;
  payload: string;
}

export interface BatchResult {
  accepted: string[];
  duplicates: number;
  quarantined: number;
}

/**
 * Stores a whole ingest batch in one transaction: good events (deduplicated on their id) and the
 * quarantined ones with their reason. The caller acknowledges only after this resolves.
 */
export interface IngestBatch {
  shop: string;
  events: StoredPixelEvent[];
  quarantined: QuarantinedEvent[];
  receivedAt: number;
}

/** Event ids per UPDATE: under both engines' bound-parameter limits. */
const MARK_CHUNK = 500;

const idOf = (shop: string, clientId: string, eventId: string) =>
  `${shop}\n${clientId}\n${eventId}`;

export function createPixelEventsRepository(db: Knex) {
  const engine = engineOf(db);

  /**
   * Several batches in one transaction (see signals/group-commit.ts). An event id seen twice, in
   * one batch or across them, is stored once and counted as a duplicate for the later copy.
   */
  async function insertBatches(batches: IngestBatch[]): Promise<BatchResult[]> {
    return db.transaction(async (trx) => {
      const seen = new Set<string>();
      const firstCopies = batches.map((b) =>
        b.events.filter((e) => {
          const id = idOf(b.shop, e.clientId, e.eventId);
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        }),
      );
      // In the order of EVENT_COLUMNS.
      const rows: EventRow[] = batches.flatMap((b, i) =>
        (firstCopies[i] ?? []).map((e) => [
          b.shop,
          e.eventId,
          e.name,
          e.clientId,
          e.checkoutToken,
          e.occurredAt,
          e.seq,
          b.receivedAt,
          e.payload,
        ]),
      );
      const inserted = new Set<string>();
      for (const [sql, bindings] of insertStatements(engine, rows)) {
        const done = await trx.raw<unknown>(sql, bindings);
        for (const r of returnedRows(done))
          inserted.add(idOf(String(r.shop), String(r.client_id), String(r.event_id)));
      }
      const quarantineRows = batches.flatMap((b) =>
        b.quarantined.map((q) => ({
          shop: b.shop,
          received_at: b.receivedAt,
          reason: q.reason.slice(0, 500),
          payload: q.payload,
        })),
      );
      for (let i = 0; i < quarantineRows.length; i += CHUNK) {
        await trx('pixel_quarantine').insert(quarantineRows.slice(i, i + CHUNK));
      }
      return batches.map((b, i) => {
        const accepted = (firstCopies[i] ?? [])
          .filter((e) => inserted.has(idOf(b.shop, e.clientId, e.eventId)))
          .map((e) => e.eventId);
        return {
          accepted,
          duplicates: b.events.length - accepted.length,
          quarantined: b.quarantined.length,
        };
      });
    });
  }

  return {
    insertBatches,

    async insertBatch(
      shop: string,
      events: StoredPixelEvent[],
      quarantined: QuarantinedEvent[],
      receivedAt: number,
    ): Promise<BatchResult> {
      const [result] = await insertBatches([{shop, events, quarantined, receivedAt}]);
      if (!result) throw new Error('insertBatches returned no result');
      return result;
    },

    async forJourney(
      shop: string,
      ref: {checkoutToken: string | null; clientId: string | null},
    ): Promise<StoredPixelEvent[]> {
      const rows = await db('pixel_events')
        .where({shop})
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (ref.checkoutToken) q.orWhere('checkout_token', ref.checkoutToken);
          if (ref.clientId) q.orWhere('client_id', ref.clientId);
        })
        .orderBy([{column: 'occurred_at'}, {column: 'seq'}]);
      return rows.map(toStoredEvent);
    },

    /**
     * Records which journey each event went into (null: attached to none), in the transaction
     * that saved the journey: an event without this mark was committed but never applied.
     */
    async markApplied(
      shop: string,
      placements: Array<{
        journeyId: string | null;
        events: Array<{clientId: string; eventId: string}>;
      }>,
      now: number,
    ): Promise<void> {
      for (const placement of placements) {
        const byClient = new Map<string, string[]>();
        for (const e of placement.events) {
          const ids = byClient.get(e.clientId);
          if (ids) ids.push(e.eventId);
          else byClient.set(e.clientId, [e.eventId]);
        }
        for (const [clientId, eventIds] of byClient) {
          for (let i = 0; i < eventIds.length; i += MARK_CHUNK) {
            await db('pixel_events')
              .where({shop, client_id: clientId})
              .whereIn('event_id', eventIds.slice(i, i + MARK_CHUNK))
              .update({applied_at: now, journey_id: placement.journeyId});
          }
        }
      }
    },

    /** Events committed before `receivedBefore` and never applied to a journey, oldest first. */
    async waiting(
      receivedBefore: number,
      limit: number,
    ): Promise<Array<StoredPixelEvent & {shop: string; receivedAt: number}>> {
      const rows = await db('pixel_events')
        .whereNull('applied_at')
        .andWhere('received_at', '<', receivedBefore)
        .orderBy('received_at')
        .limit(limit);
      return rows.map((r) => ({
        ...toStoredEvent(r),
        shop: String(r.shop),
        receivedAt: Number(r.received_at),
      }));
    },

    async counts(shop: string): Promise<{events: number; quarantined: number}> {
      const [events, quarantined] = await Promise.all([
        db('pixel_events').where({shop}).count({n: '*'}).first(),
        db('pixel_quarantine').where({shop}).count({n: '*'}).first(),
      ]);
      return {events: Number(events?.n ?? 0), quarantined: Number(quarantined?.n ?? 0)};
    },

    async quarantine(
      shop: string,
      limit = 50,
    ): Promise<Array<{reason: string; receivedAt: number}>> {
      const rows = await db('pixel_quarantine').where({shop}).orderBy('id', 'desc').limit(limit);
      return rows.map((r) => ({reason: String(r.reason), receivedAt: Number(r.received_at)}));
    },

    /** How many events of the shop were quarantined since `since`, and the latest reasons. */
    async quarantinedSince(
      shop: string,
      since: number,
      limit: number,
    ): Promise<{count: number; recent: Array<{reason: string; receivedAt: number}>}> {
      const recent = db('pixel_quarantine')
        .where({shop})
        .andWhere('received_at', '>=', since)
        .orderBy('received_at', 'desc')
        .limit(limit)
        .select('reason', 'received_at');
      const [counted, rows] = await Promise.all([
        db('pixel_quarantine')
          .where({shop})
          .andWhere('received_at', '>=', since)
          .count({n: '*'})
          .first(),
        recent,
      ]);
      return {
        count: Number(counted?.n ?? 0),
        recent: rows.map((r: {reason: unknown; received_at: unknown}) => ({
          reason: String(r.reason),
          receivedAt: Number(r.received_at),
        })),
      };
    },

    /**
     * Deletes up to `limit` raw events and `limit` quarantined payloads received before `before`,
     * across shops (the retention sweep); answers how many of each went. Rows go by their physical
     * address (SQLite's rowid, PostgreSQL's ctid), a page at a time, so that no delete holds the
     * writer for long.
     */
    async deleteReceivedBefore(
      before: number,
      limit: number,
    ): Promise<{events: number; quarantined: number}> {
      const address = engine === 'postgres' ? 'ctid' : 'rowid';
      const page = (table: string) =>
        db.raw(
          `delete from ${table} where ${address} in
             (select ${address} from ${table} where received_at < ? limit ?)
           returning received_at`,
          [before, limit],
        );
      const events = returnedRows(await page('pixel_events')).length;
      const quarantined = returnedRows(await page('pixel_quarantine')).length;
      return {events, quarantined};
    },

    /** Erases the events of the given checkouts (a customer's redaction). */
    async deleteForCheckouts(
      shop: string,
      checkoutTokens: string[],
      clientIds: string[],
    ): Promise<number> {
      if (checkoutTokens.length === 0 && clientIds.length === 0) return 0;
      return db('pixel_events')
        .where({shop})
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (checkoutTokens.length > 0) q.orWhereIn('checkout_token', checkoutTokens);
          if (clientIds.length > 0) q.orWhereIn('client_id', clientIds);
        })
        .delete();
    },

    /**
     * Erases the shop's quarantined payloads that contain one of `needles` (a customer's email
     * hash, ids as they appear in JSON): quarantine belongs to no journey to be erased with.
     */
    async deleteQuarantinedContaining(shop: string, needles: string[]): Promise<number> {
      if (needles.length === 0) return 0;
      return db('pixel_quarantine')
        .where({shop})
        .andWhere((q) => {
          for (const needle of needles) q.orWhere('payload', 'like', `%${needle}%`);
        })
        .delete();
    },

    async deleteShop(shop: string): Promise<void> {
      await db('pixel_quarantine').where({shop}).delete();
      await db('pixel_events').where({shop}).delete();
      await db('journeys').where({shop}).delete();
    },
  };
}

function toStoredEvent(r: Record<string, unknown>): StoredPixelEvent {
  return {
    eventId: String(r.event_id),
    name: String(r.name),
    clientId: String(r.client_id),
    checkoutToken: r.checkout_token === null ? null : String(r.checkout_token),
    occurredAt: Number(r.occurred_at),
    seq: r.seq === null ? null : Number(r.seq),
    payload: String(r.payload),
  };
}

export type PixelEventsRepository = ReturnType<typeof createPixelEventsRepository>;
