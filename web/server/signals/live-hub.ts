/** A message for the admin's live view: a journey changed, or a new signal was raised. */
export interface LiveMessage {
  kind: 'journey' | 'signal';
  data: unknown;
}

type Listener = (message: LiveMessage) => void;

/**
 * In-process fan-out of live updates, per shop. Each shop's listeners see only that shop's
 * messages. (Across instances, PostgreSQL LISTEN/NOTIFY feeds `publish` on every instance.)
 */
export function createLiveHub() {
  const listeners = new Map<string, Set<Listener>>();
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
      for (const listener of listeners.get(shop) ?? []) listener(message);
    },
    listenerCount(shop: string): number {
      return listeners.get(shop)?.size ?? 0;
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
