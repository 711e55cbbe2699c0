import type {Knex} from 'knex';
import type {FollowupCase, Money} from '../followup/types';
import {toCase, toRow, type CaseRow} from './case-rows';

/** Who an order belongs to, for finding the open cases it ends. */
export interface OrderOwner {
  /** The case a Heed draft order carried (`_heed_case`). */
  caseId: string | null;
  checkoutToken: string | null;
  customerId: string | null;
  emailHash: string | null;
}

const UNIQUE_VIOLATION = /unique|duplicate key/i;
/** Ids per `IN` list: far below SQLite's bound-parameter limit. */
const CHUNK = 500;

/**
 * Cases and the journeys they stand on. Every write of a case names the revision it read: a
 * write from a stale read changes nothing and says so, so two people (or instances) acting at
 * once never silently undo each other.
 */
export function createCasesRepository(db: Knex) {
  const cases = () => db<CaseRow>('cases');
  return {
    /**
     * 'conflict' when the shopper already has an open case (another writer opened it first). The
     * index decides without an error, so a transaction around the insert goes on (on PostgreSQL a
     * refused statement would end it).
     */
    async insert(followup: FollowupCase): Promise<'inserted' | 'conflict'> {
      const added = await db('cases')
        .insert(toRow(followup))
        .onConflict(['shop', 'open_key'])
        .ignore()
        .returning('id');
      return added.length > 0 ? 'inserted' : 'conflict';
    },

    /**
     * Writes the case if it still has revision `followup.revision - 1`; false otherwise, and false
     * when reopening it would give the shopper a second open case. Only a write holding the open
     * key can meet that index: it runs in a savepoint of its own, so that a refusal leaves the
     * transaction around it usable on PostgreSQL.
     */
    async update(followup: FollowupCase): Promise<boolean> {
      const {id, shop, ...row} = toRow(followup);
      const write = (q: Knex) =>
        q('cases')
          .where({shop, id, revision: followup.revision - 1})
          .update(row);
      if (row.open_key === null) return (await write(db)) > 0;
      try {
        return (await db.transaction((savepoint) => write(savepoint))) > 0;
      } catch (error) {
        if (error instanceof Error && UNIQUE_VIOLATION.test(error.message)) return false;
        throw error;
      }
    },

    async get(shop: string, id: string): Promise<FollowupCase | undefined> {
      const row = await cases().where({shop, id}).first();
      return row ? toCase(row) : undefined;
    },

    async openFor(shop: string, shopperKey: string): Promise<FollowupCase | undefined> {
      const row = await cases().where({shop, open_key: shopperKey}).first();
      return row ? toCase(row) : undefined;
    },

    /**
     * The shopper's open case found by who they are rather than by key: a checkout signed in as
     * the customer and a guest checkout with the same email are one shopper.
     */
    async openForShopper(
      shop: string,
      who: {customerId: string | null; emailHash: string | null},
    ): Promise<FollowupCase | undefined> {
      if (!who.customerId && !who.emailHash) return undefined;
      const row = await cases()
        .where({shop})
        .whereNull('resolved_at')
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (who.customerId) q.orWhere('customer_id', who.customerId);
          if (who.emailHash) q.orWhere('email_hash', who.emailHash);
        })
        .orderBy('opened_at')
        .first();
      return row ? toCase(row) : undefined;
    },

    async latestResolvedFor(shop: string, shopperKey: string): Promise<FollowupCase | undefined> {
      const row = await cases()
        .where({shop, shopper_key: shopperKey})
        .whereNotNull('resolved_at')
        .orderBy('resolved_at', 'desc')
        .first();
      return row ? toCase(row) : undefined;
    },

    async list(
      shop: string,
      options: {view: 'open' | 'resolved'; limit: number},
    ): Promise<FollowupCase[]> {
      const rows = await cases()
        .where({shop})
        .modify((q) => {
          if (options.view === 'open') q.whereNull('resolved_at').orderBy('due_at');
          else q.whereNotNull('resolved_at').orderBy('resolved_at', 'desc');
        })
        .limit(options.limit);
      return rows.map(toCase);
    },

    /**
     * Open cases, across shops, whose first contact is overdue and not escalated yet, and that
     * are not snoozed: the escalation sweep's work, most overdue first.
     */
    async dueForEscalation(now: number, limit: number): Promise<FollowupCase[]> {
      const rows = await cases()
        .whereNull('escalated_at')
        .andWhere('due_at', '<=', now)
        .whereNull('resolved_at')
        .whereNull('first_contact_at')
        .andWhere((q) => q.whereNull('snoozed_until').orWhere('snoozed_until', '<=', now))
        .orderBy('due_at')
        .limit(limit);
      return rows.map(toCase);
    },

    /** Open cases by priority. */
    async openCounts(shop: string): Promise<Record<string, number>> {
      const rows: Array<{priority: string; n: number | string}> = await db('cases')
        .where({shop})
        .whereNull('resolved_at')
        .groupBy('priority')
        .select('priority')
        .count({n: '*'});
      return Object.fromEntries(rows.map((r) => [r.priority, Number(r.n)]));
    },

    /** The open cases an order of this shopper may end: by its case, checkout, customer or email. */
    async openForOrder(shop: string, owner: OrderOwner): Promise<FollowupCase[]> {
      const rows = await cases()
        .where({shop})
        .whereNull('resolved_at')
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (owner.caseId) q.orWhere('id', owner.caseId);
          if (owner.customerId) q.orWhere('customer_id', owner.customerId);
          if (owner.emailHash) q.orWhere('email_hash', owner.emailHash);
          if (owner.checkoutToken) {
            const token = owner.checkoutToken;
            q.orWhereIn(
              'id',
              db('case_journeys')
                .join('journeys', (j) =>
                  j
                    .on('journeys.shop', 'case_journeys.shop')
                    .andOn('journeys.id', 'case_journeys.journey_id'),
                )
                .where('case_journeys.shop', shop)
                .andWhere('journeys.checkout_token', token)
                .select('case_journeys.case_id'),
            );
          }
        });
      return rows.map(toCase);
    },

    async forJourney(shop: string, journeyId: string): Promise<FollowupCase[]> {
      const rows = await cases()
        .where({shop})
        .whereIn('id', db('case_journeys').where({shop, journey_id: journeyId}).select('case_id'));
      return rows.map(toCase);
    },

    async linkJourneys(shop: string, caseId: string, journeyIds: string[], at: number) {
      if (journeyIds.length === 0) return;
      await db('case_journeys')
        .insert(journeyIds.map((id) => ({shop, case_id: caseId, journey_id: id, joined_at: at})))
        .onConflict(['shop', 'case_id', 'journey_id'])
        .ignore();
    },

    /** Who got cases since `since`, newest first: round robin picks whoever waited longest. */
    async recentAssignments(
      shop: string,
      since: number,
    ): Promise<Array<{userId: string; at: number}>> {
      const rows: Array<{assignee_id: string; at: number | string}> = await db('cases')
        .where({shop})
        .whereNotNull('assignee_id')
        .andWhere('opened_at', '>=', since)
        .groupBy('assignee_id')
        .select('assignee_id')
        .max({at: 'opened_at'});
      return rows
        .map((r) => ({userId: r.assignee_id, at: Number(r.at)}))
        .sort((a, b) => b.at - a.at);
    },

    /** Cases of a customer (GDPR redaction), by customer GID or email hash. */
    async idsForShopper(
      shop: string,
      who: {customerId: string | null; emailHash: string | null},
    ): Promise<string[]> {
      const rows: Array<{id: string}> = await db('cases')
        .where({shop})
        .andWhere((q) => {
          q.whereRaw('1 = 0');
          if (who.customerId) q.orWhere('customer_id', who.customerId);
          if (who.emailHash) q.orWhere('email_hash', who.emailHash);
        })
        .select('id');
      return rows.map((r) => r.id);
    },

    async deleteCases(shop: string, ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      for (const table of ['case_contacts', 'case_events', 'notification_outbox']) {
        await db(table).where({shop}).whereIn('case_id', ids).delete();
      }
      await db('case_journeys').where({shop}).whereIn('case_id', ids).delete();
      await db('cases').where({shop}).whereIn('id', ids).delete();
    },

    /** Cases of the shopper's checkouts (GDPR), by journey id: a guest's case has no other key. */
    async idsForJourneys(shop: string, journeyIds: string[]): Promise<string[]> {
      const ids = new Set<string>();
      for (let i = 0; i < journeyIds.length; i += CHUNK) {
        const rows: Array<{case_id: string}> = await db('case_journeys')
          .where({shop})
          .whereIn('journey_id', journeyIds.slice(i, i + CHUNK))
          .select('case_id');
        for (const row of rows) ids.add(row.case_id);
      }
      return [...ids];
    },

    /**
     * Clears the contact details (the shopper status they came with, and the address or number
     * a shopper gave when asking for a person) of open cases nobody changed since `before`, across shops, at most `limit`; answers how many. The revision moves,
     * so a write from an older read cannot put them back; the next look reads them afresh.
     */
    async forgetIdleContacts(before: number, limit: number): Promise<number> {
      return db('cases')
        .whereIn(
          'id',
          db('cases')
            .whereNull('resolved_at')
            .andWhere('updated_at', '<', before)
            .andWhere((q) =>
              q
                .whereNotNull('contact_json')
                .orWhereNotNull('shopper_status_json')
                .orWhereNotNull('asked_contact_json'),
            )
            .select('id')
            .limit(limit),
        )
        .update({
          contact_json: null,
          shopper_status_json: null,
          asked_contact_json: null,
          revision: db.raw('revision + 1'),
        });
    },

    /**
     * Cases past retention, across shops, at most `limit`: resolved before `before`, or never
     * resolved and unchanged since.
     */
    async expired(before: number, limit: number): Promise<Array<{shop: string; id: string}>> {
      const rows: Array<{shop: string; id: string}> = await db('cases')
        .where('resolved_at', '<', before)
        .orWhere((q) => q.whereNull('resolved_at').andWhere('updated_at', '<', before))
        .select('shop', 'id')
        .limit(limit);
      return rows;
    },

    async deleteShop(shop: string): Promise<void> {
      const tables = [
        'notification_outbox',
        'case_contacts',
        'case_events',
        'case_journeys',
        'cases',
      ];
      for (const table of tables) {
        await db(table).where({shop}).delete();
      }
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;

export type {Money};
