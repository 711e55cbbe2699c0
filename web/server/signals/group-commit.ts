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
 * Groups are fair and bounded when told how (`key`, `split`, `join`, `maxGroupWeight`): a heavy
 * item is written in parts of at most `maxGroupWeight` (its caller resolves once every part has
 * committed, with the parts' results joined), and each group takes parts round-robin across keys
 * (for ingest: shops), so one shop's 300-event batch never makes another shop's three events wait
 * behind all of it: they ride in the next group, beside the big batch's next part.
 *
 * A group fails as a whole; when `retryAlone` says its failure may belong to one item (a value
 * one storage refuses, not storage being away), each item is written again on its own, so one
 * bad item never fails the others it happened to share a transaction with.
 */
export interface GroupCommitOptions<T, R = unknown> {
  /** Items written in one transaction at most. */
  maxItems?: number;
  /** How much waiting work an item is (for ingest: its events). */
  weight?: (item: T) => number;
  maxWaiting?: number;
  maxWaitMs?: number;
  retryAlone?: (error: unknown) => boolean;
  /** Whose an item is: groups take from each key in turn. */
  key?: (item: T) => string;
  /** The weight a group holds at most (one part heavier than it is still written, alone). */
  maxGroupWeight?: number;
  /** Cuts an item into parts of at most `maxWeight` each (the item itself when it is light). */
  split?: (item: T, maxWeight: number) => T[];
  /** One result for the caller from its parts' results, in the parts' order. */
  join?: (results: R[]) => R;
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

interface Entry<R> {
  weight: number;
  settled: boolean;
  /** Parts still waiting in a queue (not yet taken into a write). */
  queued: number;
  results: Array<R | undefined>;
  remaining: number;
  timer?: NodeJS.Timeout;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

interface Part<T, R> {
  entry: Entry<R>;
  item: T;
  index: number;
  weight: number;
}

export function createGroupCommitter<T, R>(
  write: (items: T[]) => Promise<R[]>,
  options: GroupCommitOptions<T, R> = {},
) {
  const maxItems = options.maxItems ?? 200;
  const weight = options.weight ?? (() => 1);
  const maxWaiting = options.maxWaiting ?? Infinity;
  const retryAlone = options.retryAlone ?? (() => false);
  const keyOf = options.key ?? (() => '');
  const maxGroupWeight = options.maxGroupWeight ?? Infinity;
  const split = options.split;
  const join = options.join ?? ((results: R[]) => results[0] as R);
  /** Waiting parts per key, each key's in arrival order; keys in the order they are served. */
  const queues = new Map<string, Array<Part<T, R>>>();
  let waiting = 0;
  let writing = false;
  /** When the write in progress started (ms, monotonic), while one is. */
  let writeStartedAt: number | null = null;

  function settle(entry: Entry<R>, outcome: {ok: true; value: R} | {ok: false; error: unknown}) {
    if (entry.settled) return;
    entry.settled = true;
    clearTimeout(entry.timer);
    if (outcome.ok) entry.resolve(outcome.value);
    else entry.reject(outcome.error);
  }

  function partDone(part: Part<T, R>, value: R) {
    const {entry} = part;
    if (entry.settled || entry.results[part.index] !== undefined) return;
    entry.results[part.index] = value;
    entry.remaining -= 1;
    if (entry.remaining === 0) settle(entry, {ok: true, value: join(entry.results as R[])});
  }

  async function writeGroup(group: Array<Part<T, R>>) {
    try {
      writeStartedAt = performance.now();
      const results = await write(group.map((g) => g.item)).finally(() => {
        writeStartedAt = null;
      });
      group.forEach((g, i) => {
        const value = results[i];
        if (value === undefined) {
          settle(g.entry, {ok: false, error: new Error('group commit returned too few results')});
        } else partDone(g, value);
      });
    } catch (error) {
      if (group.length === 1 || !retryAlone(error)) {
        group.forEach((g) => settle(g.entry, {ok: false, error}));
        return;
      }
      for (const g of group) {
        if (!g.entry.settled) await writeGroup([g]);
      }
    }
  }

  /** The next group: one part from each key in turn, until the group is full or nothing waits. */
  function takeGroup(): Array<Part<T, R>> {
    const group: Array<Part<T, R>> = [];
    let groupWeight = 0;
    while (queues.size > 0 && group.length < maxItems) {
      let took = false;
      for (const [key, parts] of queues) {
        const part = parts[0];
        if (!part) continue;
        // The rest of a batch whose caller was already told it failed is not written.
        if (part.entry.settled) {
          parts.shift();
          part.entry.queued -= 1;
          waiting -= part.weight;
          if (parts.length === 0) queues.delete(key);
          took = true;
          continue;
        }
        if (group.length > 0 && groupWeight + part.weight > maxGroupWeight) continue;
        parts.shift();
        // The key served goes to the back of the turn; an emptied one leaves it.
        queues.delete(key);
        if (parts.length > 0) queues.set(key, parts);
        group.push(part);
        groupWeight += part.weight;
        part.entry.queued -= 1;
        waiting -= part.weight;
        took = true;
        if (group.length >= maxItems) break;
      }
      if (!took) break;
    }
    return group;
  }

  async function drain() {
    writing = true;
    for (let group = takeGroup(); group.length > 0; group = takeGroup()) {
      // Callers that gave up while queued left the queue: what they submitted is not written.
      await writeGroup(group);
    }
    writing = false;
  }

  function giveUp(entry: Entry<R>, waitedMs: number) {
    if (entry.queued > 0) {
      for (const [key, parts] of queues) {
        const kept = parts.filter((p) => p.entry !== entry);
        for (const p of parts) if (p.entry === entry) waiting -= p.weight;
        if (kept.length > 0) queues.set(key, kept);
        else queues.delete(key);
      }
      entry.queued = 0;
    }
    settle(entry, {ok: false, error: new StorageTimeoutError(waitedMs)});
  }

  return {
    submit(item: T): Promise<R> {
      const itemWeight = weight(item);
      if (queues.size > 0 && waiting + itemWeight > maxWaiting) {
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
      const items = split && itemWeight > maxGroupWeight ? split(item, maxGroupWeight) : [item];
      return new Promise<R>((resolve, reject) => {
        const entry: Entry<R> = {
          weight: itemWeight,
          settled: false,
          queued: items.length,
          results: items.map(() => undefined),
          remaining: items.length,
          resolve,
          reject,
        };
        if (maxWaitMs !== undefined) {
          entry.timer = setTimeout(() => giveUp(entry, maxWaitMs), maxWaitMs);
        }
        const key = keyOf(item);
        const parts = queues.get(key) ?? [];
        items.forEach((part, index) => {
          const partWeight = items.length === 1 ? itemWeight : weight(part);
          parts.push({entry, item: part, index, weight: partWeight});
          waiting += partWeight;
        });
        queues.set(key, parts);
        if (!writing) void drain();
      });
    },
    /** The weight of what waits for the next write (not what is being written). */
    waiting: () => waiting,
  };
}
