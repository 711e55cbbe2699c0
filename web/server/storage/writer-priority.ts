import {AsyncLocalStorage} from 'node:async_hooks';
import type {Knex} from 'knex';

/**
 * SQLite has one writer connection, and every write — an ingest acknowledgement a pixel waits on,
 * a journey run, a case opening, a notification sent — queues for it. knex's pool serves that
 * queue first come, first served, so under one shop's burst a small batch of another shop waited
 * behind dozens of background transactions. Work run `promptly` goes before every background
 * write still waiting: it waits at most for the transaction in flight. The order of writes is
 * all that changes; each still commits whole, and the writer is never idle while anything waits.
 */
const prompt = new AsyncLocalStorage<true>();

/** Runs `work` with its writes ahead of queued background writes (on SQLite; elsewhere as is). */
export function promptly<T>(work: () => Promise<T>): Promise<T> {
  return prompt.run(true, work);
}

/** The writer stayed busy longer than a write may wait for it (a lock held, a stuck disk). */
export class WriterTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`the writer connection stayed busy for ${waitedMs} ms`);
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
 * Puts the priority queue in front of a knex instance whose pool holds one connection. A write
 * that waits longer than `timeoutMs` fails with `WriterTimeoutError` (storage unavailable, as
 * knex's own acquire timeout is), leaving the queue.
 */
export function prioritiseWriter(db: Knex, timeoutMs: number): void {
  const client = db.client as PooledClient;
  const acquire = client.acquireConnection.bind(client);
  const release = client.releaseConnection.bind(client);
  const promptQueue: Waiter[] = [];
  const backgroundQueue: Waiter[] = [];
  let held = false;

  function handOn() {
    const next = promptQueue.shift() ?? backgroundQueue.shift();
    if (!next) {
      held = false;
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
    if (held) await waitTurn();
    held = true;
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
