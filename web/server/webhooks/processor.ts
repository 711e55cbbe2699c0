import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {ReceivedDelivery} from '../storage/webhook-deliveries-repository';
import type {WebhookHandler} from './handler-types';
import {isKnownTopic, type WebhookTopic} from './topics';

/** A claim older than this belongs to a process that stopped mid-way; another may take it over. */
export const STALE_CLAIM_AFTER_MS = 5 * 60_000;
/** A delivery whose handler keeps failing is retried this many times, then left for a person. */
export const MAX_PROCESSING_ATTEMPTS = 5;
const RECOVERY_BATCH = 100;

export interface WebhookProcessor {
  /** Processes one stored delivery; safe to call from several instances at once. */
  process(delivery: ReceivedDelivery): Promise<'processed' | 'failed' | 'skipped'>;
  /** Picks up deliveries stored but never processed (crash, restart, failing handler). */
  recoverPending(): Promise<number>;
  /** Processes a just-acknowledged delivery in the background, tracked so shutdown can wait for it. */
  processInBackground(delivery: ReceivedDelivery): void;
  /** Resolves when no background processing is running (clean shutdown). */
  drain(): Promise<void>;
}

export function createWebhookProcessor(deps: {
  storage: Storage;
  handlers: Record<WebhookTopic, WebhookHandler>;
  logger: Logger;
  now: () => number;
}): WebhookProcessor {
  const {storage, handlers, logger, now} = deps;

  async function process(delivery: ReceivedDelivery) {
    const {shop, eventId, topic} = delivery;
    const key = {shop, eventId, topic};
    const claimed = await storage.webhookDeliveries.claim(key, now(), now() - STALE_CLAIM_AFTER_MS);
    if (!claimed) return 'skipped' as const;
    if (!isKnownTopic(topic)) {
      logger.warn({shop, topic}, 'webhook for a topic Heed does not subscribe to');
      await storage.webhookDeliveries.markProcessed(key, now());
      return 'skipped' as const;
    }
    try {
      await handlers[topic]({
        shop,
        payload: JSON.parse(delivery.payload) as unknown,
        occurredAt: delivery.triggeredAt ?? delivery.receivedAt,
      });
      await storage.webhookDeliveries.markProcessed(key, now());
      return 'processed' as const;
    } catch (error) {
      logger.error({err: error, shop, topic, eventId}, 'webhook handler failed');
      await storage.webhookDeliveries
        .markFailed(key, error instanceof Error ? error.name : 'Error')
        .catch((markError: unknown) =>
          logger.error({err: markError}, 'could not record webhook failure'),
        );
      return 'failed' as const;
    }
  }

  const inFlight = new Set<Promise<unknown>>();

  return {
    process,
    processInBackground(delivery) {
      const running = process(delivery).catch((error: unknown) => {
        logger.error({err: error, topic: delivery.topic}, 'webhook processing crashed');
      });
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async recoverPending() {
      const pending = await storage.webhookDeliveries.listPending(
        now() - STALE_CLAIM_AFTER_MS,
        MAX_PROCESSING_ATTEMPTS,
        RECOVERY_BATCH,
      );
      let processed = 0;
      for (const delivery of pending) {
        if ((await process(delivery)) === 'processed') processed += 1;
      }
      return processed;
    },
  };
}
