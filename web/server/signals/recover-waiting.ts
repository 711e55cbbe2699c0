import type {Logger} from '../logger';
import type {Storage} from '../storage';
import type {ReceivedEvent} from './apply-event';
import type {Placement} from './commit-journeys';
import {checkPixelEvent} from './pixel-event';

/** A committed event not applied after this long was lost to a crash (or a failed run). */
export const RECOVER_AFTER_MS = 30_000;
const RECOVERY_PAGE = 2_000;

/**
 * Applies events committed but never applied (a crash, a failed run), oldest first, through the
 * same queue as fresh batches; answers how many it found. Events that no longer pass the event
 * schema are marked applied to no journey, and logged, so they are not retried forever.
 */
export async function recoverWaiting(deps: {
  storage: Storage;
  logger: Logger;
  now: () => number;
  enqueue: (shop: string, events: ReceivedEvent[]) => Promise<void>;
}): Promise<number> {
  const waiting = await deps.storage.pixelEvents.waiting(
    deps.now() - RECOVER_AFTER_MS,
    RECOVERY_PAGE,
  );
  const byShop = new Map<string, ReceivedEvent[]>();
  const unreadable = new Map<string, Placement>();
  for (const row of waiting) {
    const checked = checkPixelEvent(parseJson(row.payload));
    if (!checked.ok) {
      const placement = unreadable.get(row.shop) ?? {journeyId: null, events: []};
      placement.events.push({clientId: row.clientId, eventId: row.eventId});
      unreadable.set(row.shop, placement);
      continue;
    }
    const list = byShop.get(row.shop) ?? [];
    list.push({event: checked.value, receivedAt: row.receivedAt});
    byShop.set(row.shop, list);
  }
  for (const [shop, placement] of unreadable) {
    deps.logger.error({shop, events: placement.events.length}, 'stored events unreadable');
    await deps.storage.pixelEvents.markApplied(shop, [placement], deps.now());
  }
  await Promise.all(
    [...byShop].map(([shop, events]) =>
      deps.enqueue(shop, events).catch(() => {
        // Logged by the queue; the events stay waiting for the next recovery.
      }),
    ),
  );
  if (waiting.length > 0) deps.logger.info({events: waiting.length}, 'waiting events applied');
  return waiting.length;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
