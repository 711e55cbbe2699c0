import {englishSayer} from '../../../web/server/sentences/wording';
import {beforeEach, describe, expect, it} from 'vitest';
import {readContactDetails} from '../../../web/server/followup/read-contact';
import {describeShopper, readShopperStatus} from '../../../web/server/followup/shopper-status';
import {DEMO_CUSTOMERS} from '../../../web/simulator/demo-customers';
import {simulatedAdmin, type SimulatedAdmin} from '../../support/simulated-admin';

const NOW = Date.parse('2026-11-27T17:00:00Z');
const HOUR = 3_600_000;
const ZONE = 'America/Toronto';

let t: SimulatedAdmin;
beforeEach(async () => {
  t = await simulatedAdmin(NOW);
});

describe('readShopperStatus against the simulated shop', () => {
  it('when the shopper has bought for years, then the status carries the history and the words say so', async () => {
    const status = await readShopperStatus(
      t.query,
      t.shop,
      {customerId: DEMO_CUSTOMERS.longTime, email: null, since: NOW - 3 * HOUR},
      NOW,
    );
    expect(status).toMatchObject({
      state: 'known',
      readAt: NOW,
      customer: {
        firstName: 'Margaret',
        numberOfOrders: 14,
        createdAt: Date.parse('2019-03-14T15:20:00Z'),
        amountSpent: {amount: 2310, currencyCode: 'CAD'},
        lastOrder: {name: '#1041'},
        email: {address: 'margaret.holloway@example.com', marketingState: 'SUBSCRIBED'},
        phone: '+14165550147',
        locale: 'en-CA',
      },
      orderedSince: [],
    });
    expect(describeShopper(status, englishSayer(ZONE))).toMatch(
      /^Customer since March 2019 · 14 orders · subscribed to email/,
    );
  });

  it('when the shopper ordered by phone since the checkout, then that order is found with its channel', async () => {
    const status = await readShopperStatus(
      t.query,
      t.shop,
      {customerId: DEMO_CUSTOMERS.phoneBuyer, email: null, since: NOW - 3 * HOUR},
      NOW,
    );
    expect(status).toMatchObject({
      state: 'known',
      orderedSince: [{name: '#1090', sourceName: 'shopify_draft_order'}],
    });
    expect(describeShopper(status, englishSayer(ZONE))).toContain(
      'Ordered again since: #1090 (draft order)',
    );
  });

  it('when the order came before the checkout, then it is not an order since (near miss)', async () => {
    const status = await readShopperStatus(
      t.query,
      t.shop,
      {customerId: DEMO_CUSTOMERS.phoneBuyer, email: null, since: NOW - 30 * 60_000},
      NOW,
    );
    expect(status).toMatchObject({state: 'known', orderedSince: []});
  });

  it('when a guest ordered since under the same email, then the email search finds it', async () => {
    const placed = t.sim.placeOrder(t.shop, {
      email: 'guest.shopper@example.com',
      sourceName: 'pos',
      lineItems: [
        {
          title: 'Faux Fur Trapper Hat',
          productId: 'gid://shopify/Product/2004',
          quantity: 1,
          unitPrice: '79.00',
        },
      ],
    });
    const status = await readShopperStatus(
      t.query,
      t.shop,
      {customerId: null, email: 'Guest.Shopper@example.com', since: NOW - HOUR},
      NOW,
    );
    expect(status).toMatchObject({
      state: 'known',
      customer: null,
      orderedSince: [{id: placed.order.id, sourceName: 'pos'}],
    });
    expect(describeShopper(status, englishSayer(ZONE))).toMatch(
      /^Guest checkout · no customer account · Ordered again since/,
    );
  });

  it('when the customer ordered as a guest with their account email, then both searches find it once', async () => {
    t.sim.placeOrder(t.shop, {
      customerId: DEMO_CUSTOMERS.newcomer,
      lineItems: [
        {
          title: 'Faux Fur Trapper Hat',
          productId: 'gid://shopify/Product/2004',
          quantity: 1,
          unitPrice: '79.00',
        },
      ],
    });
    const status = await readShopperStatus(
      t.query,
      t.shop,
      {customerId: DEMO_CUSTOMERS.newcomer, email: null, since: NOW - HOUR},
      NOW,
    );
    expect(status.state === 'known' && status.orderedSince).toHaveLength(1);
    expect(t.sim.requests.map((r) => r.operationName)).toEqual(['CustomerStatus', 'OrdersSearch']);
  });

  it.each([
    ['an outage', 500 as const],
    ['an overloaded Shopify', 503 as const],
  ])(
    'when the Admin API fails (%s), then the status is unavailable and never guessed',
    async (_case, status) => {
      t.sim.failShop(t.shop, status);
      const result = await readShopperStatus(
        t.query,
        t.shop,
        {customerId: DEMO_CUSTOMERS.longTime, email: null, since: NOW - HOUR},
        NOW,
      );
      expect(result).toEqual({
        state: 'unavailable',
        readAt: NOW,
        reason: 'Shopify could not be reached',
        wording: {key: 'cases:shopify.unreachable'},
      });
      expect(describeShopper(result, englishSayer(ZONE))).toBe(
        "Shopify could not be reached, so the shopper's status could not be refreshed",
      );
      t.sim.restoreShop(t.shop);
      expect(
        (
          await readShopperStatus(
            t.query,
            t.shop,
            {customerId: DEMO_CUSTOMERS.longTime, email: null, since: NOW},
            NOW,
          )
        ).state,
      ).toBe('known');
    },
  );

  it('when the customer no longer exists, then the shopper is read as a guest by email', async () => {
    const status = await readShopperStatus(
      t.query,
      t.shop,
      {customerId: 'gid://shopify/Customer/404', email: 'nobody@example.com', since: NOW - HOUR},
      NOW,
    );
    expect(status).toEqual({state: 'known', readAt: NOW, customer: null, orderedSince: []});
  });
});

describe('readContactDetails against the simulated shop', () => {
  it('when the case names a customer, then the contact is theirs', async () => {
    const result = await readContactDetails(
      t.query,
      t.shop,
      {customerId: DEMO_CUSTOMERS.longTime},
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      contact: {
        name: 'Margaret Holloway',
        email: 'margaret.holloway@example.com',
        phone: '+14165550147',
        locale: 'en-CA',
        readAt: NOW,
      },
    });
  });

  it('when the case is a guest order, then the order gives the email and phone', async () => {
    const {order} = t.sim.placeOrder(t.shop, {
      email: 'guest.shopper@example.com',
      phone: '+15145550123',
      lineItems: [
        {
          title: 'Faux Fur Trapper Hat',
          productId: 'gid://shopify/Product/2004',
          quantity: 1,
          unitPrice: '79.00',
        },
      ],
    });
    const result = await readContactDetails(
      t.query,
      t.shop,
      {customerId: null, orderId: order.id},
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      contact: {email: 'guest.shopper@example.com', phone: '+15145550123', name: null},
    });
  });

  it('when the case is an abandoned checkout, then its customer is found by the checkout id', async () => {
    const result = await readContactDetails(t.query, t.shop, {checkoutId: '9001'}, NOW);
    expect(result).toMatchObject({
      ok: true,
      contact: {name: 'Margaret Holloway', email: 'margaret.holloway@example.com'},
    });
  });

  it('when Shopify is down, then the contact read fails with a reason a merchant understands', async () => {
    t.sim.failShop(t.shop);
    const result = await readContactDetails(
      t.query,
      t.shop,
      {customerId: DEMO_CUSTOMERS.longTime},
      NOW,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'Shopify could not be reached',
      retryable: true,
    });
  });
});
