import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';
import {recentFixture} from '../support/pixel-fixtures';
import {hashEmail} from '../../web/server/privacy';
import {UNLIMITED_INGEST} from '../../web/server/signals/ingest-limits';

const SHOP = 'fabulous-furs.myshopify.com';

describe('pixel ingest over HTTP', () => {
  let t: TestHeed;
  let key: string;
  const send = (body: unknown, contentType = 'text/plain') =>
    t.http
      .post('/api/pixel/events')
      .set('Content-Type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  beforeAll(async () => {
    t = await startTestHeed({ingestLimits: UNLIMITED_INGEST});
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
  });
  afterAll(() => t.close());

  it('when a valid batch arrives, then it is acknowledged after it is stored', async () => {
    const events = [
      checkoutEvent('checkout_started'),
      checkoutEvent('checkout_contact_info_submitted', {seq: 2}),
    ];
    const response = await send({shop: SHOP, key, events});
    expect(response.status).toBe(200);
    expect(response.body).toEqual({received: 2, accepted: 2, duplicates: 0, quarantined: 0});
    // Acknowledged means committed: the events are readable right away.
    const stored = await t.heed.storage.pixelEvents.forJourney(SHOP, {
      checkoutToken: 'tok-ingest-1',
      clientId: null,
    });
    expect(stored.map((e) => e.name)).toEqual([
      'checkout_started',
      'checkout_contact_info_submitted',
    ]);
    // The request line names the endpoint, not the path inside its router, and never the key.
    expect(t.logs()).toContain('"path":"/api/pixel/events"');
    expect(t.logs()).not.toContain(key);
  });

  it('when a checkout names the shopper, then what is stored keeps no email, phone or address, and the journey still knows the shopper by a hash', async () => {
    const events = recentFixture('abandonment', 60_000) as Array<{
      data?: {checkout?: {token?: string}};
    }>;
    const token = events.find((e) => e.data?.checkout?.token)?.data?.checkout?.token ?? '';
    expect(JSON.stringify(events)).toMatch(/dana\.whitfield@example\.com/);
    const response = await send({shop: SHOP, key, events});
    expect(response.status).toBe(200);
    const stored = await t.heed.storage.pixelEvents.forJourney(SHOP, {
      checkoutToken: token,
      clientId: null,
    });
    expect(stored.length).toBeGreaterThan(0);
    const payloads = stored.map((e) => e.payload).join('\n');
    expect(payloads).not.toMatch(/whitfield|5550147|"shippingAddress"|"billingAddress"|"phone"/i);
    await t.heed.drainJourneys();
    const journey = (await t.heed.storage.journeys.recent(SHOP, 0, 50)).find(
      (j) => j.checkoutToken === token,
    );
    const identity = (journey?.state as {identity?: {emailHash?: string}} | undefined)?.identity;
    expect(identity?.emailHash).toBe(hashEmail(SHOP, 'dana.whitfield@example.com'));
  });

  it('when an event is quarantined, then its reason is kept but not what the shopper typed nor the page address', async () => {
    const response = await send({
      shop: SHOP,
      key,
      events: [
        {
          id: 'sh-typed',
          name: 'input_changed',
          type: 'dom',
          clientId: 'client-typed',
          seq: 1,
          context: {document: {location: {href: 'https://shop.example/checkouts/cn/abc?utm=x'}}},
          data: {element: {id: 'number', name: 'number', value: '4242 4242 4242 4242'}},
        },
      ],
    });
    expect(response.body).toMatchObject({accepted: 0, quarantined: 1});
    const rows = await t.heed.storage
      .db('pixel_quarantine')
      .where({shop: SHOP})
      .select('payload', 'reason');
    const row = rows.find((r: {payload: string}) => r.payload.includes('sh-typed'));
    expect(row?.reason).toMatch(/timestamp/);
    expect(row?.payload).not.toMatch(/4242|shop\.example|context/);
    expect(JSON.parse(String(row?.payload))).toMatchObject({
      id: 'sh-typed',
      data: {element: {id: 'number', name: 'number'}},
    });
  });

  it('when the same batch arrives twice, then one copy is kept', async () => {
    const events = [checkoutEvent('checkout_shipping_info_submitted', {}, 'tok-dup')];
    await send({shop: SHOP, key, events});
    const again = await send({shop: SHOP, key, events});
    expect(again.body).toEqual({received: 1, accepted: 0, duplicates: 1, quarantined: 0});
    expect(
      await t.heed.storage.pixelEvents.forJourney(SHOP, {checkoutToken: 'tok-dup', clientId: null}),
    ).toHaveLength(1);
  });

  it('when some events fail the schema, then they are quarantined with a reason and good + quarantined = received', async () => {
    const before = await t.heed.storage.pixelEvents.counts(SHOP);
    const events = [
      checkoutEvent('checkout_started', {}, 'tok-mixed'),
      {name: 'no id or timestamp'},
      checkoutEvent('alert_displayed', {timestamp: 'yesterday'}),
    ];
    const response = await send({shop: SHOP, key, events});
    expect(response.body).toEqual({received: 3, accepted: 1, duplicates: 0, quarantined: 2});
    const after = await t.heed.storage.pixelEvents.counts(SHOP);
    expect(after.quarantined - before.quarantined).toBe(2);
    const reasons = (await t.heed.storage.pixelEvents.quarantine(SHOP)).map((q) => q.reason);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringContaining('timestamp')]));
  });

  it('when one event is over 32 KB, then it alone is quarantined', async () => {
    const big = checkoutEvent(
      'checkout_started',
      {customData: {blob: 'x'.repeat(33 * 1024)}},
      'tok-big',
    );
    const response = await send({
      shop: SHOP,
      key,
      events: [big, checkoutEvent('checkout_started', {}, 'tok-small')],
    });
    expect(response.body).toMatchObject({received: 2, accepted: 1, quarantined: 1});
  });

  it('when the batch is over 500 KB, then it is a 413 and nothing is stored', async () => {
    const before = await t.heed.storage.pixelEvents.counts(SHOP);
    const events = Array.from({length: 40}, () =>
      checkoutEvent('checkout_started', {customData: {blob: 'x'.repeat(15 * 1024)}}),
    );
    const response = await send({shop: SHOP, key, events});
    expect(response.status).toBe(413);
    expect(await t.heed.storage.pixelEvents.counts(SHOP)).toEqual(before);
  });

  it.each([
    [
      'an unknown shop',
      () => ({
        shop: 'stranger.myshopify.com',
        key: 'k'.repeat(32),
        events: [checkoutEvent('checkout_started')],
      }),
      403,
    ],
    [
      'a wrong key',
      () => ({shop: SHOP, key: 'w'.repeat(32), events: [checkoutEvent('checkout_started')]}),
      403,
    ],
    ['no events', () => ({shop: SHOP, key, events: []}), 422],
    [
      'a shop that is not a myshopify domain',
      () => ({shop: 'evil.example', key, events: [checkoutEvent('checkout_started')]}),
      422,
    ],
    ['not JSON at all', () => '{"shop":', 400],
  ])(
    'when the batch has %s, then it is refused and nothing is stored',
    async (_what, body, status) => {
      const before = await t.heed.storage.pixelEvents.counts(SHOP);
      const response = await send(body());
      expect(response.status).toBe(status);
      expect(await t.heed.storage.pixelEvents.counts(SHOP)).toEqual(before);
    },
  );

  it('when the pixel sends a preflight, then any origin may post', async () => {
    const response = await t.http
      .options('/api/pixel/events')
      .set('Origin', 'https://fabulous-furs.myshopify.com');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('pixel ingest limits and failures', () => {
  it('when a shop sends faster than its limit, then it gets 429 with Retry-After and the extra batch is not stored', async () => {
    // A window longer than the test: the count cannot reset between the batches.
    const t = await startTestHeed({
      ingestLimits: {...UNLIMITED_INGEST, eventsPerShop: {points: 2, perSeconds: 600}},
    });
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(
          JSON.stringify({
            shop: SHOP,
            key,
            events: [checkoutEvent('checkout_started', {}, `tok-rate-${i}`)],
          }),
        );
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        // The pixel's page is another origin: it may read the header only when it is exposed.
        expect(response.headers['access-control-expose-headers']).toBe('Retry-After');
      }
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(
      await t.heed.storage.pixelEvents.forJourney(SHOP, {
        checkoutToken: 'tok-rate-2',
        clientId: null,
      }),
    ).toEqual([]);
    await t.close();
  });

  it('when storage falls behind and the backlog is full, then the next batch gets a 503 with Retry-After at once and is not stored', async () => {
    const t = await startTestHeed({ingestMaxWaitingEvents: 1});
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    const batch = (token: string) =>
      t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(
          JSON.stringify({shop: SHOP, key, events: [checkoutEvent('checkout_started', {}, token)]}),
        );
    // A long transaction holds SQLite's one writer: batches must wait for it.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const holding = t.heed.storage.transaction(() => held);
    const writing = batch('tok-backlog-1').then((r) => r); // taken for the next write
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = batch('tok-backlog-2').then((r) => r); // waits: the backlog is now full
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await batch('tok-backlog-3');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body.error).toMatchObject({code: 'STORAGE_UNAVAILABLE'});
    release();
    await holding;
    expect((await writing).status).toBe(200);
    expect((await waiting).status).toBe(200);
    const stored = async (checkoutToken: string) =>
      (await t.heed.storage.pixelEvents.forJourney(SHOP, {checkoutToken, clientId: null})).length;
    expect([await stored('tok-backlog-1'), await stored('tok-backlog-2')]).toEqual([1, 1]);
    expect(await stored('tok-backlog-3')).toBe(0);
    await t.close();
  });

  it('when the database cannot be written, then the batch gets a 503 and is not acknowledged', async () => {
    const t = await startTestHeed();
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    // The table the batch goes to is gone: reads of the shop work, the write fails.
    await t.heed.storage.db.schema.dropTable('pixel_quarantine');
    await t.heed.storage.db.schema.renameTable('pixel_events', 'pixel_events_away');
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: [checkoutEvent('checkout_started')]}));
    expect(response.status).toBe(503);
    expect(response.body.error).toMatchObject({code: 'STORAGE_UNAVAILABLE'});
    expect(JSON.stringify(response.body)).not.toMatch(/pixel_events|sqlite|no such table/i);
    await t.close();
  });
});
