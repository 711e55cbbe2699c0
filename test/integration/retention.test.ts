import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';
import {batteryEngines} from '../support/databases';
import {journeyIdFor} from '../../web/server/signals/journey';
import type {Signal} from '../../web/server/storage/signals-repository';

const SHOP = 'fabulous-furs.myshopify.com';
const DAY = 86_400_000;
const ORDER = 'gid://shopify/Order/5829471046813';

describe.each(batteryEngines())('retention on %s', (engine) => {
  let t: TestHeed;
  const start = Date.now();
  let clock = start;
  const at = (days: number) => {
    clock = start + days * DAY;
  };
  const sweep = () => t.heed.sweeps.find((s) => s.name === 'retention')?.run();
  const stored = () =>
    t.heed.storage.pixelEvents.forJourney(SHOP, {checkoutToken: 'tok-kept', clientId: null});
  const journeyId = journeyIdFor(SHOP, {checkoutToken: 'tok-kept', clientId: null});
  const delivery = (eventId: string) =>
    t.heed.storage.db('webhook_deliveries').where({shop: SHOP, event_id: eventId}).first();
  const signal = (id: string, journey: string | null): Signal => ({
    id,
    shop: SHOP,
    type: 'stalled',
    severity: 'medium',
    sentence: 'Stalled on the payment step.',
    evidence: {},
    source: journey ? 'pixel' : 'checkout_extension',
    campaignId: null,
    checkoutToken: null,
    orderId: null,
    customerId: null,
    occurredAt: start,
    recordedAt: start,
    journeyId: journey,
    dedupeKey: id,
  });

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
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
    await t.heed.storage.signals.addNew([signal('s-journey', journeyId), signal('s-alone', null)]);
    const order = {
      id: 5829471046813,
      created_at: new Date(start).toISOString(),
      updated_at: new Date(start).toISOString(),
      email: 'dana.whitfield@example.com',
      customer: {id: 6940095564061},
      source_name: 'pos',
    };
    await t.webhook('orders/create', SHOP, order, {eventId: 'evt-order'});
    await t.webhook(
      'orders/create',
      SHOP,
      {id: 77, updated_at: 'not a date'},
      {eventId: 'evt-bad'},
    );
    await t.webhook(
      'customers/data_request',
      SHOP,
      {
        shop_domain: SHOP,
        customer: {id: 6940095564061, email: 'dana.whitfield@example.com'},
        orders_requested: [5829471046813],
        data_request: {id: 41},
      },
      {eventId: 'evt-data-request'},
    );
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
    expect(await delivery('evt-bad')).toMatchObject({status: 'failed'});
    expect((await delivery('evt-bad'))?.payload).toContain('not a date');
  });
  afterAll(() => t.close());

  it('when a failed delivery is younger than seven days, then its payload stays for the retries', async () => {
    at(6);
    expect(await sweep()).toMatchObject({webhookPayloads: 0});
    expect((await delivery('evt-bad'))?.payload).toContain('not a date');
  });

  it('when a delivery that kept failing is older than seven days, then its payload is cleared and it is never retried', async () => {
    at(8);
    expect(await sweep()).toMatchObject({webhookPayloads: 1, events: 0});
    expect(await delivery('evt-bad')).toMatchObject({status: 'expired', payload: null});
    expect(await t.heed.webhookProcessor.recoverPending()).toBe(0);
    expect(t.logs()).toContain('data past retention deleted');
  });

  it('when raw events are younger than thirty days, then the sweep keeps them', async () => {
    at(29);
    expect(await sweep()).toMatchObject({events: 0, quarantined: 0, gdprExports: 0});
    expect(await stored()).toHaveLength(1);
  });

  it('when raw events and a data-request export are older, then they go, and the journey and the record of the request stay', async () => {
    at(31);
    expect(await sweep()).toMatchObject({events: 1, quarantined: 1, gdprExports: 1});
    expect(await stored()).toEqual([]);
    expect(await t.heed.storage.pixelEvents.counts(SHOP)).toEqual({events: 0, quarantined: 0});
    expect(await t.heed.storage.journeys.get(SHOP, journeyId)).toBeDefined();
    const [request] = await t.heed.storage.gdprRequests.listForShop(SHOP);
    expect(request).toMatchObject({topic: 'customers/data_request', export: null});
  });

  it('when commerce facts, journeys and signals are younger than a year, then they stay', async () => {
    at(364);
    expect(await sweep()).toMatchObject({commerceRecords: 0, journeys: 0, signals: 0});
    expect(await t.heed.storage.commerceRecords.get(SHOP, 'order', ORDER)).toBeDefined();
  });

  it('when they are older than a year, then the order, the journey and its signals and the signals of no journey go', async () => {
    at(366);
    expect(await sweep()).toMatchObject({commerceRecords: 1, journeys: 1, signals: 2});
    expect(await t.heed.storage.commerceRecords.get(SHOP, 'order', ORDER)).toBeUndefined();
    expect(await t.heed.storage.journeys.get(SHOP, journeyId)).toBeUndefined();
    expect(await t.heed.storage.signals.list(SHOP)).toEqual([]);
  });
});
