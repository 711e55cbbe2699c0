import {randomUUID} from 'node:crypto';
import {promptly} from './writer-priority';
import type {Knex} from 'knex';
import type {Engine} from './database';

/** How long a health check may take before storage counts as unhealthy, in milliseconds. */
export const HEALTH_TIMEOUT_MS = 2_000;
/** A result this recent answers the next check: /healthz costs at most one write a second. */
const REUSE_RESULT_MS = 1_000;

export interface StorageHealth {
  engine: Engine;
  healthy: boolean;
  /** Reads answer (on SQLite, through the readers beside the writer). */
  readable: boolean;
  /** A tiny write commits: false on a full disk, a read-only database, a write lock held elsewhere. */
  writable: boolean;
  latencyMs: number;
}

type Outcome = 'ok' | 'failed' | 'timeout';

/**
 * Storage health within `HEALTH_TIMEOUT_MS`, whatever storage does: a read, then a write of one
 * row in a transaction (`storage_probe`, one row per instance), each raced against the time left.
 * A read alone said "healthy" on a full disk and hung behind a held write lock. A probe that has
 * not finished by the next check is not joined by another: storage is still stuck, and the check
 * says so at once instead of queueing one more statement behind it.
 */
export function createHealthProbe(deps: {engine: Engine; writer: Knex; reader: Knex}) {
  const instance = randomUUID();
  let last: {at: number; health: StorageHealth} | null = null;
  let inFlight: Promise<StorageHealth> | null = null;
  const unfinished = new Set<Promise<unknown>>();

  async function bounded(work: Promise<unknown>, deadline: number): Promise<Outcome> {
    unfinished.add(work);
    const settled = work.then(
      () => 'ok' as const,
      () => 'failed' as const,
    );
    void settled.finally(() => unfinished.delete(work));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - performance.now()));
    });
    const outcome = await Promise.race([settled, timedOut]);
    clearTimeout(timer);
    return outcome;
  }

  async function check(): Promise<StorageHealth> {
    const started = performance.now();
    const deadline = started + HEALTH_TIMEOUT_MS;
    const result = (readable: boolean, writable: boolean): StorageHealth => ({
      engine: deps.engine,
      healthy: readable && writable,
      readable,
      writable,
      latencyMs: Math.round(performance.now() - started),
    });
    if (unfinished.size > 0) return result(false, false);
    const cancel = {cancel: deps.engine === 'postgres'};
    const read = await bounded(
      Promise.resolve(deps.reader.raw('select 1').timeout(HEALTH_TIMEOUT_MS, cancel)),
      deadline,
    );
    if (read !== 'ok') return result(false, false);
    // Whether storage takes writes, not how long background work queues: the probe goes first.
    const write = await bounded(
      promptly(() =>
        deps.writer.transaction(async (trx) => {
          await trx('storage_probe')
            .insert({instance, checked_at: Date.now()})
            .onConflict('instance')
            .merge()
            .timeout(HEALTH_TIMEOUT_MS, cancel);
        }),
      ),
      deadline,
    );
    return result(true, write === 'ok');
  }

  return function health(): Promise<StorageHealth> {
    if (last && performance.now() - last.at < REUSE_RESULT_MS) return Promise.resolve(last.health);
    inFlight ??= check()
      .then((health) => {
        last = {at: performance.now(), health};
        return health;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}
