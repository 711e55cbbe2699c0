import {AsyncLocalStorage} from 'node:async_hooks';
import type {Knex} from 'knex';

/**
 * SQLite has one writer connection, and every write — an ingest acknowledgement a pixel waits on,
 * a journey run, a case opening, a notification sent — queues for it; PostgreSQL's pool has a few,
 * which one shop's burst of journey and case work can fill as well. knex's pool serves its queue
 * first come, first served, so a small batch of another shop waited behind dozens of background
 * transactions. Work run `promptly` goes before every background use still waiting: it waits at
 * most for one connection to come back. The order is all that changes; each transaction still
 * commits whole, and no connection is idle while anything waits.
 */
const prompt = new AsyncLocalStorage<true>();

/** Runs `work` with its writes ahead of queued background writes (on SQLite; elsewhere as is). */
export function promptly<T>(work: () => Promise<T>): Promise<T> {
  return prompt.run(true, work);
}

/** Every connection stayed busy longer than a use may wait (a lock held, a stuck disk, a burst). */
export class WriterTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`no storage connection came free within ${waitedMs} ms`);
    this.name = 'WriterTimeoutError';
  }
}

interface PooledClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<void>;
}

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Puts the priority queue in front of a knex instance whose pool holds `connections` at most. A
 * use that waits longer than `timeoutMs` fails with `WriterTimeoutError` (storage unavailable, as
 * knex's own acquire timeout is), leaving the queue.
 */
export function prioritiseConnections(db: Knex, connections: number, timeoutMs: number): void {
  const client = db.client as PooledClient;
  const acquire = client.acquireConnection.bind(client);
  const release = client.releaseConnection.bind(client);
  const promptQueue: Waiter[] = [];
  const backgroundQueue: Waiter[] = [];
  /** Connections handed out (or being acquired) and not yet released. */
  let inUse = 0;

  function handOn() {
    const next = promptQueue.shift() ?? backgroundQueue.shift();
    if (!next) {
      inUse -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.grant();
  }

  function waitTurn(): Promise<void> {
    const queue = prompt.getStore() ? promptQueue : backgroundQueue;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          const at = queue.indexOf(waiter);
          if (at !== -1) queue.splice(at, 1);
          reject(new WriterTimeoutError(timeoutMs));
        }, timeoutMs),
      };
      queue.push(waiter);
    });
  }

  client.acquireConnection = async () => {
    // A use handed a turn inherits the connection count of the one that released.
    if (inUse >= connections) await waitTurn();
    else inUse += 1;
    try {
      return await acquire();
    } catch (error) {
      handOn();
      throw error;
    }
  };
  client.releaseConnection = async (connection: unknown) => {
    try {
      await release(connection);
    } finally {
      handOn();
    }
  };
}
