import type {ShopifyEvent} from './forward';

/** How long events wait to be sent together, in milliseconds: short, because a person may act on them. */
export const FLUSH_AFTER_MS = 1_000;
/** A batch is sent as soon as it holds this many events. */
export const MAX_BATCH_EVENTS = 20;
/** Beacon-style (keepalive) requests are capped by browsers at 64 KB; stay well under. */
export const MAX_BATCH_BYTES = 48 * 1024;

export interface BatcherDeps {
  send: (events: ShopifyEvent[]) => void;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/** Collects events and sends them on a short timer, on size, and at once on checkout completion. */
export function createBatcher(deps: BatcherDeps) {
  let pending: ShopifyEvent[] = [];
  let bytes = 0;
  let timer: unknown = null;

  function flush() {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    bytes = 0;
    deps.send(batch);
  }

  return {
    add(event: ShopifyEvent) {
      const size = JSON.stringify(event).length;
      if (pending.length > 0 && bytes + size > MAX_BATCH_BYTES) flush();
      pending.push(event);
      bytes += size;
      if (event.name === 'checkout_completed' || pending.length >= MAX_BATCH_EVENTS) flush();
      else if (timer === null) timer = deps.setTimer(flush, FLUSH_AFTER_MS);
    },
    flush,
  };
}
