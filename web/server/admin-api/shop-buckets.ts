import type {QueryCost} from './result';
import {MAX_THROTTLE_WAIT_MS} from './throttle';

interface KnownBucket {
  available: number;
  maximum: number;
  restoreRate: number;
  atMs: number;
}

/**
 * What Heed last heard of each shop's query-cost bucket (`extensions.cost.throttleStatus`) and of
 * what each operation costs, so that a query the bucket cannot pay for yet waits before it is
 * sent, rather than being sent to be answered THROTTLED. Queries sent meanwhile (a verification's
 * parallel look-ups) reserve their points, so they queue behind each other. Shopify's answer
 * stays the authority: each one resets what is known of the bucket, and THROTTLED and 429 are
 * still handled by the retries.
 */
export function createShopBuckets(now: () => number) {
  const buckets = new Map<string, KnownBucket>();
  const costs = new Map<string, number>();

  return {
    /** How long to wait before sending `operation` to `shop`; reserves the points it will cost. */
    waitBefore(shop: string, operation: string): number {
      const bucket = buckets.get(shop);
      const cost = costs.get(operation);
      if (!bucket || cost === undefined) return 0;
      const at = now();
      const refilled = ((at - bucket.atMs) / 1000) * bucket.restoreRate;
      const available = Math.min(bucket.maximum, bucket.available + refilled);
      buckets.set(shop, {...bucket, available: available - cost, atMs: at});
      if (available >= cost) return 0;
      const waitMs = Math.ceil(((cost - available) / bucket.restoreRate) * 1000);
      return Math.min(waitMs, MAX_THROTTLE_WAIT_MS);
    },

    /** Shopify's answer said what the query cost and what the bucket holds now. */
    heard(shop: string, operation: string, cost: QueryCost): void {
      costs.set(operation, cost.requestedQueryCost);
      const {currentlyAvailable, maximumAvailable, restoreRate} = cost.throttleStatus;
      buckets.set(shop, {
        available: currentlyAvailable,
        maximum: maximumAvailable,
        restoreRate,
        atMs: now(),
      });
    },
  };
}

export type ShopBuckets = ReturnType<typeof createShopBuckets>;
