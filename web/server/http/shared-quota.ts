import type {Knex} from 'knex';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type {Logger} from '../logger';

/** So many points per window of so many seconds, per key (a fixed window). */
export interface Quota {
  points: number;
  perSeconds: number;
}

export type QuotaDecision = {ok: true} | {ok: false; retryAfterSeconds: number};

/** Where the counts live: this process (SQLite runs one instance), or PostgreSQL for all of them. */
export type QuotaStore = {kind: 'memory'} | {kind: 'postgres'; db: Knex};

/** The table migration 022 creates; every quota shares it, told apart by key prefix. */
export const RATE_LIMITS_TABLE = 'rate_limits';

/**
 * How long a request waits for the shared count before this instance decides alone. The upsert
 * takes a millisecond; a limiter that waits longer is a table in trouble, not a busy shop.
 */
export const QUOTA_WAIT_MS = 500;

/** One log line per quota per this long while its store fails, not one per request. */
const STORE_FAILURE_LOG_EVERY_MS = 60_000;

/** Sources remembered as over their quota, at most; beyond it, expired ones are forgotten. */
const MAX_REMEMBERED_BLOCKS = 10_000;

export interface SharedQuota {
  /** Counts `cost` points for `key` and says whether they fit in its window. */
  consume(key: string, cost: number): Promise<QuotaDecision>;
  /**
   * Whether this instance already refused `key` in its current window, without a query: lets a
   * flood be answered before any other work is done for it.
   */
  refusedHere(key: string): QuotaDecision;
}

/**
 * A quota counted across every Heed instance on PostgreSQL (rate-limiter-flexible's upsert of one
 * row per key and window), or in memory on SQLite.
 *
 * The hot path stays cheap: `inMemoryBlockOnConsumed` set to the quota makes a key that used its
 * whole window answer from memory until the window ends, so a noisy shop at ten times its quota
 * costs PostgreSQL one upsert per instance and window, not one per batch.
 *
 * When the shared count fails or is slow (the table locked, the pool exhausted, the database
 * away), the quota fails OPEN to a per-instance count in memory, and says so in the log: a
 * limiter exists to protect ingest, and refusing a shop's events because the limiter's own table
 * is in trouble would lose the very events it protects. The per-instance count still stops one
 * noisy shop; N instances then allow N times the quota until the store is back. (The library's
 * `insuranceLimiter` does the same fallback but silently, and has no timeout.)
 */
export function createSharedQuota(
  name: string,
  quota: Quota,
  store: QuotaStore,
  logger: Logger,
): SharedQuota {
  const options = {keyPrefix: name, points: quota.points, duration: quota.perSeconds};
  const local = new RateLimiterMemory(options);
  const shared: RateLimiterAbstract | null =
    store.kind === 'postgres'
      ? new RateLimiterPostgres({
          ...options,
          storeClient: store.db,
          storeType: 'knex',
          tableName: RATE_LIMITS_TABLE,
          tableCreated: true,
          inMemoryBlockOnConsumed: quota.points,
        })
      : null;
  const blocked = new Map<string, number>();
  let lastFailureLogAt = -Infinity;

  function remember(key: string, res: RateLimiterRes): QuotaDecision {
    const waitMs = Math.max(res.msBeforeNext, 0);
    if (blocked.size >= MAX_REMEMBERED_BLOCKS) forgetExpired(blocked, Date.now());
    if (blocked.size < MAX_REMEMBERED_BLOCKS) blocked.set(key, Date.now() + waitMs);
    return {ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000))};
  }

  async function consumeOn(limiter: RateLimiterAbstract, key: string, cost: number) {
    try {
      await limiter.consume(key, cost);
      return {ok: true} as const;
    } catch (error) {
      if (error instanceof RateLimiterRes) return remember(key, error);
      throw error;
    }
  }

  return {
    async consume(key, cost) {
      if (!shared) return consumeOn(local, key, cost);
      try {
        return await withTimeout(consumeOn(shared, key, cost), QUOTA_WAIT_MS);
      } catch (error) {
        if (Date.now() - lastFailureLogAt >= STORE_FAILURE_LOG_EVERY_MS) {
          lastFailureLogAt = Date.now();
          logger.warn(
            {err: error, quota: name},
            'shared rate limit unavailable; counting on this instance only',
          );
        }
        return consumeOn(local, key, cost);
      }
    },
    refusedHere(key) {
      // The library's clock (Date.now) sets the windows, so the same clock reads them.
      const now = Date.now();
      const until = blocked.get(key);
      if (until === undefined) return {ok: true};
      if (until <= now) {
        blocked.delete(key);
        return {ok: true};
      }
      return {ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000))};
    },
  };
}

function forgetExpired(blocked: Map<string, number>, now: number) {
  for (const [key, until] of blocked) if (until <= now) blocked.delete(key);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`rate limit store took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
