import type {Knex} from 'knex';
import {pageOf} from './pages';

export interface ReceivedDelivery {
  shop: string;
  eventId: string;
  webhookId: string | null;
  topic: string;
  apiVersion: string | null;
  triggeredAt: number | null;
  receivedAt: number;
  payload: string;
}

/** What makes a delivery one delivery: Shopify promises event ids unique per topic, not across topics. */
export type DeliveryKey = Pick<ReceivedDelivery, 'shop' | 'eventId' | 'topic'>;

const keyOf = (key: DeliveryKey) => ({shop: key.shop, event_id: key.eventId, topic: key.topic});

export interface PendingDelivery extends ReceivedDelivery {
  attempts: number;
}

interface DeliveryRow {
  shop: string;
  event_id: string;
  webhook_id: string | null;
  topic: string;
  api_version: string | null;
  triggered_at: number | string | null;
  received_at: number | string;
  payload: string | null;
  attempts: number;
}

/**
 * Durable idempotency for webhooks: one row per (shop, X-Shopify-Event-Id, topic), kept after
 * processing.
 */
export function createWebhookDeliveriesRepository(db: Knex) {
  return {
    /** Inserts the delivery; `duplicate` when this event was already received (Shopify retries). */
    async recordReceived(d: ReceivedDelivery): Promise<'new' | 'duplicate'> {
      const inserted = await db('webhook_deliveries')
        .insert({
          shop: d.shop,
          event_id: d.eventId,
          webhook_id: d.webhookId,
          topic: d.topic,
          api_version: d.apiVersion,
          triggered_at: d.triggeredAt,
          received_at: d.receivedAt,
          status: 'received',
          attempts: 0,
          payload: d.payload,
        })
        .onConflict(['shop', 'event_id', 'topic'])
        .ignore()
        .returning('event_id');
      return inserted.length > 0 ? 'new' : 'duplicate';
    },

    /**
     * Claims a delivery for processing. The conditional update is atomic on both engines, so when
     * several instances race for one delivery exactly one wins. A claim older than
     * `staleClaimBefore` belongs to a process that died and may be taken over.
     */
    async claim(key: DeliveryKey, now: number, staleClaimBefore: number): Promise<boolean> {
      const claimed = await db('webhook_deliveries')
        .where(keyOf(key))
        // A payload cleared before processing (redacted, expired) leaves nothing to process.
        .whereNotNull('payload')
        .andWhere((q) =>
          q
            .whereIn('status', ['received', 'failed'])
            .orWhere((stale) =>
              stale.where('status', 'processing').andWhere('claimed_at', '<', staleClaimBefore),
            ),
        )
        .update({status: 'processing', claimed_at: now});
      return claimed > 0;
    },

    async markProcessed(key: DeliveryKey, now: number): Promise<void> {
      await db('webhook_deliveries')
        .where(keyOf(key))
        .update({status: 'processed', processed_at: now, payload: null, last_error: null});
    },

    async markFailed(key: DeliveryKey, reason: string): Promise<void> {
      await db('webhook_deliveries')
        .where(keyOf(key))
        .update({status: 'failed', last_error: reason.slice(0, 1000)})
        .increment('attempts', 1);
    },

    /** Deliveries stored but not processed (the process stopped in between, or a handler failed). */
    async listPending(
      receivedBefore: number,
      maxAttempts: number,
      limit: number,
    ): Promise<PendingDelivery[]> {
      const rows = await db<DeliveryRow>('webhook_deliveries')
        .where((q) =>
          q
            .whereIn('status', ['received', 'failed'])
            .orWhere((stale) =>
              stale.where('status', 'processing').andWhere('claimed_at', '<', receivedBefore),
            ),
        )
        .andWhere('received_at', '<', receivedBefore)
        .andWhere('attempts', '<', maxAttempts)
        .whereNotNull('payload')
        .orderBy('received_at')
        .limit(limit);
      return rows.map(toPending);
    },

    /**
     * Clears the payloads of up to `limit` deliveries, across shops, received before `before` and
     * never processed (their handler kept failing): they become `expired`, and no sweep retries
     * them. A processed delivery has no payload left to clear. Answers how many were cleared.
     */
    async expirePayloadsReceivedBefore(before: number, limit: number): Promise<number> {
      return pageOf(
        db,
        'webhook_deliveries',
        (q) => q.where('received_at', '<', before).whereNotNull('payload'),
        limit,
      ).update({status: 'expired', payload: null});
    },

    /**
     * Deliveries of the shop not processed yet whose payload contains one of `needles` (compared
     * in lower case), a page at a time after `afterEventId`: candidates for a customer's
     * redaction, which checks each payload itself.
     */
    async unprocessedContaining(
      shop: string,
      needles: string[],
      limit: number,
      after: {eventId: string; topic: string} | null,
    ): Promise<Array<{eventId: string; topic: string; payload: string}>> {
      if (needles.length === 0) return [];
      const rows: Array<{event_id: string; topic: string; payload: string}> = await db(
        'webhook_deliveries',
      )
        .where({shop})
        .whereNotNull('payload')
        .andWhere((q) => {
          for (const needle of needles) q.orWhereRaw('lower(payload) like ?', [`%${needle}%`]);
        })
        .modify((q) => {
          if (after !== null) {
            q.andWhere((page) =>
              page
                .where('event_id', '>', after.eventId)
                .orWhere((same) =>
                  same.where('event_id', after.eventId).andWhere('topic', '>', after.topic),
                ),
            );
          }
        })
        .orderBy([{column: 'event_id'}, {column: 'topic'}])
        .limit(limit)
        .select('event_id', 'topic', 'payload');
      return rows.map((r) => ({eventId: r.event_id, topic: r.topic, payload: r.payload}));
    },

    /** Clears a delivery's payload before it is processed; it becomes `redacted`, never retried. */
    async redactPayload(key: DeliveryKey): Promise<void> {
      await db('webhook_deliveries')
        .where(keyOf(key))
        .whereNotNull('payload')
        .update({status: 'redacted', payload: null});
    },

    /** The delivery's status; without a topic, that of the event's delivery for any topic. */
    async status(shop: string, eventId: string, topic?: string): Promise<string | undefined> {
      const row = await db('webhook_deliveries')
        .where({shop, event_id: eventId})
        .modify((q) => {
          if (topic !== undefined) q.andWhere({topic});
        })
        .first('status');
      return row ? String(row.status) : undefined;
    },

    async countForShop(shop: string): Promise<number> {
      const row = await db('webhook_deliveries').where({shop}).count({n: '*'}).first();
      return Number(row?.n ?? 0);
    },

    async deleteShop(shop: string): Promise<void> {
      await db('webhook_deliveries').where({shop}).delete();
    },
  };
}

export type WebhookDeliveriesRepository = ReturnType<typeof createWebhookDeliveriesRepository>;

function toPending(row: DeliveryRow): PendingDelivery {
  return {
    shop: row.shop,
    eventId: row.event_id,
    webhookId: row.webhook_id,
    topic: row.topic,
    apiVersion: row.api_version,
    triggeredAt: row.triggered_at === null ? null : Number(row.triggered_at),
    receivedAt: Number(row.received_at),
    payload: row.payload ?? '',
    attempts: row.attempts,
  };
}
