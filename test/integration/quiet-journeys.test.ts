import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {recentFixture} from '../support/pixel-fixtures';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;

describe('quiet checkouts (the time-based sweep)', () => {
  let t: TestHeed;
  let jump = 0;
  beforeAll(async () => {
    t = await startTestHeed({now: () => Date.now() + jump});
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: recentFixture('abandonment', MINUTE)}));
    await t.heed.drainJourneys();
  });
  afterAll(() => t.close());

  const sweep = () => t.heed.sweeps.find((s) => s.name === 'quiet journeys')?.run();
  const types = async () => (await t.heed.storage.signals.list(SHOP)).map((s) => s.type);

  it('when the shopper has just gone quiet, then nothing is raised yet', async () => {
    await sweep();
    expect(await types()).not.toContain('abandoned');
  });

  it('when the abandonment window passes with no order, then the sweep raises it once, however often it runs', async () => {
    jump = 45 * MINUTE;
    await sweep();
    await sweep();
    const abandoned = (await t.heed.storage.signals.list(SHOP)).filter(
      (s) => s.type === 'abandoned',
    );
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]?.sentence.length).toBeGreaterThan(20);
  });
});
