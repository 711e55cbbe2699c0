import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {journeyIdFor} from '../../web/server/signals/journey';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;

/** A pixel event at a time of the shopper's clock; standard events name their checkout. */
function pixelEvent(
  name: string,
  {token, clientId, at, seq}: {token: string | null; clientId: string; at: number; seq: number},
) {
  const dom = token === null;
  return {
    id: `ev-${randomUUID()}`,
    name,
    type: dom ? 'dom' : 'standard',
    timestamp: new Date(at).toISOString(),
    clientId,
    seq,
    data: dom
      ? {element: {id: 'postalCode', name: 'postalCode', tagName: 'INPUT', type: 'text'}}
      : {
          checkout: {
            token,
            email: `${clientId}@example.com`,
            currencyCode: 'CAD',
            subtotalPrice: {amount: 189, currencyCode: 'CAD'},
            totalPrice: {amount: 214, currencyCode: 'CAD'},
            discountApplications: [],
            lineItems: [{quantity: 1, title: 'Sable Faux Fur Throw'}],
          },
        },
  };
}

/** Checkout started, then contact, address and shipping submitted: the shopper is on payment. */
function toPayment(token: string, clientId: string, start: number) {
  const names = [
    'checkout_started',
    'checkout_contact_info_submitted',
    'checkout_address_info_submitted',
    'checkout_shipping_info_submitted',
  ];
  return names.map((name, i) => pixelEvent(name, {token, clientId, at: start + i * 1_000, seq: i}));
}

