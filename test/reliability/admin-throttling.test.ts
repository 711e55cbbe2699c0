import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const CAMPAIGNS = 6;
const FORCED_THROTTLES = 2;
/**
 * A bucket that pays for any one of the re-check's queries (the costliest asks ~250 points) but
 * not for the re-checks of a few campaigns (~335 points each), refilling at a Plus store's rate.
 */
const BUCKET = {maximumAvailable: 400, restoreRate: 1_000};

function campaign(n: number) {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    shop: SHOP,
    name: `Winter sale, email ${n}`,
    promise: {
      kind: 'percentage' as const,
      value: 20,
      scope: {type: 'entire_order' as const},
      audience: {type: 'everyone' as const},
      minimum: null,
    },
    discountCodes: ['WINTER20'],
    sendAt: Date.now() - 86_400_000,
    promiseStartsAt: Date.now() - 86_400_000,
    promiseEndsAt: Date.now() + 5 * 86_400_000,
    recipients: null,
    attributionKey: `winter-email-${n}`,
    email: {links: [], html: null},
    createdAt: 1_000,
    updatedAt: 1_000,
  };
}

/**
 * Shopify meters Admin GraphQL by a cost-based leaky bucket per shop: a query the bucket cannot
 * pay for answers `THROTTLED` (HTTP 200, with `extensions.cost.throttleStatus`), and a client
 * over the request limit gets HTTP 429 with `Retry-After`. The simulator meters the same way.
 * Campaign re-checks due together must wait for the bucket and all complete.
 */
describe.each(batteryEngines())(
  'campaign re-checks against a throttling Shopify, on %s',
  (engine) => {
    let t: TestHeed;
    beforeAll(async () => {
      t = await startTestHeed({engine, bucket: BUCKET});
      await t.install(SHOP);
      for (let n = 0; n < CAMPAIGNS; n++)
        await t.heed.storage.campaigns.insert(campaign(n), Date.now() - 1);
    });
    afterAll(() => t.close());

    it('when the re-checks need more than the shop’s bucket holds and Shopify also answers 429, then they back off and every one completes', async () => {
      t.simulator.failNext(2, 429, 0.2);
      // Another instance of Heed spends the same bucket (it is the app's, per shop) meanwhile.
      t.simulator.throttleNext(FORCED_THROTTLES);
      const sweep = t.heed.sweeps.find((s) => s.name === 'campaign re-verification');
      const started = Date.now();
      expect(await sweep?.run()).toBe(CAMPAIGNS);
      const seconds = (Date.now() - started) / 1000;

      const requests = t.simulator.requests.filter((r) => r.shop === SHOP);
      const charged = requests.filter((r) => r.status === 200 && !r.throttled);
      const perQuery = Math.max(...charged.map((r) => r.requestedQueryCost ?? 0));
      const spent = charged.reduce((sum, r) => sum + (r.requestedQueryCost ?? 0), 0);
      // The re-checks needed more than the bucket held, and two 429s were met.
      expect(spent).toBeGreaterThan(BUCKET.maximumAvailable);
      expect(requests.filter((r) => r.status === 429)).toHaveLength(2);
      // Within the bucket: never more points than it held at the start plus what it restored.
      expect(spent).toBeLessThanOrEqual(BUCKET.maximumAvailable + BUCKET.restoreRate * seconds);
      // Paced by the bucket, not by refusals: a query waits for the points it will cost before
      // it is sent. Beyond the throttles arranged, only look-ups already on their way when the
      // bucket was emptied under them (a check sends three at once, and their retries meet again) meet THROTTLED.
      const throttled = requests.filter((r) => r.throttled).length;
      expect(throttled).toBeGreaterThanOrEqual(FORCED_THROTTLES);
      expect(throttled).toBeLessThanOrEqual(FORCED_THROTTLES + 4);
      expect(t.simulator.unusedFaults()).toBe(0);
      console.info(
        `${engine}: ${requests.length} requests, ${charged.length} charged, ${requests.filter((r) => r.throttled).length} throttled, ${perQuery} points each`,
      );

      for (let n = 0; n < CAMPAIGNS; n++) {
        const reports: Array<{health: string}> = await t.heed.storage
          .db('campaign_reports')
          .where({shop: SHOP, campaign_id: campaign(n).id, trigger: 'schedule'});
        expect(reports).toHaveLength(1);
        expect(reports[0]?.health).not.toBe('unverified');
      }
      expect(t.logs()).not.toContain('scheduled campaign check could not run');
      expect(t.logs()).not.toContain('Admin API call gave up');
    });
  },
);
