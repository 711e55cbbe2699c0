import {beforeEach, describe, expect, it} from 'vitest';
import {
  createDraftOrder,
  draftOrderInput,
  sendDraftOrderInvoice,
  type DraftOrderArgs,
} from '../../../web/server/followup/draft-order';
import type {JourneySnapshot} from '../../../web/server/followup/types';
import {commerceFacts} from '../../../web/server/webhooks/commerce-facts';
import {DEMO_CUSTOMERS} from '../../../web/simulator/demo-customers';
import {simulatedAdmin, type SimulatedAdmin} from '../../support/simulated-admin';

const NOW = Date.parse('2026-11-27T17:00:00Z');
const DAY = 86_400_000;

type Cart = NonNullable<JourneySnapshot['cart']>;
const cart: Cart = {
  currencyCode: 'CAD',
  lines: [
    {
      title: 'Sable Faux Fur Throw',
      variantId: 'gid://shopify/ProductVariant/2001',
      sku: 'FFT-SAB-5060',
      quantity: 2,
      unitPrice: {amount: 189, currencyCode: 'CAD'},
      linePrice: {amount: 378, currencyCode: 'CAD'},
      properties: [{key: 'Monogram', value: 'MH'}],
    },
    {
      title: 'Gift wrap',
      variantId: null,
      sku: null,
      quantity: 1,
      unitPrice: null,
      linePrice: null,
      properties: [],
    },
  ],
  subtotal: {amount: 378, currencyCode: 'CAD'},
  shipping: null,
  tax: null,
  total: {amount: 378, currencyCode: 'CAD'},
  discountsAmount: null,
  codesApplied: [],
};

const args = (patch: Partial<DraftOrderArgs> = {}): DraftOrderArgs => ({
  cart,
  promise: {
    campaignId: 'cmp_1',
    campaignName: 'Winter email',
    promiseSentence: '20% off your entire order',
    codes: ['WINTER20'],
    startsAt: NOW - 3 * DAY,
    endsAt: NOW + 28 * DAY,
    codeState: {code: 'WINTER20', status: 'ready', checkedAt: NOW - DAY, summary: 'Applies'},
    terms: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'everyone'},
      minimum: null,
    },
  },
  email: 'margaret.holloway@example.com',
  customerId: DEMO_CUSTOMERS.longTime,
  caseId: 'case_42',
  now: NOW,
  ...patch,
});

let t: SimulatedAdmin;
beforeEach(async () => {
  t = await simulatedAdmin(NOW);
});

async function resume(patch: Partial<DraftOrderArgs> = {}) {
  const plan = draftOrderInput(args(patch));
  if (!plan.ok) throw new Error(plan.reason);
  const created = await createDraftOrder(t.query, t.shop, plan);
  if (!created.ok) throw new Error(created.reason);
  return created.draftOrder;
}

