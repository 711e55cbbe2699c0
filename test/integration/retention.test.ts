import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';

const SHOP = 'fabulous-furs.myshopify.com';
const DAY = 86_400_000;

describe('raw event retention', () => {
  let t: TestHeed;
  let clock = Date.now();
  const sweep = () => t.heed.sweeps.find((s) => s.name === 'raw event retention')?.run();
  const stored = () =>
    t.heed.storage.pixelEvents.forJourney(SHOP, {checkoutToken: 'tok-kept', clientId: null});

  beforeAll(async () => {
    t = await startTestHeed({now: () => clock});
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(
        JSON.stringify({
          shop: SHOP,
          key,
          events: [
            checkoutEvent('checkout_started', {}, 'tok-kept'),
            {id: 'sh-no-time', name: 'checkout_started', type: 'standard'},
          ],
        }),
      );
    expect(response.body).toMatchObject({accepted: 1, quarantined: 1});
    await t.heed.drainJourneys();
  });
  afterAll(() => t.close());

  it('when raw events are younger than thirty days, then the sweep keeps them', async () => {
    clock += 29 * DAY;
    expect(await sweep()).toEqual({events: 0, quarantined: 0});
    expect(await stored()).toHaveLength(1);
  });

  it('when they are older, then the sweep deletes them and the quarantined payloads, and the journey stays', async () => {
    clock += 2 * DAY;
    expect(await sweep()).toEqual({events: 1, quarantined: 1});
    expect(t.logs()).toContain('raw events past retention deleted');
    expect(await stored()).toEqual([]);
    expect(await t.heed.storage.pixelEvents.counts(SHOP)).toEqual({events: 0, quarantined: 0});
    const journeys = await t.heed.storage.journeys.recent(SHOP, 0, 10);
    expect(journeys.map((j) => j.checkoutToken)).toContain('tok-kept');
  });
});
