import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {mintCheckoutToken, mintSessionToken} from '../support/shopify-tokens';
import {checkoutEvent} from '../support/pixel-events';
import {MAX_TOKEN_LIFETIME_S} from '../../web/server/auth/token-lifetime';

const SHOP = 'fabulous-furs.myshopify.com';
const UNKNOWN = 'nobody-here.myshopify.com';
const LEFT = 'left-us.myshopify.com';
const NEVER = 'never-installed.myshopify.com';
const DAY = 86_400_000;
const nowS = () => Math.floor(Date.now() / 1000);

const order = (id: number) => ({
  id,
  admin_graphql_api_id: `gid://shopify/Order/${id}`,
  updated_at: '2026-11-01T10:00:00Z',
  created_at: '2026-11-01T10:00:00Z',
  email: 'marie@example.com',
  checkout_token: `chk-${id}`,
  customer: {id: 7001, email: 'marie@example.com'},
  total_price: '120.00',
});

describe.each(batteryEngines())('small holes that trust must not have, on %s', (engine) => {
  let t: TestHeed;
  let key: string;
  const app = () => ({apiKey: t.heed.config.apiKey, apiSecret: t.heed.config.apiSecret});
  /** Waits until the delivery of `eventId` on `topic` has run, answering its status. */
  const settled = async (shop: string, eventId: string, topic: string) => {
    for (let i = 0; i < 200; i += 1) {
      const status = await t.heed.storage.webhookDeliveries.status(shop, eventId, topic);
      if (status === 'processed' || status === 'failed') return status;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return t.heed.storage.webhookDeliveries.status(shop, eventId, topic);
  };

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    await t.install(LEFT);
    key = await t.ingestKey(SHOP);
  });
  afterAll(() => t.close());

  describe('session tokens', () => {
    it.each([
      ['no exp', {exp: undefined}],
      ['a lifetime of a year', {exp: nowS() + 365 * 86_400}],
      [
        'a lifetime just over the limit',
        {iat: nowS() - 10, nbf: nowS() - 10, exp: nowS() + MAX_TOKEN_LIFETIME_S - 9},
      ],
      ['neither iat nor nbf', {iat: undefined, nbf: undefined}],
    ])('when an admin token has %s, then it is a 401', async (_what, overrides) => {
      const token = mintSessionToken({shop: SHOP, ...app(), overrides});
      const response = await t.http.get('/api/overview').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    });

    it('when an admin token lives as long as the limit, then it is accepted', async () => {
      const overrides = {iat: nowS(), nbf: nowS(), exp: nowS() + MAX_TOKEN_LIFETIME_S};
      const token = mintSessionToken({shop: SHOP, ...app(), overrides});
      const response = await t.http.get('/api/overview').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(200);
    });

    it.each([
      ['no exp', {exp: undefined}],
      ['a lifetime of a year', {exp: nowS() + 365 * 86_400}],
    ])('when a checkout extension token has %s, then it is a 401', async (_what, overrides) => {
      const token = mintCheckoutToken({shop: SHOP, ...app(), overrides});
      const response = await t.http
        .get('/api/checkout/offer?codes=WINTER20')
        .set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(401);
    });

    it('when a valid token names a shop Shopify does not know, then it is a 401 and nothing is stored for it', async () => {
      const token = mintSessionToken({shop: UNKNOWN, ...app()});
      const response = await t.http.get('/api/overview').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Authentication is required.',
      });
      expect(await t.heed.storage.shops.get(UNKNOWN)).toBeUndefined();
      expect(await t.heed.sessionStorage.findSessionsByShop(UNKNOWN)).toEqual([]);
    });
  });

  describe('pixel timestamps', () => {
    it.each([
      ['year 0', '0000-01-01T00:00:00.000Z'],
      ['year 9999', '9999-12-31T23:59:59.000Z'],
      ['two years ago', new Date(Date.now() - 2 * 365 * DAY).toISOString()],
      ['two years ahead', new Date(Date.now() + 2 * 365 * DAY).toISOString()],
    ])(
      'when an event is dated %s, then it is quarantined and the rest of the batch stored',
      async (_when, timestamp) => {
        const response = await t.http
          .post('/api/pixel/events')
          .set('Content-Type', 'text/plain')
          .send(
            JSON.stringify({
              shop: SHOP,
              key,
              events: [
                checkoutEvent('checkout_started', {timestamp}, `tok-${timestamp}`),
                checkoutEvent('checkout_started', {}, `tok-now-${timestamp}`),
              ],
            }),
          );
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({accepted: 1, quarantined: 1});
        const [latest] = await t.heed.storage.pixelEvents.quarantine(SHOP, 1);
        expect(latest?.reason).toBe(
          'timestamp: more than a year from when Heed received the event',
        );
      },
    );

    it('when a browser clock is months wrong, then its events are still stored', async () => {
      const timestamp = new Date(Date.now() - 200 * DAY).toISOString();
      const response = await t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(
          JSON.stringify({
            shop: SHOP,
            key,
            events: [checkoutEvent('checkout_started', {timestamp}, 'tok-slow-clock')],
          }),
        );
      expect(response.body).toMatchObject({accepted: 1, quarantined: 0});
    });
  });

  describe('webhooks', () => {
    it.each([
      ['never installed Heed', NEVER],
      ['uninstalled Heed', LEFT],
    ])(
      'when a signed order webhook comes for a shop that %s, then it is acknowledged and nothing is stored',
      async (_what, shop) => {
        if (shop === LEFT) {
          await t.webhook('app/uninstalled', LEFT, {id: 1}, {eventId: 'evt-left'});
          expect(await settled(LEFT, 'evt-left', 'app/uninstalled')).toBe('processed');
        }
        const response = await t.webhook('orders/create', shop, order(301), {eventId: 'evt-stray'});
        expect(response.status).toBe(200);
        expect(await t.heed.storage.webhookDeliveries.status(shop, 'evt-stray')).toBeUndefined();
        await t.heed.webhookProcessor.drain();
        expect(
          await t.heed.storage.commerceRecords.get(shop, 'order', 'gid://shopify/Order/301'),
        ).toBeUndefined();
      },
    );

    it('when GDPR requests come for a shop that uninstalled Heed, then they are still carried out', async () => {
      const redact = await t.webhook(
        'customers/redact',
        LEFT,
        {shop_domain: LEFT, customer: {id: 7001, email: 'marie@example.com'}, orders_to_redact: []},
        {eventId: 'evt-left-redact'},
      );
      expect(redact.status).toBe(200);
      expect(await settled(LEFT, 'evt-left-redact', 'customers/redact')).toBe('processed');
      await t.webhook(
        'shop/redact',
        LEFT,
        {shop_id: 2, shop_domain: LEFT},
        {eventId: 'evt-left-shop'},
      );
      for (let i = 0; i < 200 && (await t.heed.storage.shops.get(LEFT)); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await t.heed.storage.shops.get(LEFT)).toBeUndefined();
    });

    it('when two topics arrive with the same event id, then both are stored and processed, and a repeat of either is a duplicate', async () => {
      const first = await t.webhook('orders/create', SHOP, order(302), {eventId: 'evt-shared'});
      const second = await t.webhook(
        'checkouts/update',
        SHOP,
        {
          id: 302,
          token: 'chk-302',
          updated_at: '2026-11-01T10:05:00Z',
          email: null,
          total_price: '120.00',
        },
        {eventId: 'evt-shared'},
      );
      expect([first.body.duplicate, second.body.duplicate]).toEqual([false, false]);
      expect(await settled(SHOP, 'evt-shared', 'orders/create')).toBe('processed');
      expect(await settled(SHOP, 'evt-shared', 'checkouts/update')).toBe('processed');
      expect(
        await t.heed.storage.commerceRecords.get(SHOP, 'order', 'gid://shopify/Order/302'),
      ).toBeDefined();
      expect(await t.heed.storage.commerceRecords.get(SHOP, 'checkout', '302')).toBeDefined();
      const again = await t.webhook('checkouts/update', SHOP, {id: 302}, {eventId: 'evt-shared'});
      expect(again.body.duplicate).toBe(true);
    });
  });
});
