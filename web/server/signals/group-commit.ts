/**
 * Group commit: requests that arrive while a transaction is being written wait and share the next
 * one. Each caller still resolves only after the transaction holding its items has committed, so
 * "acknowledge after commit" holds, while one commit serves many requests under load.
 *
 * What waits is bounded twice. Past `maxWaiting` (measured by `weight`), `submit` refuses at once
 * with `BacklogFullError` instead of letting memory and waiting times grow without end while
 * storage falls behind; a backlog that is empty takes any item, however heavy. And no caller waits
 * longer than `maxWaitMs`: then it gets `StorageTimeoutError` (storage is locked or gone), its
 * item leaves the queue if it was still there, and if it was already being written, that write
 * may still commit, which is why callers must be able to send the same item again (ingest
 * deduplicates on event ids). While a write has been stuck longer than that, new items are
 * refused at once.
 *
 * A group fails as a whole; when `retryAlone` says its failure may belong to one item (a value
 * one storage refuses, not storage being away), each item is written again on its own, so one
 * bad item never fails the others it happened to share a transaction with.
 */
export interface GroupCommitOptions<T> {
  /** Items written in one transaction at most. */
  maxItems?: number;
  /** How much waiting work an item is (for ingest: its events). */
  weight?: (item: T) => number;
  maxWaiting?: number;
  maxWaitMs?: number;
  retryAlone?: (error: unknown) => boolean;
}

export class BacklogFullError extends Error {
  constructor(waiting: number) {
    super(`write backlog full (${waiting} waiting)`);
    this.name = 'BacklogFullError';
  }
}

export class StorageTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`storage did not commit within ${waitedMs} ms`);
    this.name = 'StorageTimeoutError';
  }
}

interface Entry<T, R> {
  item: T;
  weight: number;
  settled: boolean;
  queued: boolean;
  timer?: NodeJS.Timeout;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

export function createGroupCommitter<T, R>(
  write: (items: T[]) => Promise<R[]>,
  options: GroupCommitOptions<T> = {},
) {
  const maxItems = options.maxItems ?? 200;
  const weight = options.weight ?? (() => 1);
  const maxWaiting = options.maxWaiting ?? Infinity;
  const retryAlone = options.retryAlone ?? (() => false);
  let queue: Array<Entry<T, R>> = [];
  let waiting = 0;
  let writing = false;
  /** When the write in progress started (ms, monotonic), while one is. */
  let writeStartedAt: number | null = null;

  function settle(entry: Entry<T, R>, outcome: {ok: true; value: R} | {ok: false; error: unknown}) {
    if (entry.settled) return;
    entry.settled = true;
    clearTimeout(entry.timer);
    if (outcome.ok) entry.resolve(outcome.value);
    else entry.reject(outcome.error);
  }

  async function writeGroup(group: Array<Entry<T, R>>) {
    try {
      writeStartedAt = performance.now();
      const results = await write(group.map((g) => g.item)).finally(() => {
        writeStartedAt = null;
      });
      group.forEach((g, i) => {
        const value = results[i];
        if (value === undefined) {
          settle(g, {ok: false, error: new Error('group commit returned too few results')});
        } else settle(g, {ok: true, value});
      });
    } catch (error) {
      if (group.length === 1 || !retryAlone(error)) {
        group.forEach((g) => settle(g, {ok: false, error}));
        return;
      }
      for (const g of group) {
        if (!g.settled) await writeGroup([g]);
      }
    }
  }

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const group = queue.slice(0, maxItems);
      queue = queue.slice(group.length);
      for (const g of group) {
        g.queued = false;
        waiting -= g.weight;
      }
      // Callers that gave up while queued left the queue: what they submitted is not written.
      await writeGroup(group);
    }
    writing = false;
  }

  function giveUp(entry: Entry<T, R>, waitedMs: number) {
    if (entry.queued) {
      entry.queued = false;
      queue = queue.filter((e) => e !== entry);
      waiting -= entry.weight;
    }
    settle(entry, {ok: false, error: new StorageTimeoutError(waitedMs)});
  }

  return {
    submit(item: T): Promise<R> {
      const itemWeight = weight(item);
      if (queue.length > 0 && waiting + itemWeight > maxWaiting) {
        return Promise.reject(new BacklogFullError(waiting));
      }
      // A write already stuck past the wait allowed (a lock held elsewhere): no use queueing.
      const maxWaitMs = options.maxWaitMs;
      if (
        maxWaitMs !== undefined &&
        writeStartedAt !== null &&
        performance.now() - writeStartedAt > maxWaitMs
      ) {
        return Promise.reject(new StorageTimeoutError(maxWaitMs));
      }
      return new Promise<R>((resolve, reject) => {
        const entry: Entry<T, R> = {
          item,
          weight: itemWeight,
          settled: false,
          queued: true,
          resolve,
          reject,
        };
        if (maxWaitMs !== undefined) {
          entry.timer = setTimeout(() => giveUp(entry, maxWaitMs), maxWaitMs);
        }
        queue.push(entry);
        waiting += itemWeight;
        if (!writing) void drain();
      });
    },
    /** The weight of what waits for the next write (not what is being written). */
    waiting: () => waiting,
  };
}
