import type {Knex} from 'knex';
import {physicalAddress} from './pages';
import {returnedRows} from './pixel-events-sql';

/** A journey as stored: queryable columns plus its whole state (see signals/journey.ts). */
export interface JourneyRecord {
  id: string;
  shop: string;
  checkoutToken: string | null;
  clientId: string | null;
  currentStep: string | null;
  score: number;
  startedAt: number;
  lastActivityAt: number;
  completedAt: number | null;
  /** Who the journey belongs to, where Shopify said (GDPR requests find and erase it by these). */
  customerId: string | null;
  emailHash: string | null;
  /** The order the checkout ended in, as a GID. */
  orderId: string | null;
  /** The cart's total as last seen, in the cart's currency; null while Heed knows no cart. */
  cartTotal: number | null;
  /**
   * The campaign the checkout is attributed to, and whether its promise held (true), broke
   * (false) or was not checked yet (null): see signals/promise-standing.ts. Written by every
   * save of the journey's state; a record without them stores none.
   */
  campaignId?: string | null;
  promiseKept?: boolean | null;
  state: unknown;
  /** How many times the journey's state was written, as read (see `saveRevised`). */
  revision?: number;
}

/**
 * A journey another writer (another instance) wrote after it was read: the write that found it
 * is refused, its transaction rolls back, and the journey work starts again from what is stored.
 */
export class JourneyWriteConflict extends Error {
  constructor(readonly journeyIds: string[]) {
    super('journeys changed since they were read');
    this.name = 'JourneyWriteConflict';
  }
}

interface JourneyRow {
  id: string;
  shop: string;
  checkout_token: string | null;
  client_id: string | null;
  current_step: string | null;
  score: number;
  started_at: number | string;
  last_activity_at: number | string;
  completed_at: number | string | null;
  customer_id: string | null;
  email_hash: string | null;
  order_id: string | null;
  cart_total: number | string | null;
  campaign_id: string | null;
  promise_kept: boolean | number | null;
  state_json: string;
  revision: number | string;
}

