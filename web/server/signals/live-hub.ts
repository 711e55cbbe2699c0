/** A message for the admin's live view: a journey changed, a signal was raised, a case changed. */
export interface LiveMessage {
  kind: 'journey' | 'signal' | 'case';
  data: unknown;
}

type Listener = (message: LiveMessage) => void;

/** Carries a message to the other instances of Heed (see `live-fanout.ts`). */
export type LiveRelay = (shop: string, message: LiveMessage) => void;

/**
 * Fan-out of live updates, per shop. Each shop's listeners see only that shop's messages.
 * `publish` delivers to this instance's listeners and hands the message to the relay, which
 * carries it to the other instances; they `deliver` it to theirs.
 */
export function createLiveHub() {
  const listeners = new Map<string, Set<Listener>>();
  /** How to end each open stream: a stopping server ends them instead of waiting on them. */
  const streams = new Set<() => void>();
  let relay: LiveRelay | null = null;
  function deliver(shop: string, message: LiveMessage): void {
    for (const listener of listeners.get(shop) ?? []) listener(message);
  }
  return {
    subscribe(shop: string, listener: Listener): () => void {
      const set = listeners.get(shop) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(shop, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(shop);
      };
    },
    publish(shop: string, message: LiveMessage): void {
      deliver(shop, message);
      relay?.(shop, message);
    },
    deliver,
    /** Sets (or, with null, removes) where published messages go besides this instance. */
    relayTo(next: LiveRelay | null): void {
      relay = next;
    },
    listenerCount(shop: string): number {
      return listeners.get(shop)?.size ?? 0;
    },
    /** Keeps how to end an open stream until it closes (the returned function forgets it). */
    holdStream(end: () => void): () => void {
      streams.add(end);
      return () => streams.delete(end);
    },
    /** Ends every open stream; the admins reconnect, to this instance's successor. */
    endStreams(): number {
      const open = [...streams];
      streams.clear();
      for (const end of open) end();
      return open.length;
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
