/** Requests a shop may send per second on average, and the burst it may save up. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export type RateDecision = {ok: true} | {ok: false; retryAfterSeconds: number};

/**
 * A token bucket per key, in memory, for the checkout extension's help asks (checkout/help-route.ts):
 * a few a minute, where per instance is right enough. Pixel ingest, where one shop's volume
 * matters across instances, counts events in signals/ingest-limits.ts.
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