export function createJourneysRepository(db: Knex) {
  /** Inserts or replaces journeys whatever they hold (seeding, tests); one statement per chunk. */
  async function saveMany(records: JourneyRecord[], now: number): Promise<void> {
    for (let i = 0; i < records.length; i += CHUNK) {
      await db('journeys')
        .insert(records.slice(i, i + CHUNK).map((record) => ({...toRow(record, now), revision: 1})))
        .onConflict('id')
        .merge(nextRevision(db));
    }
  }

  /**
   * Writes journeys built on what was read of them: `base` holds the revision each was read at,
   * and a journey absent from it was new to the writer. Optimistic rather than a row lock
   * (`SELECT … FOR UPDATE`), because journey work reads outside the write transaction, on
   * connections of its own (on SQLite, so it never queues behind the one writer), and a lock
   * taken there would hold nothing. Instead each row is written only while it still holds the
   * revision that was read, checked by the upsert itself, atomically on both engines (PostgreSQL
   * re-checks the condition on the latest row; SQLite has one writer at a time). A row that moved
   * on, or a journey another writer created meanwhile, throws `JourneyWriteConflict`: the caller's
   * transaction (signals, events marked applied) rolls back whole, and its work is done again.
   */
  async function saveRevised(
    records: JourneyRecord[],
    base: ReadonlyMap<string, number>,
    now: number,
  ): Promise<void> {
    for (let i = 0; i < records.length; i += CHUNK) {
      const rows = records
        .slice(i, i + CHUNK)
        .map((record) => ({...toRow(record, now), revision: (base.get(record.id) ?? 0) + 1}));
      const written: Array<{id: string}> = await db('journeys')
        .insert(rows)
        .onConflict('id')
        .merge(nextRevision(db))
        .where(db.raw('journeys.revision + 1 = excluded.revision'))
        .returning('id');
      if (written.length < rows.length) {
        const done = new Set(written.map((row) => row.id));
        throw new JourneyWriteConflict(rows.map((r) => r.id).filter((id) => !done.has(id)));
      }
    }
  }

  return {
    async get(shop: string, id: string): Promise<JourneyRecord | undefined> {
      const row = await db<JourneyRow>('journeys').where({shop, id}).first();
      return row ? toRecord(row) : undefined;
    },

    /** A shop's journeys by id; ids it does not hold are absent from the map. */
    async getMany(shop: string, ids: string[]): Promise<Map<string, JourneyRecord>> {
      const found = new Map<string, JourneyRecord>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await db<JourneyRow>('journeys')
          .where({shop})
          .whereIn('id', ids.slice(i, i + CHUNK));
        for (const row of rows) found.set(row.id, toRecord(row));
      }
      return found;
    },

    /** A shop's journeys by checkout token; tokens it holds no journey for are absent. */
    async forTokens(shop: string, tokens: string[]): Promise<Map<string, JourneyRecord>> {
      const found = new Map<string, JourneyRecord>();
      for (let i = 0; i < tokens.length; i += CHUNK) {
        const rows = await db<JourneyRow>('journeys')
          .where({shop})
          .whereIn('checkout_token', tokens.slice(i, i + CHUNK));
        for (const row of rows)
          if (row.checkout_token) found.set(row.checkout_token, toRecord(row));
      }
      return found;
    },

    /** The journey that ended in this order (a GID). */
    async forOrder(shop: string, orderId: string): Promise<JourneyRecord | undefined> {
      const row = await db<JourneyRow>('journeys').where({shop, order_id: orderId}).first();
      return row ? toRecord(row) : undefined;
    },

    async save(record: JourneyRecord, now: number): Promise<void> {
      await saveMany([record], now);
    },

    saveMany,
    saveRevised,

    async latestForClient(shop: string, clientId: string): Promise<JourneyRecord | undefined> {
      const row = await db<JourneyRow>('journeys')
        .where({shop, client_id: clientId})
        .orderBy('last_activity_at', 'desc')
        .first();
      return row ? toRecord(row) : undefined;
    },

    /** The latest journey of each client id given (by last activity); absent when it has none. */
    async latestForClients(shop: string, clientIds: string[]): Promise<Map<string, JourneyRecord>> {
      const latest = new Map<string, JourneyRecord>();
      for (let i = 0; i < clientIds.length; i += CHUNK) {
        const rows = await db<JourneyRow>('journeys')
          .where({shop})
          .whereIn('client_id', clientIds.slice(i, i + CHUNK))
          .orderBy('last_activity_at', 'desc');
        for (const row of rows) {
          if (row.client_id !== null && !latest.has(row.client_id))
            latest.set(row.client_id, toRecord(row));
        }
      }
      return latest;
    },

    /** A customer's journeys, by customer id or (guest checkouts) by email hash. */
    async forCustomer(
      shop: string,
      who: {customerId: string | null; emailHash: string | null},
    ): Promise<JourneyRecord[]> {
      const rows = await db<JourneyRow>('journeys')
        .where({shop})
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (who.customerId) q.orWhere('customer_id', who.customerId);
          if (who.emailHash) q.orWhere('email_hash', who.emailHash);
        });
      return rows.map(toRecord);
    },

    /**
     * Deletes up to `limit` journeys, across shops, last active before `before` (the retention
     * sweep); answers which went, for their signals to go with them.
     */
    async deleteInactiveBefore(
      before: number,
      limit: number,
    ): Promise<Array<{shop: string; id: string}>> {
      // Raw: knex returns the deleted rows on PostgreSQL only; both engines know RETURNING.
      const address = physicalAddress(db);
      const gone = returnedRows(
        await db.raw(
          `delete from journeys where ${address} in
             (select ${address} from journeys where last_activity_at < ? limit ?)
           returning shop, id`,
          [before, limit],
        ),
      );
      return gone.map((row) => ({shop: String(row.shop), id: String(row.id)}));
    },

    async delete(shop: string, ids: string[]): Promise<void> {
      if (ids.length > 0) await db('journeys').where({shop}).whereIn('id', ids).delete();
    },

    /** How many checkouts of the shop were active since `since`, and when the latest one was. */
    async activity(
      shop: string,
      since: number,
    ): Promise<{activeSince: number; lastActivityAt: number | null}> {
      const [counted, latest] = await Promise.all([
        db('journeys')
          .where({shop})
          .andWhere('last_activity_at', '>=', since)
          .count({n: '*'})
          .first(),
        db('journeys').where({shop}).max({at: 'last_activity_at'}).first(),
      ]);
      const at: unknown = latest?.at;
      return {
        activeSince: Number(counted?.n ?? 0),
        lastActivityAt: at === null || at === undefined ? null : Number(at),
      };
    },

    async recent(shop: string, since: number, limit: number): Promise<JourneyRecord[]> {
      const rows = await db<JourneyRow>('journeys')
        .where({shop})
        .andWhere('last_activity_at', '>=', since)
        .orderBy('last_activity_at', 'desc')
        .limit(limit);
      return rows.map(toRecord);
    },

    /**
     * Open journeys last active between `activeAfter` and `quietSince`, across shops, oldest first;
     * `after` continues from the last one of the previous page.
     */
    async quietOpen(
      quietSince: number,
      activeAfter: number,
      limit: number,
      after?: {lastActivityAt: number; id: string},
    ): Promise<JourneyRecord[]> {
      const rows = await db<JourneyRow>('journeys')
        .whereNull('completed_at')
        .andWhere('last_activity_at', '<', quietSince)
        .andWhere('last_activity_at', '>=', activeAfter)
        .modify((q) => {
          if (after) {
            q.andWhere((w) =>
              w
                .where('last_activity_at', '>', after.lastActivityAt)
                .orWhere((same) =>
                  same
                    .where('last_activity_at', after.lastActivityAt)
                    .andWhere('id', '>', after.id),
                ),
            );
          }
        })
        .orderBy([{column: 'last_activity_at'}, {column: 'id'}])
        .limit(limit);
      return rows.map(toRecord);
    },

    /**
     * The median cart total of the shop's journeys active since `since` (the newest `limit`),
     * or null when none had a cart. Computed here rather than in SQL: neither engine's median
     * is portable, and the values are few.
     */
    async medianCartTotal(shop: string, since: number, limit: number): Promise<number | null> {
      const rows: Array<{cart_total: number | string}> = await db('journeys')
        .where({shop})
        .andWhere('last_activity_at', '>=', since)
        .whereNotNull('cart_total')
        .orderBy('last_activity_at', 'desc')
        .limit(limit)
        .select('cart_total');
      const totals = rows.map((r) => Number(r.cart_total)).sort((a, b) => a - b);
      if (totals.length === 0) return null;
      const middle = Math.floor(totals.length / 2);
      const upper = totals[middle] ?? 0;
      return totals.length % 2 === 1 ? upper : ((totals[middle - 1] ?? upper) + upper) / 2;
    },

    /**
     * Sets a journey's score unless the journey moved on meanwhile (another instance applied new
     * events): then that instance's save carries the score, and this one must not overwrite it.
     */
    async updateScoreIfUnchanged(
      shop: string,
      id: string,
      score: number,
      lastActivityAt: number,
      now: number,
    ): Promise<boolean> {
      const changed = await db('journeys')
        .where({shop, id, last_activity_at: lastActivityAt})
        .update({score, updated_at: now});
      return changed > 0;
    },
  };
}

