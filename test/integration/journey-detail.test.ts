import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {journeyIdFor} from '../../web/server/signals/journey';
import {WINTER_ID, winterSale} from '../support/followup-shoppers';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';

type FixtureEvent = {clientId?: string; data?: {checkout?: {token?: string}}};

function fixture(name: string): FixtureEvent[] {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/pixel/${name}.json`, import.meta.url), 'utf8'),
  ) as FixtureEvent[];
}

const idOf = (events: FixtureEvent[]) =>
  journeyIdFor(SHOP, {
    checkoutToken: events.find((e) => e.data?.checkout?.token)?.data?.checkout?.token ?? null,
    clientId: null,
  });

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await check()); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('GET /api/journeys/:id: the detail a staff member acts on', () => {
  let t: TestHeed;
  let auth: string;
  const detailOf = async (id: string) => {
    const response = await t.http.get(`/api/journeys/${id}`).set('Authorization', auth);
    expect(response.status).toBe(200);
    return response;
  };

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    await winterSale(t, SHOP);
    const key = await t.ingestKey(SHOP);
    for (const name of ['promo-not-applied', 'smooth-purchase', 'code-rejected']) {
      const response = await t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key, events: fixture(name)}));
      expect(response.status).toBe(200);
    }
    await t.heed.drainJourneys();
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
  });
  afterAll(() => t.close());

  it('when a promised code never applied, then the detail shows the cart, its lines as GIDs, and the promise not kept', async () => {
    const {body} = await detailOf(idOf(fixture('promo-not-applied')));
    const usd = (amount: number) => ({amount, currencyCode: 'USD'});
    expect(body.detail.cart).toMatchObject({
      currencyCode: 'USD',
      lines: [
        {
          title: 'Faux Fur Throw',
          variantId: 'gid://shopify/ProductVariant/44910284324974',
          sku: 'FFT-ARC-5060',
          quantity: 2,
          linePrice: usd(240),
          discountAllocations: [],
        },
      ],
      subtotal: usd(240),
      shipping: usd(9.95),
      discountsAmount: usd(0),
    });
    expect(body.detail.cart.total.currencyCode).toBe('USD');
    expect(body.detail.cart.tax.currencyCode).toBe('USD');
    expect(body.detail.promise).toMatchObject({
      campaign: {id: WINTER_ID, name: 'Winter sale', key: 'winter-sale'},
      campaignKey: 'winter-sale',
      promised: '20% off the entire order',
      codes: [{code: 'WINTER20', effect: 'absent'}],
      applied: false,
      brokenSignal: {type: 'promo_not_applied'},
    });
    expect(body.detail.promise.brokenSignal.sentence).toContain('WINTER20');
    expect(body.detail.codes).toEqual({tried: [], applied: [], seen: []});
    expect(body.detail.shopper).toMatchObject({
      customerId: null,
      status: 'unknown',
      acceptsEmailMarketing: true,
    });
    expect(body.detail.progress).toEqual({current: 'payment', furthest: 'payment'});
    expect(body.detail.completion).toBeNull();
  });

  it('when a returning customer’s order went through with the promised code, then the detail says returning, applied and kept', async () => {
    const {body} = await detailOf(idOf(fixture('smooth-purchase')));
    expect(body.detail.shopper).toEqual({
      customerId: 'gid://shopify/Customer/7788990011',
      status: 'returning',
      basis: 'Shopify said this order isn’t the customer’s first.',
      acceptsEmailMarketing: true,
    });
    expect(body.detail.codes.applied).toEqual([
      {
        code: 'WINTER20',
        type: 'DISCOUNT_CODE',
        targetType: 'LINE_ITEM',
        amount: {amount: 33, currencyCode: 'USD'},
      },
    ]);
    expect(body.detail.codes.seen).toEqual(['WINTER20']);
    expect(body.detail.promise).toMatchObject({
      codes: [{code: 'WINTER20', effect: 'applied'}],
      applied: true,
      brokenSignal: null,
    });
    expect(body.detail.cart.lines[0].discountAllocations).toEqual([
      {code: 'WINTER20', type: 'DISCOUNT_CODE', amount: {amount: 24, currencyCode: 'USD'}},
    ]);
    expect(body.detail.progress).toEqual({current: 'completed', furthest: 'completed'});
    expect(body.detail.completion).toMatchObject({orderId: 'gid://shopify/Order/6123456789012'});
    expect(JSON.stringify(body)).not.toMatch(/@|dana|whitfield/i);
  });

  it('when checkout refused a code twice, then the codes tried say which, how often, and the message shown', async () => {
    const {body} = await detailOf(idOf(fixture('code-rejected')));
    expect(body.detail.codes.tried).toEqual([
      {
        code: 'WINTER20',
        message: 'Enter a valid discount code or gift card',
        times: 2,
        firstAt: expect.any(Number),
        appliedLater: false,
      },
    ]);
    expect(body.detail.promise.applied).toBe(false);
  });

  it('when a checkout is known only from its order webhook, then numeric ids become GIDs, nothing personal shows, and the shopper is not called new', async () => {
    const token = 'tok-detail-webhook';
    const order = {
      id: 820982911946154500,
      updated_at: new Date().toISOString(),
      created_at: new Date().toISOString(),
      checkout_token: token,
      email: 'marie.curie@example.com',
      phone: '+15145550199',
      customer: {id: 6001, email: 'marie.curie@example.com'},
      shipping_address: {address1: '12 Rue Lhomond', city: 'Montréal', zip: 'H2X 1Y4'},
      currency: 'CAD',
      subtotal_price: '90.00',
      total_price: '103.50',
      total_tax: '13.50',
      total_discounts: '0.00',
      discount_codes: [{code: 'FREESHIP', amount: '0.00', type: 'shipping'}],
      line_items: [
        {title: 'Mink Mittens', quantity: 2, price: '45.00', variant_id: 40123456789, sku: 'MM-1'},
      ],
      shipping_lines: [{price: '0.00'}],
    };
    expect((await t.webhook('orders/create', SHOP, order)).status).toBe(200);
    const id = journeyIdFor(SHOP, {checkoutToken: token, clientId: null});
    await until(async () => (await t.heed.storage.journeys.get(SHOP, id)) !== undefined);
    await t.heed.drainJourneys();

    const {body} = await detailOf(id);
    expect(body.detail.cart.lines).toEqual([
      {
        title: 'Mink Mittens',
        variantId: 'gid://shopify/ProductVariant/40123456789',
        sku: 'MM-1',
        quantity: 2,
        linePrice: {amount: 90, currencyCode: 'CAD'},
        discountAllocations: [],
      },
    ]);
    expect(body.detail.codes.applied).toEqual([
      {code: 'FREESHIP', type: 'DISCOUNT_CODE', targetType: 'SHIPPING_LINE', amount: null},
    ]);
    expect(body.detail.shopper).toMatchObject({
      customerId: 'gid://shopify/Customer/6001',
      status: 'unknown',
    });
    expect(body.detail.completion).toEqual({
      at: expect.any(Number),
      orderId: 'gid://shopify/Order/820982911946154500',
    });
    expect(JSON.stringify(body)).not.toMatch(/@|marie|5145550199|Lhomond|H2X/i);
  });

  it.each([['jrn_NOT-HEX'], ['journey-1'], [`jrn_${'a'.repeat(65)}`]])(
    'when the id is malformed (%s), then it is refused before any lookup',
    async (id) => {
      const response = await t.http.get(`/api/journeys/${id}`).set('Authorization', auth);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    },
  );
});
