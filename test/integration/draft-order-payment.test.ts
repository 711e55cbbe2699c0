import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createAdminApiClient} from '../../web/server/admin-api/client';
import type {AdminQuery} from '../../web/server/campaigns/read-discounts';
import {SHOPIFY_API_VERSION} from '../../web/server/config';
import {createDraftOrder, draftOrderInput} from '../../web/server/followup/draft-order';
import {DEMO_CUSTOMERS} from '../../web/simulator/demo-customers';
import {captureLogger} from '../support/capture-logger';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';

async function processed(t: TestHeed, eventId: string) {
  for (let i = 0; i < 100; i += 1) {
    if ((await t.heed.storage.webhookDeliveries.status(SHOP, eventId)) === 'processed') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`delivery ${eventId} was not processed`);
}

describe('a draft order Heed created, paid in the simulated shop', () => {
  let t: TestHeed;
  let query: AdminQuery;
  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    const accessToken = t.simulator.installShop(SHOP);
    const client = createAdminApiClient({
      fetch: t.simulator.fetch,
      apiVersion: SHOPIFY_API_VERSION,
      logger: captureLogger('silent').logger,
    });
    query = (shop, document, variables, schema) =>
      client.request({shop, accessToken}, document, variables, schema);
  });
  afterAll(() => t.close());

  it('when the shopper pays the invoice, then the orders/create webhook reaches Heed as an order of that customer carrying the case id', async () => {
    const plan = draftOrderInput({
      cart: {
        currencyCode: 'CAD',
        lines: [
          {
            title: 'Sable Faux Fur Throw',
            variantId: 'gid://shopify/ProductVariant/2001',
            sku: null,
            quantity: 1,
            unitPrice: {amount: 189, currencyCode: 'CAD'},
            linePrice: {amount: 189, currencyCode: 'CAD'},
            properties: [],
          },
        ],
        subtotal: {amount: 189, currencyCode: 'CAD'},
        shipping: null,
        tax: null,
        total: {amount: 189, currencyCode: 'CAD'},
        discountsAmount: null,
        codesApplied: [],
      },
      promise: null,
      email: 'margaret.holloway@example.com',
      customerId: DEMO_CUSTOMERS.longTime,
      caseId: 'case_77',
      now: Date.now(),
    });
    if (!plan.ok) throw new Error(plan.reason);
    const created = await createDraftOrder(query, SHOP, plan);
    if (!created.ok) throw new Error(created.reason);

    const paid = t.simulator.payDraftOrder(SHOP, created.draftOrder.id);
    const response = await t.webhook('orders/create', SHOP, paid.webhookBody, {
      eventId: 'evt-draft-paid',
    });
    expect(response.status).toBe(200);
    await processed(t, 'evt-draft-paid');

    const stored = await t.heed.storage.commerceRecords.get(SHOP, 'order', paid.order.id);
    expect(stored).toMatchObject({
      customerId: DEMO_CUSTOMERS.longTime,
      checkoutToken: null,
      payload: {
        source_name: 'shopify_draft_order',
        total_price: '189.00',
        note_attributes: [{name: '_heed_case', value: 'case_77'}],
      },
    });
  });
});
