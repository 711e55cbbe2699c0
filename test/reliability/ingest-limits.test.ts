import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';
import type {IngestLimits} from '../../web/server/signals/ingest-limits';

/** Windows far longer than a test, so no count resets while one runs. */
const LIMITS: IngestLimits = {
  eventsPerShop: {points: 500, perSeconds: 600},
  refusedPerSource: {points: 5, perSeconds: 600},
};
const QUIET = 'quiet-shop.myshopify.com';

/** `count` events of one checkout of its own. */
const batch = (count: number, token: string) =>
  Array.from({length: count}, (_, i) => checkoutEvent('checkout_started', {seq: i + 1}, token));

function post(t: TestHeed, body: unknown, source = '192.0.2.10') {
  return t.http
    .post('/api/pixel/events')
    .set('Content-Type', 'text/plain')
    .set('X-Forwarded-For', source)
    .send(JSON.stringify(body));
}

async function storedFor(t: TestHeed, shop: string): Promise<number> {
  const [row] = await t.heed.storage.db('pixel_events').where({shop}).count({n: '*'});
  return Number(row?.n ?? 0);
}

describe.each(batteryEngines())('pixel ingest limits on %s', (engine) => {
  let t: TestHeed;
  const keys = new Map<string, string>();
  const shopWithKey = async (shop: string) => {
    await t.install(shop);
    keys.set(shop, await t.ingestKey(shop));
    return keys.get(shop) ?? '';
  };

  beforeAll(async () => {
    t = await startTestHeed({engine, ingestLimits: LIMITS});
    await shopWithKey(QUIET);
  });
  afterAll(() => t.close());

  it('when a shop sends a batch of 300 events, then it costs 300 of its quota, not one request', async () => {
    const shop = 'batches.myshopify.com';
    const key = await shopWithKey(shop);
    expect((await post(t, {shop, key, events: batch(300, 'tok-b1')})).status).toBe(200);
    expect((await post(t, {shop, key, events: batch(200, 'tok-b2')})).status).toBe(200);
    const over = await post(t, {shop, key, events: batch(1, 'tok-b3')});
    expect(over.status).toBe(429);
    expect(await storedFor(t, shop)).toBe(500);
  });

  it('when a shop goes over its quota, then it gets 429 with Retry-After and nothing of the batch is stored', async () => {
    const shop = 'over.myshopify.com';
    const key = await shopWithKey(shop);
    expect((await post(t, {shop, key, events: batch(400, 'tok-o1')})).status).toBe(200);
    const over = await post(t, {shop, key, events: batch(150, 'tok-o2')});
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(over.headers['access-control-expose-headers']).toBe('Retry-After');
    expect(await storedFor(t, shop)).toBe(400);
    // Another shop's count is its own.
    const quiet = await post(t, {shop: QUIET, key: keys.get(QUIET), events: batch(5, 'tok-q0')});
    expect(quiet.status).toBe(200);
  });

  it('when one shop sends ten times its quota, then it gets 429s while every batch of another shop is stored', async () => {
    const noisy = 'noisy.myshopify.com';
    const noisyKey = await shopWithKey(noisy);
    const before = await storedFor(t, QUIET);
    // 20 batches of 250 events: ten times the quota of 500, sent at once beside the quiet shop.
    const noisyPosts = Array.from({length: 20}, (_, i) =>
      post(t, {shop: noisy, key: noisyKey, events: batch(250, `tok-n${i}`)}, '198.51.100.1'),
    );
    const quietPosts = Array.from({length: 10}, (_, i) =>
      post(t, {shop: QUIET, key: keys.get(QUIET), events: batch(5, `tok-q${i + 1}`)}),
    );
    const [noisyAnswers, quietAnswers] = await Promise.all([
      Promise.all(noisyPosts),
      Promise.all(quietPosts),
    ]);
    const noisyStatuses = noisyAnswers.map((r) => r.status).sort();
    expect(noisyStatuses.filter((s) => s === 200)).toHaveLength(2);
    expect(noisyStatuses.filter((s) => s === 429)).toHaveLength(18);
    expect(await storedFor(t, noisy)).toBe(500);
    expect(quietAnswers.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await storedFor(t, QUIET)).toBe(before + 50);
  });

  it.each([
    ['a wrong key', '203.0.113.1', {shop: QUIET, key: 'not-the-key-of-this-shop'}],
    [
      'an unknown shop',
      '203.0.113.2',
      {shop: 'nobody.myshopify.com', key: 'a-key-for-nobody-here'},
    ],
  ])(
    'when one source keeps sending %s, then it gets 429 after its quota, and other sources do not',
    async (_what, source, envelope) => {
      const statuses: number[] = [];
      for (let i = 0; i < LIMITS.refusedPerSource.points + 2; i += 1) {
        const response = await post(t, {...envelope, events: batch(1, 'tok-bad')}, source);
        statuses.push(response.status);
        if (response.status === 429)
          expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      expect(statuses).toEqual([...Array(5).fill(403), 429, 429]);
      // Another source with the same bad batch is refused as usual, and a good one is stored.
      const other = await post(t, {...envelope, events: batch(1, 'tok-bad')}, '192.0.2.99');
      expect(other.status).toBe(403);
      const good = {shop: QUIET, key: keys.get(QUIET), events: batch(1, 'tok-good')};
      expect((await post(t, good, '192.0.2.99')).status).toBe(200);
      expect(await storedFor(t, 'nobody.myshopify.com')).toBe(0);
    },
  );
});

describe.runIf(batteryEngines().includes('postgres'))(
  'pixel ingest limits across two instances on one PostgreSQL database',
  () => {
    let a: TestHeed;
    let b: TestHeed;
    let key: string;
    const SHOP = 'two-doors.myshopify.com';

    beforeAll(async () => {
      a = await startTestHeed({engine: 'postgres', ingestLimits: LIMITS});
      b = await startTestHeed({sharedWith: a, ingestLimits: LIMITS});
      await a.install(SHOP);
      key = await a.ingestKey(SHOP);
    });
    afterAll(async () => {
      await b.close();
      await a.close();
    });

    it('when a shop spreads its batches over two instances, then they share one quota of events', async () => {
      expect((await post(a, {shop: SHOP, key, events: batch(300, 'tok-2a')})).status).toBe(200);
      expect((await post(b, {shop: SHOP, key, events: batch(200, 'tok-2b')})).status).toBe(200);
      // Each instance alone has counted less than the quota; together they have used it all.
      expect((await post(a, {shop: SHOP, key, events: batch(1, 'tok-2c')})).status).toBe(429);
      expect((await post(b, {shop: SHOP, key, events: batch(1, 'tok-2d')})).status).toBe(429);
      expect(await storedFor(a, SHOP)).toBe(500);
      expect(a.logs() + b.logs()).not.toContain('shared rate limit unavailable');
    });

    it('when one source sends wrong keys to both instances, then they share its quota of refusals', async () => {
      const source = '203.0.113.50';
      // Not SHOP: it used its events quota above, and a batch naming it is refused for that first.
      const bad = {
        shop: 'no-door.myshopify.com',
        key: 'not-a-key-of-anyone',
        events: batch(1, 'x'),
      };
      const statuses: number[] = [];
      for (let i = 0; i < LIMITS.refusedPerSource.points + 1; i += 1)
        statuses.push((await post(i % 2 === 0 ? a : b, bad, source)).status);
      expect(statuses).toEqual([...Array(5).fill(403), 429]);
    });

    it('when the shared count cannot be read, then ingest still stores the batch and says so in the log', async () => {
      const shop = 'limiter-down.myshopify.com';
      await a.install(shop);
      const shopKey = await a.ingestKey(shop);
      await a.heed.storage.db.schema.renameTable('rate_limits', 'rate_limits_away');
      try {
        const response = await post(a, {shop, key: shopKey, events: batch(3, 'tok-down')});
        expect(response.status).toBe(200);
        expect(await storedFor(a, shop)).toBe(3);
        expect(a.logs()).toContain('shared rate limit unavailable');
        // This instance still counts on its own: the shop cannot pass its quota here.
        const over = await post(a, {shop, key: shopKey, events: batch(498, 'tok-down2')});
        expect(over.status).toBe(429);
        expect(await storedFor(a, shop)).toBe(3);
      } finally {
        await a.heed.storage.db.schema.renameTable('rate_limits_away', 'rate_limits');
      }
    });
  },
);