describe.each(batteryEngines())('journeys a person can rely on, on %s', (engine) => {
  let t: TestHeed;
  let key: string;
  let clock = Date.parse('2026-12-01T10:00:00.000Z');
  const sweep = () => t.heed.sweeps.find((s) => s.name === 'quiet journeys')?.run();

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
  });
  afterAll(() => t.close());

  async function send(events: unknown[]) {
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    expect(response.status).toBe(200);
    await t.heed.drainJourneys();
  }
  const journeyOf = (token: string) =>
    t.heed.storage.journeys.get(SHOP, journeyIdFor(SHOP, {checkoutToken: token, clientId: null}));
  const signalsOf = async (token: string) =>
    t.heed.storage.signals.forJourney(SHOP, (await journeyOf(token))?.id ?? 'none');
  const open = async (token: string) =>
    (await signalsOf(token)).filter((s) => s.resolvedAt === null).map((s) => s.type);

  it('when events naming no checkout come first, then no journey is made of them and the checkout keeps one id for life', async () => {
    clock = Date.parse('2026-12-01T10:00:00.000Z');
    const dom = pixelEvent('input_changed', {token: null, clientId: 'c-first', at: clock, seq: 0});
    await send([dom]);
    const rows = await t.heed.storage.db('pixel_events').where({shop: SHOP, event_id: dom.id});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({journey_id: null});
    expect(rows[0]?.applied_at).not.toBeNull();
    expect(await t.heed.storage.journeys.latestForClient(SHOP, 'c-first')).toBeUndefined();

    await send(toPayment('tok-first', 'c-first', clock + 1_000));
    const journey = await journeyOf('tok-first');
    expect(journey?.id).toBe(journeyIdFor(SHOP, {checkoutToken: 'tok-first', clientId: null}));
    const orphans = await t.heed.storage
      .db('signals')
      .where({shop: SHOP})
      .whereNotNull('journey_id')
      .whereNotIn('journey_id', t.heed.storage.db('journeys').select('id'));
    expect(orphans).toEqual([]);
  });

  it('when a finished checkout’s device sends events naming no checkout, then they are kept unattached', async () => {
    clock = Date.parse('2026-12-01T11:00:00.000Z');
    await send([
      ...toPayment('tok-shared', 'c-shared', clock - 5_000),
      pixelEvent('checkout_completed', {
        token: 'tok-shared',
        clientId: 'c-shared',
        at: clock,
        seq: 9,
      }),
    ]);
    const before = await journeyOf('tok-shared');
    clock += MINUTE;
    const later = pixelEvent('input_changed', {
      token: null,
      clientId: 'c-shared',
      at: clock,
      seq: 0,
    });
    await send([later]);
    const after = await journeyOf('tok-shared');
    expect(after?.state).toEqual(before?.state);
    const [row] = await t.heed.storage.db('pixel_events').where({shop: SHOP, event_id: later.id});
    expect(row).toMatchObject({journey_id: null});
  });

  it('when a stall ends in leaving, then it is told once, as leaving, and the score counts that only', async () => {
    clock = Date.parse('2026-12-01T12:00:00.000Z');
    await send(toPayment('tok-left', 'c-left', clock - 3_000));
    clock += 6 * MINUTE;
    await sweep();
    expect(await open('tok-left')).toEqual(['stalled']);
    clock += 30 * MINUTE;
    await sweep();
    expect(await open('tok-left')).toEqual(['abandoned']);
    const stalled = (await signalsOf('tok-left')).find((s) => s.type === 'stalled');
    expect(stalled?.resolution).toMatch(/told as leaving/i);
    const journey = await journeyOf('tok-left');
    expect(journey?.score).toBe(30);
  });

  it('when the order arrives after the checkout was called abandoned, then abandonment ends with the purchase', async () => {
    clock = Date.parse('2026-12-01T13:00:00.000Z');
    await send(toPayment('tok-late', 'c-late', clock - 3_000));
    clock += 40 * MINUTE;
    await sweep();
    expect(await open('tok-late')).toEqual(['abandoned']);
    const placed = new Date(clock).toISOString();
    const order = {id: 555001, updated_at: placed, created_at: placed, checkout_token: 'tok-late'};
    expect((await t.webhook('orders/create', SHOP, order)).status).toBe(200);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
    expect(await open('tok-late')).toEqual([]);
    const abandoned = (await signalsOf('tok-late')).find((s) => s.type === 'abandoned');
    expect(abandoned?.resolution).toMatch(/bought at \d\d:\d\d UTC/);
    const journey = await journeyOf('tok-late');
    expect(journey).toMatchObject({score: 0, orderId: 'gid://shopify/Order/555001'});
  });

  it('when the shopper orders through a draft order after leaving checkout, then nobody is told to chase them', async () => {
    clock += 3 * 60 * MINUTE;
    await send(toPayment('tok-phone', 'c-phone', clock - 3_000));
    clock += 40 * MINUTE;
    await sweep();
    expect(await open('tok-phone')).toEqual(['abandoned']);
    const placed = new Date(clock).toISOString();
    const order = {
      id: 555002,
      updated_at: placed,
      created_at: placed,
      checkout_token: null,
      source_name: 'shopify_draft_order',
      email: 'c-phone@example.com',
    };
    expect((await t.webhook('orders/create', SHOP, order)).status).toBe(200);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
    expect(await open('tok-phone')).toEqual([]);
    const abandoned = (await signalsOf('tok-phone')).find((s) => s.type === 'abandoned');
    expect(abandoned?.resolution).toMatch(/ordered through a draft order at \d\d:\d\d UTC/);
    expect((await journeyOf('tok-phone'))?.score).toBe(0);
  });

  it.each([
    ['50 minutes slow', -50 * MINUTE],
    ['60 minutes fast', 60 * MINUTE],
  ])(
    'when the shopper’s clock is %s, then stalls and abandonment come at the same server times as with a right clock',
    async (_label, skew) => {
      clock += 3 * 60 * MINUTE;
      const token = `tok-skew-${skew}`;
      const right = `tok-right-${skew}`;
      await send(toPayment(token, `c-skew-${skew}`, clock - 3_000 + skew));
      await send(toPayment(right, `c-right-${skew}`, clock - 3_000));
      const skewed = await journeyOf(token);
      const truth = await journeyOf(right);
      expect(Math.abs((skewed?.lastActivityAt ?? 0) - (truth?.lastActivityAt ?? 0))).toBeLessThan(
        MINUTE,
      );
      clock += MINUTE;
      await sweep();
      expect(await open(token)).toEqual(await open(right));
      expect(await open(token)).toEqual([]);
      clock += 6 * MINUTE;
      await sweep();
      expect(await open(token)).toEqual(['stalled']);
      clock += 30 * MINUTE;
      await sweep();
      expect(await open(token)).toEqual(['abandoned']);
      expect(await open(right)).toEqual(['abandoned']);
    },
  );
});
