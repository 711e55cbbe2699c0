import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {findInDatabase} from '../support/scan-database';
import {campaign} from '../unit/campaigns/fixtures';
import {hashEmail} from '../../web/server/privacy';
import {journeyIdFor} from '../../web/server/signals/journey';
import type {Signal} from '../../web/server/storage/signals-repository';
import {
  ANNA,
  OMAR,
  caseWhere,
  ingestShopper,
  shopperEvents,
  staffAuth,
} from '../support/followup-shoppers';

const SHOP = 'fabulous-furs.myshopify.com';
const LEAVING = 'leaving-furs.myshopify.com';
const DANA = {
  id: 6940095564061,
  gid: 'gid://shopify/Customer/6940095564061',
  email: 'Dana.Whitfield@example.com',
  phone: '6135550142',
  street: 'Wellington Street',
};
const PAUL = {id: 7002, email: 'paul.lemieux@example.com'};
/** An order of Dana's placed as a guest: only its checkout token leads to her case. */
const GUEST_ORDER = 5829471047777;
const GUEST_TOKEN = 'tok-dana-guest';
const CASE_TABLES = ['cases', 'case_journeys', 'case_events', 'case_contacts'];

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${path}.json`, import.meta.url), 'utf8'));
const pixelEvents = read('pixel/promo-not-applied') as Array<{
  data?: {checkout?: {token?: string}};
}>;
const PIXEL_TOKEN = pixelEvents.find((e) => e.data?.checkout?.token)?.data?.checkout?.token ?? '';

function signal(id: string, customerId: string): Signal {
  return {
    id,
    shop: SHOP,
    type: 'promo_not_applied',
    severity: 'high',
    sentence: 'The promised 20% was not applied at checkout.',
    evidence: {code: 'WINTER20'},
    source: 'checkout_extension',
    campaignId: null,
    checkoutToken: null,
    orderId: null,
    customerId,
    occurredAt: Date.now(),
    recordedAt: Date.now(),
  };
}

/** Everything a shop can send Heed about a shopper: pixel events, webhooks, checkout outcomes. */
async function shopperActivity(t: TestHeed, shop: string) {
  await t.install(shop);
  const key = await t.ingestKey(shop);
  const quarantined = {
    id: 'sh-no-time',
    name: 'checkout_contact_info_submitted',
    type: 'standard',
    data: {checkout: {token: PIXEL_TOKEN, email: DANA.email, phone: `+1${DANA.phone}`}},
  };
  const response = await t.http
    .post('/api/pixel/events')
    .set('Content-Type', 'text/plain')
    .send(JSON.stringify({shop, key, events: [...pixelEvents, quarantined]}));
  expect(response.body).toMatchObject({quarantined: 1});
  for (const [topic, name] of [
    ['checkouts/create', 'checkout-create'],
    ['checkouts/update', 'checkout-update'],
    ['orders/create', 'order-create'],
  ] as const) {
    await t.webhook(topic, shop, read(`webhooks/${name}`));
  }
  await t.webhook('orders/create', shop, {
    id: 5829471049999,
    created_at: '2026-11-28T10:00:00Z',
    updated_at: '2026-11-28T10:00:00Z',
    email: PAUL.email,
    customer: {id: PAUL.id, email: PAUL.email},
    source_name: 'pos',
  });
  await t.heed.webhookProcessor.drain();
  await t.heed.drainJourneys();
  await t.webhook('customers/data_request', shop, {
    shop_domain: shop,
    customer: {id: DANA.id, email: DANA.email, phone: `+1${DANA.phone}`},
    orders_requested: [5829471046813],
    data_request: {id: 9001},
  });
  await t.heed.webhookProcessor.drain();
}

/**
 * Dana's follow-up cases, made as the shop's staff would: the case her checkout opened is claimed,
 * noted and called over HTTP; a checkout she made as a guest (no customer, no email) opens a case
 * of its own, and the order it became names neither her id nor her email.
 */
async function danasCases(t: TestHeed) {
  for (const sub of [ANNA, OMAR]) {
    const me = await t.http
      .get('/api/staff/me')
      .set('Authorization', await staffAuth(t, SHOP, sub));
    expect(me.status).toBe(200);
  }
  const as = await staffAuth(t, SHOP, OMAR);
  const followup = await caseWhere(t, SHOP, (c) => c.customerId === DANA.gid);
  for (const [action, body] of [
    ['claim', {}],
    ['note', {text: 'Promised 20% missing; calling her back.'}],
    ['call', {outcome: 'reached', notes: 'She will use the invoice.'}],
  ] as const) {
    const response = await t.http
      .post(`/api/cases/${followup.id}/${action}`)
      .set('Authorization', as)
      .send(body);
    expect(response.status).toBe(200);
  }
  const key = await t.ingestKey(SHOP);
  await ingestShopper(
    t,
    SHOP,
    key,
    shopperEvents('promo-not-applied', null, GUEST_TOKEN, {email: false}),
  );
  await t.webhook('orders/create', SHOP, {
    id: GUEST_ORDER,
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
    checkout_token: GUEST_TOKEN,
    source_name: 'web',
    currency: 'CAD',
    total_price: '240.00',
  });
  await t.heed.webhookProcessor.drain();
  await t.heed.drainJourneys();
  const journeyId = journeyIdFor(SHOP, {checkoutToken: GUEST_TOKEN, clientId: null});
  const guest = await caseWhere(t, SHOP, (c) => c.journeyIds.includes(journeyId));
  expect(guest).toMatchObject({customerId: null, emailHash: null});
  return {caseId: followup.id, guestCaseId: guest.id};
}

/** The rows of the case tables that belong to `shop`. */
async function caseRows(t: TestHeed, shop: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CASE_TABLES)
    counts[table] = (await t.heed.storage.db(table).where({shop})).length;
  return counts;
}

/** A delivery stored but not processed yet (its handler failed, or the process stopped). */
async function unprocessed(t: TestHeed, shop: string, eventId: string, payload: unknown) {
  await t.heed.storage.webhookDeliveries.recordReceived({
    shop,
    eventId,
    webhookId: null,
    topic: 'orders/create',
    apiVersion: '2026-07',
    triggeredAt: null,
    receivedAt: Date.now(),
    payload: JSON.stringify(payload),
  });
}

describe.each(batteryEngines())('GDPR erasure leaves no row behind, on %s', (engine) => {
  let t: TestHeed;
  let cases = {caseId: '', guestCaseId: ''};
  beforeAll(async () => {
    t = await startTestHeed({engine});
    await shopperActivity(t, SHOP);
    cases = await danasCases(t);
    await t.heed.storage.signals.add(signal('sig-gid', DANA.gid));
    await t.heed.storage.signals.add(signal('sig-number', String(DANA.id)));
    await unprocessed(t, SHOP, 'evt-stuck-dana', read('webhooks/order-create'));
    await unprocessed(t, SHOP, 'evt-stuck-paul', {id: 1, email: PAUL.email, note: 'call Paul'});
    await t.heed.storage.campaigns.insert(campaign({id: 'cmp-leaving', shop: LEAVING}), null);
    await t.heed.storage.mailSettings.save({
      shop: LEAVING,
      host: 'smtp.leaving-furs.example',
      port: 587,
      secure: false,
      username: 'shop@leaving-furs.example',
      passwordSealed: 'v1.sealed',
      fromAddress: 'shop@leaving-furs.example',
      updatedAt: Date.now(),
    });
    await shopperActivity(t, LEAVING);
    // The leaving shop's staff opened the admin and its default rules were installed.
    const lead = await staffAuth(t, LEAVING, ANNA);
    expect((await t.http.get('/api/staff/me').set('Authorization', lead)).status).toBe(200);
    expect((await t.http.get('/api/rules').set('Authorization', lead)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('when nothing was redacted yet, then the scan finds the customer where Heed keeps them (the scan works)', async () => {
    const found = await findInDatabase(t.heed.storage, [DANA.gid, hashEmail(SHOP, DANA.email)]);
    const tables = new Set(found.map((f) => f.table));
    for (const table of ['commerce_records', 'journeys', 'signals', 'gdpr_requests', 'cases'])
      expect(tables).toContain(table);
    const rows = await caseRows(t, SHOP);
    for (const table of CASE_TABLES) expect(rows[table]).toBeGreaterThan(0);
  });

  it('when a customer asks for their data, then the export holds their cases: what each was about, its timeline and the contacts made', async () => {
    await t.webhook('customers/data_request', SHOP, {
      shop_domain: SHOP,
      customer: {id: DANA.id, email: DANA.email},
      orders_requested: [GUEST_ORDER],
      data_request: {id: 9002},
    });
    await t.heed.webhookProcessor.drain();
    const request = (await t.heed.storage.gdprRequests.listForShop(SHOP)).find(
      (r) => r.dataRequestId === '9002',
    );
    const exported = (request?.export as {cases?: Array<Record<string, unknown>>}).cases ?? [];
    expect(exported.map((c) => c.id)).toEqual(
      expect.arrayContaining([cases.caseId, cases.guestCaseId]),
    );
    const called = exported.find((c) => c.id === cases.caseId);
    expect(called).toMatchObject({
      signalTypes: ['promo_not_applied'],
      // Her guest checkout with the same email joined the same case: one shopper, one case.
      snapshot: {
        journeys: expect.arrayContaining([
          expect.objectContaining({checkoutToken: expect.any(String)}),
        ]),
      },
      contactDetails: {name: 'Dana Whitfield', email: DANA.email},
      contacts: [
        {method: 'phone', basis: 'service_recovery', message: 'She will use the invoice.'},
      ],
    });
    expect(called?.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({kind: 'claimed', by: OMAR}),
        expect.objectContaining({kind: 'note', what: expect.stringContaining('calling her back')}),
      ]),
    );
  });

  it('when a shop is redacted, then no column of any table holds its domain, and other shops keep their data', async () => {
    const before = new Set((await findInDatabase(t.heed.storage, [LEAVING])).map((f) => f.table));
    for (const table of [
      'shops',
      'campaigns',
      'commerce_records',
      'journeys',
      'webhook_deliveries',
      'mail_settings',
      'staff',
      'followup_rules',
      ...CASE_TABLES.filter((table) => table !== 'case_contacts'),
    ])
      expect(before).toContain(table);
    expect([...before].some((table) => table.startsWith('shopify_sessions'))).toBe(true);
    await t.webhook('shop/redact', LEAVING, {shop_id: 12345678, shop_domain: LEAVING});
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
    expect(await findInDatabase(t.heed.storage, [LEAVING])).toEqual([]);
    expect(await t.heed.sessionStorage.findSessionsByShop(LEAVING)).toEqual([]);
    expect(await t.heed.storage.shops.get(SHOP)).toBeDefined();
    expect(await t.heed.sessionStorage.findSessionsByShop(SHOP)).toHaveLength(1);
  });

  it('when a customer is redacted, then no column of any table holds their id, GID, email, email hash, phone or street', async () => {
    const response = await t.webhook('customers/redact', SHOP, {
      shop_id: 87654321,
      shop_domain: SHOP,
      customer: {id: DANA.id, email: DANA.email, phone: `+1${DANA.phone}`},
      orders_to_redact: [5829471046813, GUEST_ORDER],
    });
    expect(response.status).toBe(200);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
    const found = await findInDatabase(t.heed.storage, [
      String(DANA.id),
      DANA.gid,
      DANA.email,
      hashEmail(SHOP, DANA.email),
      DANA.phone,
      DANA.street,
    ]);
    expect(found).toEqual([]);
  });

  it('when a customer is redacted, then their cases go whole, the one found only through a guest checkout too', async () => {
    for (const id of [cases.caseId, cases.guestCaseId])
      expect(await t.heed.storage.cases.get(SHOP, id)).toBeUndefined();
    expect(await caseRows(t, SHOP)).toEqual(
      Object.fromEntries(CASE_TABLES.map((table) => [table, 0])),
    );
  });

  it('when a customer is redacted, then the redaction and the data requests are recorded without who they were', async () => {
    const requests = await t.heed.storage.gdprRequests.listForShop(SHOP);
    expect(requests.map((r) => [r.topic, r.customerId, r.export])).toEqual([
      ['customers/data_request', null, null],
      ['customers/data_request', null, null],
      ['customers/redact', null, null],
    ]);
    expect(requests[0]?.dataRequestId).toBe('9001');
  });

  it('when a customer is redacted, then other customers keep their records and their unprocessed deliveries', async () => {
    const paul = await t.heed.storage.commerceRecords.ordersSince(
      SHOP,
      {customerId: `gid://shopify/Customer/${PAUL.id}`, emailHash: null},
      0,
    );
    expect(paul.map((o) => o.orderId)).toEqual(['gid://shopify/Order/5829471049999']);
    const deliveries = await t.heed.storage
      .db('webhook_deliveries')
      .whereIn('event_id', ['evt-stuck-dana', 'evt-stuck-paul'])
      .orderBy('event_id');
    expect(deliveries.map((d) => [d.event_id, d.status, d.payload === null])).toEqual([
      ['evt-stuck-dana', 'redacted', true],
      ['evt-stuck-paul', 'received', false],
    ]);
  });
});
