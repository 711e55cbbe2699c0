import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {hashEmail} from '../../web/server/privacy';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';

/** Webhooks are acknowledged before they are processed; this waits for the processing to finish. */
async function processed(t: TestHeed, shop: string, eventId: string) {
  for (let i = 0; i < 100; i += 1) {
    if ((await t.heed.storage.webhookDeliveries.status(shop, eventId)) === 'processed') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`delivery ${eventId} was not processed`);
}

const order = (id: number, updatedAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  admin_graphql_api_id: `gid://shopify/Order/${id}`,
  updated_at: updatedAt,
  created_at: updatedAt,
  email: 'marie@example.com',
  checkout_token: `chk-${id}`,
  customer: {id: 7001, email: 'marie@example.com'},
  total_price: '120.00',
  ...extra,
});

describe('webhooks', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    await t.install(OTHER);
  });
  afterAll(() => t.close());

  // Forged, tampered and repeated deliveries, and a failing handler's retry from storage, are
  // test/reliability/webhook-deliveries.test.ts, on both engines.

  it('when a signed webhook arrives, then it is acknowledged and the order is stored', async () => {
    const response = await t.webhook('orders/create', SHOP, order(2, '2026-11-01T10:00:00Z'), {
      eventId: 'evt-order-2',
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({received: true, duplicate: false});
    await processed(t, SHOP, 'evt-order-2');
    const stored = await t.heed.storage.commerceRecords.get(SHOP, 'order', 'gid://shopify/Order/2');
    expect(stored).toMatchObject({
      customerId: 'gid://shopify/Customer/7001',
      checkoutToken: 'chk-2',
      emailHash: hashEmail(SHOP, 'marie@example.com'),
      placedAt: Date.parse('2026-11-01T10:00:00Z'),
      payload: {total_price: '120.00', has_email: true},
    });
    expect(JSON.stringify(stored?.payload)).not.toContain('marie@example.com');
  });

  it('when a delivery is processed, then its payload is cleared and only the delivery record stays', async () => {
    await t.webhook('orders/create', SHOP, order(4, '2026-11-01T10:00:00Z'), {
      eventId: 'evt-order-4',
    });
    await processed(t, SHOP, 'evt-order-4');
    const row = await t.heed.storage
      .db('webhook_deliveries')
      .where({shop: SHOP, event_id: 'evt-order-4'})
      .first();
    expect(row).toMatchObject({status: 'processed', payload: null});
  });

  it('when checkout updates arrive out of order, then the newest version wins', async () => {
    const checkout = (updatedAt: string, total: string) => ({
      id: 55,
      token: 'tok-55',
      updated_at: updatedAt,
      email: null,
      total_price: total,
    });
    await t.webhook('checkouts/update', SHOP, checkout('2026-11-01T10:05:00Z', '30.00'), {
      eventId: 'chk-new',
    });
    await processed(t, SHOP, 'chk-new');
    await t.webhook('checkouts/create', SHOP, checkout('2026-11-01T10:00:00Z', '20.00'), {
      eventId: 'chk-old',
    });
    await processed(t, SHOP, 'chk-old');
    const stored = await t.heed.storage.commerceRecords.get(SHOP, 'checkout', '55');
    expect(stored?.payload).toMatchObject({total_price: '30.00'});
  });

  it('when the body is not JSON, then it is a 400 and nothing is stored', async () => {
    const response = await t.http
      .post('/api/webhooks')
      .set(await signedHeaders(t, 'orders/create', 'not json', 'evt-bad-json'))
      .send('not json');
    expect(response.status).toBe(400);
    expect(await t.heed.storage.webhookDeliveries.status(SHOP, 'evt-bad-json')).toBeUndefined();
  });

  describe('compliance (GDPR)', () => {
    it('when a customer data request arrives, then an export of that customer records is kept', async () => {
      await t.webhook('orders/create', SHOP, order(10, '2026-11-02T10:00:00Z'), {
        eventId: 'evt-order-10',
      });
      await processed(t, SHOP, 'evt-order-10');
      await t.webhook(
        'customers/data_request',
        SHOP,
        {
          shop_domain: SHOP,
          customer: {id: 7001, email: 'marie@example.com'},
          orders_requested: [10],
          data_request: {id: 99},
        },
        {eventId: 'evt-dr'},
      );
      await processed(t, SHOP, 'evt-dr');
      const [request] = await t.heed.storage.gdprRequests.listForShop(SHOP);
      expect(request).toMatchObject({
        topic: 'customers/data_request',
        customerId: 'gid://shopify/Customer/7001',
        dataRequestId: '99',
      });
      const exported = request?.export as {records: Array<{id: string}>};
      expect(exported.records.map((r) => r.id)).toEqual(
        expect.arrayContaining(['gid://shopify/Order/2', 'gid://shopify/Order/10']),
      );
    });

    it('when a customer is redacted, then their records are gone and other customers and shops keep theirs', async () => {
      await t.webhook(
        'orders/create',
        SHOP,
        order(11, '2026-11-02T10:00:00Z', {customer: {id: 8002}, email: 'paul@example.com'}),
        {eventId: 'evt-o11'},
      );
      await t.webhook('orders/create', OTHER, order(12, '2026-11-02T10:00:00Z'), {
        eventId: 'evt-o12',
      });
      await processed(t, SHOP, 'evt-o11');
      await processed(t, OTHER, 'evt-o12');
      await t.webhook(
        'customers/redact',
        SHOP,
        {
          shop_domain: SHOP,
          customer: {id: 7001, email: 'marie@example.com'},
          orders_to_redact: [10],
        },
        {eventId: 'evt-redact'},
      );
      await processed(t, SHOP, 'evt-redact');
      expect(
        await t.heed.storage.commerceRecords.findForCustomer(SHOP, {
          customerId: 'gid://shopify/Customer/7001',
          emailHash: hashEmail(SHOP, 'marie@example.com'),
        }),
      ).toEqual([]);
      expect(
        await t.heed.storage.commerceRecords.get(SHOP, 'order', 'gid://shopify/Order/11'),
      ).toBeDefined();
      expect(
        await t.heed.storage.commerceRecords.get(OTHER, 'order', 'gid://shopify/Order/12'),
      ).toBeDefined();
    });

    it('when the shop is redacted, then everything Heed holds for it is deleted, sessions included', async () => {
      await t.webhook(
        'shop/redact',
        OTHER,
        {shop_id: 1, shop_domain: OTHER},
        {eventId: 'evt-shop-redact'},
      );
      for (let i = 0; i < 100 && (await t.heed.storage.shops.get(OTHER)); i += 1)
        await new Promise((r) => setTimeout(r, 10));
      expect(await t.heed.storage.shops.get(OTHER)).toBeUndefined();
      expect(
        await t.heed.storage.commerceRecords.get(OTHER, 'order', 'gid://shopify/Order/12'),
      ).toBeUndefined();
      expect(await t.heed.storage.webhookDeliveries.countForShop(OTHER)).toBe(0);
      expect(await t.heed.sessionStorage.findSessionsByShop(OTHER)).toEqual([]);
      expect(await t.heed.storage.shops.get(SHOP)).toBeDefined();
    });
  });

  describe('app/uninstalled', () => {
    it('when the app is uninstalled, then the shop is marked uninstalled and its sessions are removed', async () => {
      const shop = 'leaving.myshopify.com';
      await t.install(shop);
      await t.webhook('app/uninstalled', shop, {id: 1, domain: shop}, {eventId: 'evt-uninstall'});
      await processed(t, shop, 'evt-uninstall');
      expect(await t.heed.storage.shops.isInstalled(shop)).toBe(false);
      expect(await t.heed.sessionStorage.findSessionsByShop(shop)).toEqual([]);
    });

    it('when an uninstall from before a re-install arrives late, then the shop stays installed', async () => {
      const shop = 'came-back.myshopify.com';
      await t.install(shop);
      await t.webhook(
        'app/uninstalled',
        shop,
        {id: 1, domain: shop},
        {eventId: 'evt-late', triggeredAt: '2020-01-01T00:00:00Z'},
      );
      await processed(t, shop, 'evt-late');
      expect(await t.heed.storage.shops.isInstalled(shop)).toBe(true);
      expect(await t.heed.sessionStorage.findSessionsByShop(shop)).toHaveLength(1);
    });
  });

  it('when webhooks carried emails and tokens, then the logs hold neither', () => {
    expect(t.logs()).not.toContain('marie@example.com');
    expect(t.logs()).not.toMatch(/shpat_test_/);
  });
});

async function signedHeaders(t: TestHeed, topic: string, body: string, eventId: string) {
  const {getHmac} = await import('@shopify/shopify-api/test-helpers');
  return {
    'Content-Type': 'application/json',
    'X-Shopify-Topic': topic,
    'X-Shopify-Shop-Domain': SHOP,
    'X-Shopify-API-Version': '2026-07',
    'X-Shopify-Webhook-Id': 'wh',
    'X-Shopify-Event-Id': eventId,
    'X-Shopify-Hmac-Sha256': getHmac(body, t.heed.config.apiSecret),
  };
}

describe('webhooks when storage is down', () => {
  it('when the delivery cannot be stored, then Shopify gets a 503 and will retry', async () => {
    const t = await startTestHeed();
    await t.heed.storage.db.destroy();
    const response = await t.webhook('orders/create', SHOP, order(90, '2026-11-01T10:00:00Z'), {
      eventId: 'evt-down',
    });
    expect(response.status).toBe(503);
    expect(response.body.error).toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
      message: 'Heed is temporarily unavailable; retry later.',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/knex|sqlite|pool/i);
    await t.close().catch(() => undefined);
  });
});
