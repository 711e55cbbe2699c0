/** Requests a shop may send per second on average, and the burst it may save up. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const DEFAULT_INGEST_RATE_LIMIT: RateLimit = {perSecond: 200, burst: 400};

export type RateDecision = {ok: true} | {ok: false; retryAfterSeconds: number};

/**
 * A token bucket per shop, in memory: it protects this instance from one noisy shop. (Idempotency
 * is durable, in the database; a limit only needs to be roughly right per instance.)
 */
export function createRateLimiter(limit: RateLimit) {
  const buckets = new Map<string, {tokens: number; at: number}>();
  return {
    take(shop: string, now: number): RateDecision {
      const bucket = buckets.get(shop) ?? {tokens: limit.burst, at: now};
      const refilled = Math.min(
        limit.burst,
        bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond,
      );
      if (refilled < 1) {
        buckets.set(shop, {tokens: refilled, at: now});
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / limit.perSecond)),
        };
      }
      buckets.set(shop, {tokens: refilled - 1, at: now});
      return {ok: true};
    },
  };
}
