import type {Knex} from 'knex';
import {z} from 'zod';
import {engineOf} from './database';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  type NewNotification,
  type Notification,
} from '../followup/notification';

const TABLE = 'notification_outbox';

interface OutboxRow {
  id: string;
  shop: string;
  case_id: string;
  event_key: string;
  recipient_id: string;
  channel: string;
  status: string;
  attempts: number | string;
  next_attempt_at: number | string;
  lease_owner: string | null;
  lease_expires_at: number | string | null;
  last_error: string | null;
  created_at: number | string;
  updated_at: number | string;
  sent_at: number | string | null;
}

const channelSchema = z.enum(NOTIFICATION_CHANNELS);
const statusSchema = z.enum(NOTIFICATION_STATUSES);

/**
 * The outbox of staff notifications. Every state change is one conditional statement, so racing
 * workers (in one process or on several instances) are decided by the database: a row is claimed
 * by one worker at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has a single writer),
 * and only the worker holding its lease may say what became of it.
 */
export function createOutboxRepository(db: Knex) {
  const postgres = engineOf(db) === 'postgres';

  /** A row still pending whose lease is `owner`'s: the only one a worker may settle. */
  const held = (id: string, owner: string) =>
    db<OutboxRow>(TABLE).where({id, lease_owner: owner, status: 'pending'});

  return {
    /** Writes the notifications; one already written for the same key is left as it is. */
    async add(notifications: NewNotification[]): Promise<number> {
      if (notifications.length === 0) return 0;
      const added = await db(TABLE)
        .insert(
          notifications.map((n) => ({
            id: n.id,
            shop: n.shop,
            case_id: n.caseId,
            event_key: n.eventKey,
            recipient_id: n.recipientId,
            channel: n.channel,
            status: 'pending',
            attempts: 0,
            next_attempt_at: n.nextAttemptAt,
            created_at: n.createdAt,
            updated_at: n.createdAt,
          })),
        )
        .onConflict(['shop', 'case_id', 'event_key', 'recipient_id', 'channel'])
        .ignore()
        .returning('id');
      return added.length;
    },

    /**
     * Leases up to `limit` due rows to `owner` for `leaseMs` and counts the attempt: pending rows
     * whose time has come and that nobody holds (or whose holder let the lease expire).
     */
    async claimDue(
      owner: string,
      now: number,
      leaseMs: number,
      limit: number,
    ): Promise<Notification[]> {
      const due = db(TABLE)
        .select('id')
        .where('status', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((q) => q.whereNull('lease_expires_at').orWhere('lease_expires_at', '<=', now))
        .orderBy('next_attempt_at')
        .limit(limit);
      if (postgres) due.forUpdate().skipLocked();
      const rows: OutboxRow[] = await db(TABLE)
        .whereIn('id', due)
        .where('status', 'pending')
        .update({
          lease_owner: owner,
          lease_expires_at: now + leaseMs,
          attempts: db.raw('attempts + 1'),
          updated_at: now,
        })
        .returning('*');
      return rows.map(toNotification);
    },

    /** Marks the row sent, once: false when `owner` no longer holds it. */
    async markSent(id: string, owner: string, now: number): Promise<boolean> {
      const changed = await held(id, owner).update({
        status: 'sent',
        sent_at: now,
        lease_owner: null,
        lease_expires_at: null,
        last_error: null,
        updated_at: now,
      });
      return changed > 0;
    },

    /** Gives the row back to wait until `nextAttemptAt`; `uncount` when nothing was tried. */
    async reschedule(
      id: string,
      owner: string,
      change: {nextAttemptAt: number; lastError: string | null; now: number; uncount?: boolean},
    ): Promise<boolean> {
      const changed = await held(id, owner).update({
        next_attempt_at: change.nextAttemptAt,
        lease_owner: null,
        lease_expires_at: null,
        ...(change.lastError === null ? {} : {last_error: change.lastError}),
        ...(change.uncount ? {attempts: db.raw('attempts - 1')} : {}),
        updated_at: change.now,
      });
      return changed > 0;
    },

    /** Gives up on the row until a person retries it. */
    async markFailed(id: string, owner: string, error: string, now: number): Promise<boolean> {
      const changed = await held(id, owner).update({
        status: 'failed',
        last_error: error,
        lease_owner: null,
        lease_expires_at: null,
        updated_at: now,
      });
      return changed > 0;
    },

    /** Sets the row aside unsent, saying why: the case no longer needs anyone told. */
    async markCancelled(id: string, owner: string, reason: string, now: number): Promise<boolean> {
      const changed = await held(id, owner).update({
        status: 'cancelled',
        last_error: reason,
        lease_owner: null,
        lease_expires_at: null,
        updated_at: now,
      });
      return changed > 0;
    },

    /** A failed notification of the case, due again now with its attempts reset. */
    async retry(shop: string, caseId: string, id: string, now: number): Promise<boolean> {
      const changed = await db(TABLE)
        .where({shop, case_id: caseId, id, status: 'failed'})
        .update({status: 'pending', attempts: 0, next_attempt_at: now, updated_at: now});
      return changed > 0;
    },

    async forCase(shop: string, caseId: string): Promise<Notification[]> {
      const rows = await db<OutboxRow>(TABLE)
        .where({shop, case_id: caseId})
        .orderBy('created_at')
        .orderBy('id');
      return rows.map(toNotification);
    },

    async deleteShop(shop: string): Promise<void> {
      await db(TABLE).where({shop}).delete();
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

function toNotification(row: OutboxRow): Notification {
  const num = (value: number | string | null) => (value === null ? null : Number(value));
  const status = statusSchema.safeParse(row.status);
  const channel = channelSchema.safeParse(row.channel);
  return {
    id: row.id,
    shop: row.shop,
    caseId: row.case_id,
    eventKey: row.event_key,
    recipientId: row.recipient_id,
    channel: channel.success ? channel.data : 'email',
    status: status.success ? status.data : 'failed',
    attempts: Number(row.attempts),
    nextAttemptAt: Number(row.next_attempt_at),
    leaseOwner: row.lease_owner,
    leaseExpiresAt: num(row.lease_expires_at),
    lastError: row.last_error,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    sentAt: num(row.sent_at),
  };
}
