import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {mintCheckoutToken} from '../support/shopify-tokens';
import {checkoutEvent} from '../support/pixel-events';
import {createBatchWriter} from '../../web/server/signals/batch-writer';
import type {IngestBatch, StoredPixelEvent} from '../../web/server/storage/pixel-events-repository';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';
const NUL = '\u0000';
const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function campaignBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Winter email',
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'email_subscribers'},
      minimum: null,
    },
    recipients: 100,
    email: {links: [], html: null},
    discountCodes: ['WINTER20'],
    attributionKey: 'winter-email',
    sendAt: iso(-DAY),
    promiseStartsAt: iso(-DAY),
    promiseEndsAt: iso(5 * DAY),
    ...overrides,
  };
}

function storedEvent(eventId: string): StoredPixelEvent {
  return {
    eventId,
    name: 'checkout_started',
    clientId: 'client-1',
    checkoutToken: null,
    occurredAt: Date.now(),
    seq: 0,
    payload: '{}',
  };
}

describe.each(batteryEngines())('text no storage can hold (U+0000), on %s', (engine) => {
  let t: TestHeed;
  let keys: Record<string, string>;
  let auth: string;
  const post = (shop: string, events: unknown[]) =>
    t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop, key: keys[shop], events}));

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    await t.install(OTHER);
    keys = {[SHOP]: await t.ingestKey(SHOP), [OTHER]: await t.ingestKey(OTHER)};
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
  });
  afterAll(() => t.close());

  it.each(['id', 'name', 'clientId'])(
    'when an event’s %s holds U+0000, then that event is quarantined and the rest of its batch stored',
    async (field) => {
      const before = await t.heed.storage.pixelEvents.counts(SHOP);
      const bad = checkoutEvent('checkout_started', {[field]: `bad${NUL}value`}, `tok-${field}`);
      const good = [
        checkoutEvent('checkout_started', {seq: 0}, `tok-${field}-good`),
        checkoutEvent('checkout_contact_info_submitted', {seq: 1}, `tok-${field}-good`),
      ];
      const response = await post(SHOP, [good[0], bad, good[1]]);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({received: 3, accepted: 2, quarantined: 1});
      const after = await t.heed.storage.pixelEvents.counts(SHOP);
      expect(after.events - before.events).toBe(2);
      expect(after.quarantined - before.quarantined).toBe(1);
      const [latest] = await t.heed.storage.pixelEvents.quarantine(SHOP, 1);
      expect(latest?.reason).toBe(`${field}: must not contain the NUL character (U+0000)`);
    },
  );

  it('when U+0000 hides in a key or deep in the data, then that event is quarantined too', async () => {
    const inKey = checkoutEvent('checkout_started', {customData: {[`a${NUL}b`]: 1}}, 'tok-key');
    const deep = checkoutEvent('checkout_started', {
      data: {checkout: {token: `tok${NUL}`, lineItems: []}},
    });
    const response = await post(SHOP, [inKey, deep]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({accepted: 0, quarantined: 2});
  });

  it('when batches with U+0000 arrive together with another shop’s, then every batch is answered 200 and the other shop’s events are all stored', async () => {
    const before = await t.heed.storage.pixelEvents.counts(OTHER);
    const requests = Array.from({length: 24}, (_, i) =>
      i % 3 === 0
        ? post(SHOP, [checkoutEvent('checkout_started', {id: `sh-${i}${NUL}`}, `tok-mix-${i}`)])
        : post(OTHER, [checkoutEvent('checkout_started', {seq: 0}, `tok-other-${i}`)]),
    );
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses).toEqual(statuses.map(() => 200));
    const after = await t.heed.storage.pixelEvents.counts(OTHER);
    expect(after.events - before.events).toBe(16);
  });

  it('when a batch storage refuses shares a group commit with another shop’s, then the other batch still commits', async () => {
    const writer = createBatchWriter(t.heed.storage, {maxWaitingEvents: 1_000});
    const batch = (shop: string, eventIds: string[]): IngestBatch => ({
      shop,
      events: eventIds.map(storedEvent),
      quarantined: [],
      receivedAt: Date.now(),
    });
    // The first write starts at once; the next two wait for it and share one transaction.
    const first = writer.submit(batch(OTHER, ['group-first']));
    // Past the edge's checks on purpose: only PostgreSQL refuses this one.
    const refused = writer.submit(batch(SHOP, [`group-bad${NUL}`])).then(
      () => 'stored',
      () => 'refused',
    );
    const innocent = writer.submit(batch(OTHER, ['group-innocent']));
    await expect(first).resolves.toMatchObject({accepted: ['group-first']});
    await expect(innocent).resolves.toMatchObject({accepted: ['group-innocent']});
    expect(await refused).toBe(engine === 'postgres' ? 'refused' : 'stored');
  });

  it.each([
    ['a campaign name', () => campaignBody({name: `Winter${NUL}`}), 'name'],
    [
      'a campaign’s email HTML',
      () => campaignBody({email: {links: [], html: `<p>20% off${NUL}</p>`}}),
      'email.html',
    ],
    ['a key of the body', () => ({...campaignBody(), [`x${NUL}`]: 1}), 'x\\u0000'],
  ])(
    'when %s holds U+0000, then the campaign is refused with a 422 naming it and nothing is stored',
    async (_what, body, path) => {
      const before = (await t.heed.storage.campaigns.list(SHOP)).length;
      const response = await t.http.post('/api/campaigns').set('Authorization', auth).send(body());
      expect(response.status).toBe(422);
      expect(response.body.error.problems).toEqual([
        {path, message: 'must not contain the NUL character (U+0000)'},
      ]);
      expect((await t.heed.storage.campaigns.list(SHOP)).length).toBe(before);
    },
  );

  it.each([
    ['checkoutToken', {checkoutToken: `tok${NUL}`}],
    ['orderId', {orderId: `gid://shopify/Order/1${NUL}`}],
    ['code', {code: `WINTER20${NUL}`}],
  ])(
    'when a checkout outcome’s %s holds U+0000, then it is a 422 and no signal is stored',
    async (_field, extra) => {
      const {apiKey, apiSecret} = t.heed.config;
      const created = await t.http
        .post('/api/campaigns')
        .set('Authorization', auth)
        .send(campaignBody({name: `Outcome ${_field}`, attributionKey: `outcome-${_field}`}));
      expect(created.status).toBe(201);
      const response = await t.http
        .post('/api/checkout/outcome')
        .set('Authorization', `Bearer ${mintCheckoutToken({shop: SHOP, apiKey, apiSecret})}`)
        .send({
          campaignId: created.body.campaign.id,
          code: 'WINTER20',
          state: 'could_not_apply',
          reason: 'apply_error',
          ...extra,
        });
      expect(response.status).toBe(422);
      expect(await t.heed.storage.db('signals').where({shop: SHOP})).toEqual([]);
    },
  );

  it.each([
    ['a path parameter', '/api/cases/case%00id'],
    ['a query value', '/api/cases?campaign=%00'],
    ['a campaign id', '/api/campaigns/%00'],
  ])(
    'when %s holds an encoded U+0000, then it is a 400, not a storage error',
    async (_what, url) => {
      const response = await t.http.get(url).set('Authorization', auth);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('BAD_REQUEST');
    },
  );
});
