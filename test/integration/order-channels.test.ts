import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import {openStorage, type Storage} from '../../web/server/storage';
import type {ShopperOrder} from '../../web/server/storage/commerce-records-repository';
import {createWebhookHandlers} from '../../web/server/webhooks/handlers';
import {hashEmail} from '../../web/server/privacy';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {captureLogger} from '../support/capture-logger';

const SHOP = 'fabulous-furs.myshopify.com';
const PLACED = '2026-11-28T09:30:00-05:00';

/** An orders/create body as Shopify sends it for each channel (trimmed to what matters here). */
const order = (id: number, extra: Record<string, unknown>) => ({
  id,
  admin_graphql_api_id: `gid://shopify/Order/${id}`,
  created_at: PLACED,
  updated_at: PLACED,
  email: 'Dana.Whitfield@example.com',
  customer: {id: 6940095564061, email: 'Dana.Whitfield@example.com'},
  currency: 'CAD',
  total_price: '120.00',
  line_items: [{title: 'Faux Fur Throw', quantity: 1, price: '120.00', variant_id: 44910284324974}],
  ...extra,
});

describe.each(batteryEngines())('orders from every channel on %s', (engine) => {
  let isolated: IsolatedTarget;
  let storage: Storage;
  const told: Array<[string, ShopperOrder]> = [];
  const joined: string[] = [];
  let failNext = false;
  let handlers: ReturnType<typeof createWebhookHandlers>;

  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    storage = await openStorage(isolated.target);
    handlers = createWebhookHandlers({
      storage,
      sessionStorage: {} as SessionStorage,
      logger: captureLogger().logger,
      now: () => Date.parse(PLACED) + 1_000,
      joinJourney: async (_shop, ref) => {
        joined.push(ref.checkoutToken ?? '');
      },
      orderPlaced: async (shop, placed) => {
        if (failNext) {
          failNext = false;
          throw new Error('journeys unavailable');
        }
        told.push([shop, placed]);
      },
    });
  });
  afterAll(async () => {
    await storage.close();
    await isolated.dispose();
  });

  const deliver = (payload: unknown) =>
    handlers['orders/create']({shop: SHOP, payload, occurredAt: Date.parse(PLACED)});

  it.each([
    ['a phone order from a draft', 5900000000001, {source_name: 'shopify_draft_order'}],
    ['a point-of-sale order', 5900000000002, {source_name: 'pos', email: null}],
    ['an order placed by an app', 5900000000003, {source_name: '1662707', checkout_token: null}],
  ])(
    'when %s arrives without a checkout token, then it is stored and told to orderPlaced with GIDs',
    async (_what, id, extra) => {
      await deliver(order(id, extra));
      const [shop, placed] = told.at(-1) ?? [];
      expect(shop).toBe(SHOP);
      expect(placed).toEqual({
        orderId: `gid://shopify/Order/${id}`,
        checkoutToken: null,
        customerId: 'gid://shopify/Customer/6940095564061',
        emailHash: hashEmail(SHOP, 'dana.whitfield@example.com'),
        placedAt: Date.parse(PLACED),
        sourceName: extra.source_name,
        total: {amount: expect.any(Number), currencyCode: expect.any(String)},
        heedCaseId: null,
      });
      expect(joined).toEqual([]);
    },
  );

  it('when an online order arrives with its checkout token, then it joins the journey and is told to orderPlaced too', async () => {
    await deliver(order(5900000000004, {source_name: 'web', checkout_token: 'tok-online'}));
    expect(joined).toEqual(['tok-online']);
    expect(told.at(-1)?.[1]).toMatchObject({
      orderId: 'gid://shopify/Order/5900000000004',
      checkoutToken: 'tok-online',
      sourceName: 'web',
    });
  });

  it('when the shopper bought through several channels, then their orders since a time are found by customer or email', async () => {
    const byEmail = await storage.commerceRecords.ordersSince(
      SHOP,
      {customerId: null, emailHash: hashEmail(SHOP, 'dana.whitfield@example.com')},
      Date.parse(PLACED),
    );
    // The point-of-sale order has no contact email: its customer's email names the shopper.
    expect(byEmail.map((o) => o.sourceName)).toEqual([
      'shopify_draft_order',
      'pos',
      '1662707',
      'web',
    ]);
    const byCustomer = await storage.commerceRecords.ordersSince(
      SHOP,
      {customerId: 'gid://shopify/Customer/6940095564061', emailHash: null},
      Date.parse(PLACED),
    );
    expect(byCustomer).toHaveLength(4);
  });

  it('when orderPlaced fails, then the delivery fails, and its redelivery stores and tells the order again', async () => {
    const body = order(5900000000005, {source_name: 'pos'});
    failNext = true;
    await expect(deliver(body)).rejects.toThrow('journeys unavailable');
    const before = told.length;
    await deliver(body);
    expect(told).toHaveLength(before + 1);
    expect(told.at(-1)?.[1].orderId).toBe('gid://shopify/Order/5900000000005');
  });

  it('when an older version of a stored order arrives, then nothing is told', async () => {
    const before = told.length;
    await deliver(
      order(5900000000002, {source_name: 'pos', updated_at: '2026-11-28T09:00:00-05:00'}),
    );
    expect(told).toHaveLength(before);
  });
});