export type JourneysRepository = ReturnType<typeof createJourneysRepository>;

/** Rows per statement: 18 columns a row stays well under both engines' parameter limits. */
const CHUNK = 100;

const STATE_COLUMNS = [
  'shop',
  'checkout_token',
  'client_id',
  'current_step',
  'score',
  'started_at',
  'last_activity_at',
  'completed_at',
  'customer_id',
  'email_hash',
  'order_id',
  'cart_total',
  'campaign_id',
  'promise_kept',
  'updated_at',
  'state_json',
];

/** What an upsert writes over a stored journey: the row given, one revision on. */
function nextRevision(db: Knex): Record<string, Knex.Raw> {
  const merged: Record<string, Knex.Raw> = {revision: db.raw('journeys.revision + 1')};
  for (const column of STATE_COLUMNS) merged[column] = db.raw('excluded.??', [column]);
  return merged;
}

function toRow(record: JourneyRecord, now: number) {
  return {
    id: record.id,
    shop: record.shop,
    checkout_token: record.checkoutToken,
    client_id: record.clientId,
    current_step: record.currentStep,
    score: record.score,
    started_at: record.startedAt,
    last_activity_at: record.lastActivityAt,
    completed_at: record.completedAt,
    customer_id: record.customerId,
    email_hash: record.emailHash,
    order_id: record.orderId,
    cart_total: record.cartTotal,
    campaign_id: record.campaignId ?? null,
    promise_kept: record.promiseKept ?? null,
    updated_at: now,
    state_json: JSON.stringify(record.state),
  };
}

function toRecord(row: JourneyRow): JourneyRecord {
  return {
    id: row.id,
    shop: row.shop,
    checkoutToken: row.checkout_token,
    clientId: row.client_id,
    currentStep: row.current_step,
    score: Number(row.score),
    startedAt: Number(row.started_at),
    lastActivityAt: Number(row.last_activity_at),
    completedAt: row.completed_at === null ? null : Number(row.completed_at),
    customerId: row.customer_id,
    emailHash: row.email_hash,
    orderId: row.order_id,
    cartTotal: row.cart_total === null ? null : Number(row.cart_total),
    campaignId: row.campaign_id ?? null,
    promiseKept:
      row.promise_kept === null || row.promise_kept === undefined
        ? null
        : Boolean(row.promise_kept),
    state: JSON.parse(row.state_json) as unknown,
    revision: Number(row.revision),
  };
}
