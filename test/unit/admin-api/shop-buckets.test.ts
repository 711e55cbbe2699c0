import {describe, expect, it} from 'vitest';
import {createShopBuckets} from '../../../web/server/admin-api/shop-buckets';
import {MAX_THROTTLE_WAIT_MS} from '../../../web/server/admin-api/throttle';

const SHOP = 'fabulous-furs.myshopify.com';
const answer = (requested: number, available: number) => ({
  requestedQueryCost: requested,
  actualQueryCost: requested,
  throttleStatus: {maximumAvailable: 400, currentlyAvailable: available, restoreRate: 100},
});

describe('shop buckets', () => {
  it('when nothing was heard of the shop or the operation, then a query goes at once', () => {
    const buckets = createShopBuckets(() => 0);
    expect(buckets.waitBefore(SHOP, 'Discounts')).toBe(0);
    buckets.heard(SHOP, 'Discounts', answer(250, 0));
    expect(buckets.waitBefore(SHOP, 'Unknown')).toBe(0);
    expect(buckets.waitBefore('other.myshopify.com', 'Discounts')).toBe(0);
  });

  it('when the bucket cannot pay for the query yet, then it waits for the points it lacks', () => {
    let now = 0;
    const buckets = createShopBuckets(() => now);
    buckets.heard(SHOP, 'Discounts', answer(250, 50));
    // 200 points short at 100 a second.
    expect(buckets.waitBefore(SHOP, 'Discounts')).toBe(2_000);
    now = 10_000;
    expect(buckets.waitBefore(SHOP, 'Discounts')).toBe(0);
  });

  it('when queries are sent together, then each reserves its points and the next waits behind it', () => {
    const buckets = createShopBuckets(() => 0);
    buckets.heard(SHOP, 'Discounts', answer(250, 400));
    expect(buckets.waitBefore(SHOP, 'Discounts')).toBe(0);
    // 150 left: the second waits for 100 more, the third for 350 more.
    expect(buckets.waitBefore(SHOP, 'Discounts')).toBe(1_000);
    expect(buckets.waitBefore(SHOP, 'Discounts')).toBe(3_500);
  });

  it('when the wait would be long, then it is bounded', () => {
    const buckets = createShopBuckets(() => 0);
    buckets.heard(SHOP, 'Huge', {
      ...answer(5_000, 0),
      throttleStatus: {maximumAvailable: 10_000, currentlyAvailable: 0, restoreRate: 1},
    });
    expect(buckets.waitBefore(SHOP, 'Huge')).toBe(MAX_THROTTLE_WAIT_MS);
  });
});