describe('resuming an order in the simulated shop', () => {
  it('when the case is resumed, then Shopify holds a draft order with the lines, the code, the customer and the case id', async () => {
    const draft = await resume();
    expect(draft).toMatchObject({
      name: expect.stringMatching(/^#D\d+$/),
      invoiceUrl: expect.stringMatching(/^https:\/\/fabulous-furs\.myshopify\.com\//),
      discount: {kind: 'code', code: 'WINTER20'},
      droppedLines: [{title: 'Gift wrap', quantity: 1}],
      createdAt: NOW,
      invoiceSentAt: null,
    });
    const held = t.sim.shop(t.shop).draftOrders.find((d) => d.id === draft.id);
    expect(held).toMatchObject({
      customerId: DEMO_CUSTOMERS.longTime,
      email: 'margaret.holloway@example.com',
      discountCodes: ['WINTER20'],
      customAttributes: [{key: '_heed_case', value: 'case_42'}],
      lineItems: [
        {
          variantId: 'gid://shopify/ProductVariant/2001',
          quantity: 2,
          customAttributes: [{key: 'Monogram', value: 'MH'}],
        },
      ],
    });
    const sent = t.sim.requests.find((r) => r.operationName === 'DraftOrderCreate');
    // `customerId` on the input is deprecated in 2026-07: the customer goes in purchasingEntity.
    expect(sent?.variables).not.toHaveProperty('input.customerId');
    expect(sent?.variables).toMatchObject({
      input: {purchasingEntity: {customerId: DEMO_CUSTOMERS.longTime}},
    });
  });

  it('when the code no longer applies in Shopify, then the check says the promise is not on the draft order', async () => {
    const state = t.sim.shop(t.shop);
    const winter = state.codeDiscounts.find((d) => d.code === 'WINTER20');
    if (!winter) throw new Error('the demo shop lost WINTER20');
    winter.endsAt = new Date(NOW - 1000).toISOString();
    const plan = draftOrderInput(args());
    if (!plan.ok) throw new Error(plan.reason);
    const created = await createDraftOrder(t.query, t.shop, plan);
    expect(created).toMatchObject({
      ok: true,
      check: {
        promiseOnDraft: false,
        codesNotApplied: ['WINTER20'],
        discountTotal: {amount: 0, currencyCode: 'CAD'},
      },
    });
  });

  it('when the code applies, then the check shows the discount on the draft order', async () => {
    const plan = draftOrderInput(args());
    if (!plan.ok) throw new Error(plan.reason);
    const created = await createDraftOrder(t.query, t.shop, plan);
    expect(created).toMatchObject({
      ok: true,
      check: {promiseOnDraft: true, codesNotApplied: [], discountTotal: {amount: 75.6}},
    });
  });

  it('when the variant no longer exists, then Shopify’s refusal comes back as a failure, never a success', async () => {
    const plan = draftOrderInput(
      args({
        cart: {
          ...cart,
          lines: [{...cart.lines[0]!, variantId: 'gid://shopify/ProductVariant/999'}],
        },
      }),
    );
    if (!plan.ok) throw new Error(plan.reason);
    const created = await createDraftOrder(t.query, t.shop, plan);
    expect(created).toMatchObject({
      ok: false,
      retryable: false,
      reason: expect.stringMatching(
        /^Shopify refused the draft order: Product variant .*999 does not exist/,
      ),
    });
  });

  it('when the invoice is sent, then Shopify sends it with the staff member’s message, and the shopper’s payment arrives as an orders/create Heed reads', async () => {
    const draft = await resume();
    const sent = await sendDraftOrderInvoice(t.query, t.shop, draft.id, {
      to: 'margaret.holloway@example.com',
      subject: 'Your 20% off, as promised',
      customMessage: 'Sorry the code did not work. Anna',
    });
    expect(sent).toEqual({ok: true, invoiceSentAt: NOW});
    expect(t.sim.sentInvoices(t.shop)).toEqual([
      {
        draftOrderId: draft.id,
        to: 'margaret.holloway@example.com',
        subject: 'Your 20% off, as promised',
        customMessage: 'Sorry the code did not work. Anna',
        sentAt: new Date(NOW).toISOString(),
      },
    ]);

    const paid = t.sim.payDraftOrder(t.shop, draft.id);
    const facts = commerceFacts(t.shop, 'order', paid.webhookBody);
    expect(facts).toMatchObject({
      id: paid.order.id,
      checkout_token: null,
      customer_id: DEMO_CUSTOMERS.longTime,
      source_name: 'shopify_draft_order',
      subtotal_price: '378.00',
      total_discounts: '75.60',
      total_price: '302.40',
      discount_codes: [{code: 'WINTER20', amount: '75.60', type: 'percentage'}],
      note_attributes: [{name: '_heed_case', value: 'case_42'}],
      line_items: [{variant_id: 'gid://shopify/ProductVariant/2001', quantity: 2, price: '189.00'}],
      has_email: true,
    });
    expect(
      t.sim.shop(t.shop).customers.find((c) => c.id === DEMO_CUSTOMERS.longTime)?.numberOfOrders,
    ).toBe(15);
  });

  it.each([
    ['a paid draft order', 'paid'],
    ['an unknown draft order', 'unknown'],
  ])('when the invoice is for %s, then Shopify refuses it', async (_case, which) => {
    const draft = await resume();
    if (which === 'paid') t.sim.payDraftOrder(t.shop, draft.id);
    const id = which === 'paid' ? draft.id : 'gid://shopify/DraftOrder/1';
    const sent = await sendDraftOrderInvoice(t.query, t.shop, id, {
      to: 'a@example.com',
      subject: 's',
      customMessage: 'm',
    });
    expect(sent).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Shopify refused to send the invoice/),
    });
    expect(t.sim.sentInvoices(t.shop)).toEqual([]);
  });
});
