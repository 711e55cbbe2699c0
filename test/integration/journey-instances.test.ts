import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {checkoutEvent} from '../support/pixel-events';
import {journeyIdFor} from '../../web/server/signals/journey';
import {readJourney} from '../../web/server/signals/journey-state';

const SHOP = 'fabulous-furs.myshopify.com';
const ROUNDS = 12;

/**
 * Two Heed instances on one database apply events to the same journey at the same instant: each
 * reads the journey, applies its own batch and writes it back. Whichever writes second must build
 * on the first one's journey, not on the state both read.
 */
describe.each(batteryEngines())('one journey on two instances, on %s', (engine) => {
  let first: TestHeed;
  let second: TestHeed;
  let key: string;

  beforeAll(async () => {
    first = await startTestHeed({engine});
    second = await startTestHeed({engine, sharedWith: first});
    await first.install(SHOP);
    key = await first.ingestKey(SHOP);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  /** Posts a batch as the pixel does: a 503 (one SQLite file, two writers) is sent again. */
  async function send(instance: TestHeed, events: unknown[]): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await instance.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key, events}));
      if (response.status === 200) return;
      expect(response.status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the batch was never acknowledged');
  }

  it('when both instances apply events to one journey at once, many times, then the journey holds every event of both', async () => {
    const token = `tok-both-${engine}`;
    const sent: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const one = checkoutEvent('checkout_contact_info_submitted', {seq: 2 * round}, token);
      const two = checkoutEvent('checkout_address_info_submitted', {seq: 2 * round + 1}, token);
      sent.push(one.id, two.id);
      await Promise.all([send(first, [one]), send(second, [two])]);
      await Promise.all([first.heed.drainJourneys(), second.heed.drainJourneys()]);
    }
    const id = journeyIdFor(SHOP, {checkoutToken: token, clientId: null});
    const record = await first.heed.storage.journeys.get(SHOP, id);
    const journey = readJourney(record?.state);
    expect([...journey.eventIds].sort()).toEqual([...sent].sort());
    const rows: Array<{journey_id: string | null; applied_at: unknown}> = await first.heed.storage
      .db('pixel_events')
      .where({shop: SHOP, checkout_token: token});
    expect(rows).toHaveLength(sent.length);
    expect(rows.every((r) => r.journey_id === id && r.applied_at !== null)).toBe(true);
  });
});
