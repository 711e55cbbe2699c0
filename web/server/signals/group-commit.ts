/**
 * Group commit: requests that arrive while a transaction is being written wait and share the next
 * one. Each caller still resolves only after the transaction holding its items has committed, so
 * "acknowledge after commit" holds, while one commit serves many requests under load.
 *
 * What waits is bounded: past `maxWaiting` (measured by `weight`), `submit` refuses at once with
 * `BacklogFullError` instead of letting memory and waiting times grow without end while storage
 * falls behind. A backlog that is empty takes any item, however heavy.
 */
export interface GroupCommitOptions<T> {
  /** Items written in one transaction at most. */
  maxItems?: number;
  /** How much waiting work an item is (for ingest: its events). */
  weight?: (item: T) => number;
  maxWaiting?: number;
}

export class BacklogFullError extends Error {
  constructor(waiting: number) {
    super(`write backlog full (${waiting} waiting)`);
    this.name = 'BacklogFullError';
  }
}

export function createGroupCommitter<T, R>(
  write: (items: T[]) => Promise<R[]>,
  options: GroupCommitOptions<T> = {},
) {
  const maxItems = options.maxItems ?? 200;
  const weight = options.weight ?? (() => 1);
  const maxWaiting = options.maxWaiting ?? Infinity;
  let queue: Array<{item: T; resolve: (r: R) => void; reject: (e: unknown) => void}> = [];
  let waiting = 0;
  let writing = false;

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const group = queue.slice(0, maxItems);
      queue = queue.slice(group.length);
      for (const g of group) waiting -= weight(g.item);
      try {
        const results = await write(group.map((g) => g.item));
        group.forEach((g, i) => {
          const result = results[i];
          if (result === undefined) g.reject(new Error('group commit returned too few results'));
          else g.resolve(result);
        });
      } catch (error) {
        group.forEach((g) => g.reject(error));
      }
    }
    writing = false;
  }

  return {
    submit(item: T): Promise<R> {
      const itemWeight = weight(item);
      if (queue.length > 0 && waiting + itemWeight > maxWaiting) {
        return Promise.reject(new BacklogFullError(waiting));
      }
      return new Promise<R>((resolve, reject) => {
        queue.push({item, resolve, reject});
        waiting += itemWeight;
        if (!writing) void drain();
      });
    },
    /** The weight of what waits for the next write (not what is being written). */
    waiting: () => waiting,
  };
}
