import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import type {LiveMessage} from '../../web/server/signals/live-hub';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;
const TOKEN = 'tok-ended';

/** Checkout started, then contact, address and shipping submitted: the shopper is on payment. */
function toPayment(start: number) {
  const names = [
    'checkout_started',
    'checkout_contact_info_submitted',
    'checkout_address_info_submitted',
    'checkout_shipping_info_submitted',
  ];
  return names.map((name, seq) => ({
    id: `ev-${randomUUID()}`,
    name,
    type: 'standard',
    timestamp: new Date(start + seq * 1_000).toISOString(),
    clientId: 'c-ended',
    seq,
    data: {
      checkout: {
        token: TOKEN,
        currencyCode: 'CAD',
        subtotalPrice: {amount: 189, currencyCode: 'CAD'},
        totalPrice: {amount: 214, currencyCode: 'CAD'},
        discountApplications: [],
        lineItems: [{quantity: 1, title: 'Sable Faux Fur Throw'}],
      },
    },
  }));
}

interface SummarySignal {
  id: string;
  type: string;
  resolvedAt: number | null;
  resolution: string | null;
}

describe.each(batteryEngines())('ended signals as the admin reads them, on %s', (engine) => {
  let t: TestHeed;
  let clock = Date.parse('2026-12-01T10:00:00.000Z');
  const heard: LiveMessage[] = [];
  let auth: string;

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
    const sent = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: toPayment(clock - 3_000)}));
    expect(sent.status).toBe(200);
    await t.heed.drainJourneys();
    clock += 40 * MINUTE;
    await t.heed.sweeps.find((s) => s.name === 'quiet journeys')?.run();
    t.heed.live.subscribe(SHOP, (message) => heard.push(message));
    const placed = new Date(clock).toISOString();
    const order = {id: 556001, updated_at: placed, created_at: placed, checkout_token: TOKEN};
    expect((await t.webhook('orders/create', SHOP, order)).status).toBe(200);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
  });
  afterAll(() => t.close());

  const abandonedOf = (signals: SummarySignal[]) => signals.find((s) => s.type === 'abandoned');

  it('when a checkout called abandoned completes, then the list shows its abandonment ended by the purchase, and it scores nothing', async () => {
    const list = await t.http.get('/api/journeys').set('Authorization', auth);
    expect(list.status).toBe(200);
    const [story] = list.body.journeys as Array<{
      signals: SummarySignal[];
      score: number;
      reasons: string[];
    }>;
    expect(abandonedOf(story?.signals ?? [])).toMatchObject({
      id: expect.any(String),
      resolvedAt: clock,
      resolution: expect.stringMatching(/bought at \d\d:\d\d UTC: the checkout completed/),
    });
    expect(story).toMatchObject({score: 0, reasons: []});
  });

  it('when the admin opens that checkout, then its story tells the same ending', async () => {
    const list = await t.http.get('/api/journeys').set('Authorization', auth);
    const id = (list.body.journeys as Array<{id: string}>)[0]?.id ?? 'none';
    const detail = await t.http.get(`/api/journeys/${id}`).set('Authorization', auth);
    expect(detail.status).toBe(200);
    const ended = abandonedOf(detail.body.journey.signals as SummarySignal[]);
    expect(ended?.resolvedAt).toBe(clock);
    expect(ended?.resolution).toMatch(/the checkout completed/);
    expect(detail.body.journey.score).toBe(0);
  });

  it('when the purchase ends the signal, then the live stream says so: the signal with its id and ending, then the journey', () => {
    const signal = heard.find((m) => m.kind === 'signal');
    expect(signal?.data).toMatchObject({
      id: expect.any(String),
      type: 'abandoned',
      resolvedAt: clock,
      resolution: expect.stringContaining('the checkout completed'),
    });
    const journey = heard.find((m) => m.kind === 'journey');
    const signals = (journey?.data as {signals: SummarySignal[]}).signals;
    expect(abandonedOf(signals)).toMatchObject({
      id: (signal?.data as {id: string}).id,
      resolvedAt: clock,
    });
  });
});
