import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';
import {MAX_INPUT_DEPTH} from '../../web/server/http/storable-input';

const SHOP = 'fabulous-furs.myshopify.com';

/** `levels` arrays inside each other, as JSON text: 5,000 levels are 10 KB. */
const nestedJson = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe.each(batteryEngines())('input nested deeper than anything real, on %s', (engine) => {
  let t: TestHeed;
  let key: string;
  let auth: string;
  /** A batch as the pixel sends it, with `deep` spliced in as the customData of one event. */
  const postWithDeepEvent = (deepLevels: number, padding: unknown[] = []) => {
    const good = [
      checkoutEvent('checkout_started', {seq: 0}, `tok-deep-${deepLevels}`),
      checkoutEvent('checkout_contact_info_submitted', {seq: 1}, `tok-deep-${deepLevels}`),
    ];
    const deep = checkoutEvent('heed:promo_applied', {type: 'custom', customData: '@@DEEP@@'});
    const body = JSON.stringify({shop: SHOP, key, events: [good[0], deep, ...padding, good[1]]});
    return t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(body.replace('"@@DEEP@@"', nestedJson(deepLevels)));
  };

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
  });
  afterAll(() => t.close());

  it.each([5_000, 100_000])(
    'when one event nests %i arrays, then it is quarantined with its reason and the others of the batch are stored',
    async (levels) => {
      const before = await t.heed.storage.pixelEvents.counts(SHOP);
      const response = await postWithDeepEvent(levels);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({received: 3, accepted: 2, quarantined: 1});
      const after = await t.heed.storage.pixelEvents.counts(SHOP);
      expect(after.events - before.events).toBe(2);
      const [latest] = await t.heed.storage.pixelEvents.quarantine(SHOP, 1);
      expect(latest?.reason).toBe(
        `customData.0.0.0.0.0…: must not be nested more than ${MAX_INPUT_DEPTH} levels deep`,
      );
    },
  );

  it('when the deep event comes in a batch large enough for each event to be measured, then the batch is still stored', async () => {
    const padding = Array.from({length: 12}, (_, i) =>
      checkoutEvent('clicked', {type: 'dom', seq: 10 + i, customData: 'x'.repeat(3_000)}),
    );
    const response = await postWithDeepEvent(5_000, padding);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({received: 15, accepted: 14, quarantined: 1});
  });

  it('when an event is exactly as deep as allowed, then it is stored', async () => {
    // The event object is one level and customData another: this leaves customData at the limit.
    const response = await postWithDeepEvent(MAX_INPUT_DEPTH - 1);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({accepted: 3, quarantined: 0});
  });

  it.each([
    ['POST', '/api/campaigns', 'name'],
    ['PUT', '/api/settings/hesitation', 'stallAfterMinutes'],
    ['POST', '/api/rules/preview', 'conditions'],
  ])(
    'when a %s %s body nests 5,000 arrays, then it is a 422, not a crash',
    async (method, path, field) => {
      const body = `{"${field}":${nestedJson(5_000)}}`;
      const request = method === 'PUT' ? t.http.put(path) : t.http.post(path);
      const response = await request
        .set('Authorization', auth)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status).toBe(422);
      expect(response.body.error.problems[0].message).toBe(
        `must not be nested more than ${MAX_INPUT_DEPTH} levels deep`,
      );
    },
  );
});
