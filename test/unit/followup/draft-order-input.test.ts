import {describe, expect, it} from 'vitest';
import type {CampaignPromise} from '../../../web/server/campaigns/campaign';
import {
  applicableCode,
  CASE_ATTRIBUTE_KEY,
  draftOrderInput,
  type DraftOrderArgs,
} from '../../../web/server/followup/draft-order';
import type {JourneySnapshot, PromiseSnapshot} from '../../../web/server/followup/types';

const NOW = Date.parse('2026-11-27T17:00:00Z');
const DAY = 86_400_000;
type Cart = NonNullable<JourneySnapshot['cart']>;
type Line = Cart['lines'][number];

const line = (patch: Partial<Line> = {}): Line => ({
  title: 'Sable Faux Fur Throw',
  variantId: 'gid://shopify/ProductVariant/2001',
  sku: 'FFT-SAB-5060',
  quantity: 2,
  unitPrice: {amount: 189, currencyCode: 'CAD'},
  linePrice: {amount: 378, currencyCode: 'CAD'},
  properties: [],
  ...patch,
});

const cart = (lines: Line[]): Cart => ({
  currencyCode: 'CAD',
  lines,
  subtotal: {amount: 378, currencyCode: 'CAD'},
  shipping: null,
  tax: null,
  total: {amount: 378, currencyCode: 'CAD'},
  discountsAmount: null,
  codesApplied: [],
});

const twentyOff: CampaignPromise = {
  kind: 'percentage',
  value: 20,
  scope: {type: 'entire_order'},
  audience: {type: 'everyone'},
  minimum: null,
};

const promise = (patch: Partial<PromiseSnapshot> = {}): PromiseSnapshot => ({
  campaignId: 'cmp_1',
  campaignName: 'Winter email',
  promiseSentence: '20% off your entire order',
  codes: ['WINTER20'],
  startsAt: NOW - 3 * DAY,
  endsAt: NOW + 28 * DAY,
  codeState: {code: 'WINTER20', status: 'ready', checkedAt: NOW - DAY, summary: 'Applies'},
  terms: twentyOff,
  ...patch,
});

const args = (patch: Partial<DraftOrderArgs> = {}): DraftOrderArgs => ({
  cart: cart([line()]),
  promise: promise(),
  email: 'margaret.holloway@example.com',
  customerId: 'gid://shopify/Customer/6001',
  caseId: 'case_42',
  now: NOW,
  ...patch,
});

describe('draftOrderInput', () => {
  it('when the code can apply, then the draft order carries the lines, the code, the shopper as purchasing entity and the case id', () => {
    const plan = draftOrderInput(
      args({cart: cart([line({properties: [{key: 'Monogram', value: 'MH'}]})])}),
    );
    expect(plan).toMatchObject({
      ok: true,
      discount: {kind: 'code', code: 'WINTER20'},
      droppedLines: [],
      input: {
        lineItems: [
          {
            variantId: 'gid://shopify/ProductVariant/2001',
            quantity: 2,
            customAttributes: [{key: 'Monogram', value: 'MH'}],
          },
        ],
        discountCodes: ['WINTER20'],
        email: 'margaret.holloway@example.com',
        purchasingEntity: {customerId: 'gid://shopify/Customer/6001'},
        customAttributes: [{key: CASE_ATTRIBUTE_KEY, value: 'case_42'}],
      },
    });
    if (!plan.ok) throw new Error('expected a plan');
    // `customerId` on the input is deprecated in 2026-07.
    expect(plan.input).not.toHaveProperty('customerId');
    expect(plan.input).not.toHaveProperty('appliedDiscount');
  });

  it('when a line has no variant, then it is listed as dropped and the others go on', () => {
    const plan = draftOrderInput(
      args({cart: cart([line(), line({title: 'Gift wrap', variantId: null, quantity: 1})])}),
    );
    expect(plan).toMatchObject({ok: true, droppedLines: [{title: 'Gift wrap', quantity: 1}]});
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.input.lineItems).toHaveLength(1);
  });

  it('when no line has a variant, then there is no draft order and every line is listed', () => {
    const plan = draftOrderInput(args({cart: cart([line({variantId: null})])}));
    expect(plan).toMatchObject({
      ok: false,
      droppedLines: [{title: 'Sable Faux Fur Throw', quantity: 2}],
    });
  });

  it.each<[string, Partial<DraftOrderArgs>]>([
    ['the code was refused at checkout', {codeRefused: true}],
    [
      'the code was last read as expired',
      {
        promise: promise({
          codeState: {code: 'WINTER20', status: 'expired', checkedAt: NOW, summary: 'Expired'},
        }),
      },
    ],
    ['the code was never verified', {promise: promise({codeState: null})}],
    ['the promise window has closed', {now: NOW + 40 * DAY}],
  ])('when %s, then an equal applied discount goes in instead of the code', (_case, patch) => {
    const plan = draftOrderInput(args(patch));
    expect(plan).toMatchObject({
      ok: true,
      discount: {
        kind: 'applied',
        value: 20,
        valueType: 'PERCENTAGE',
        title: '20% off your entire order',
      },
      input: {appliedDiscount: {value: 20, valueType: 'PERCENTAGE'}},
    });
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.input).not.toHaveProperty('discountCodes');
    expect(plan.discountSentence).toMatch(/cannot apply.*equal 20% discount/);
  });

  it('when a fixed amount was promised and the code cannot apply, then the applied discount is that amount in the cart currency', () => {
    const plan = draftOrderInput(
      args({
        codeRefused: true,
        promise: promise({terms: {...twentyOff, kind: 'fixed_amount', value: 25}}),
      }),
    );
    expect(plan).toMatchObject({
      ok: true,
      input: {
        appliedDiscount: {
          value: 25,
          valueType: 'FIXED_AMOUNT',
          amountWithCurrency: {amount: '25.00', currencyCode: 'CAD'},
        },
      },
    });
  });

  it('when free shipping was promised and the code cannot apply, then the shipping line is free and no item is discounted', () => {
    const plan = draftOrderInput(
      args({
        codeRefused: true,
        promise: promise({terms: {...twentyOff, kind: 'free_shipping', value: null}}),
      }),
    );
    expect(plan).toMatchObject({
      ok: true,
      discount: null,
      input: {shippingLine: {priceWithCurrency: {amount: '0.00', currencyCode: 'CAD'}}},
    });
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.input).not.toHaveProperty('appliedDiscount');
    expect(plan.discountSentence).toMatch(/ships for free/);
  });

  it('when the promise covered some products only, then the sentence says the equal discount is on the whole order', () => {
    const plan = draftOrderInput(
      args({
        codeRefused: true,
        promise: promise({
          terms: {...twentyOff, scope: {type: 'collections', description: 'throws'}},
        }),
      }),
    );
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.discountSentence).toMatch(/whole order.*covered throws/);
  });

  it('when the code cannot apply and the terms were not kept, then no discount is invented and the sentence says what to add', () => {
    const plan = draftOrderInput(args({codeRefused: true, promise: promise({terms: undefined})}));
    expect(plan).toMatchObject({ok: true, discount: null});
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.input).not.toHaveProperty('appliedDiscount');
    expect(plan.discountSentence).toContain('20% off your entire order');
  });

  it('when the shopper was a guest, then no purchasing entity is sent', () => {
    const plan = draftOrderInput(args({customerId: null, promise: null}));
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.input).not.toHaveProperty('purchasingEntity');
    expect(plan.discount).toBeNull();
  });
});

describe('applicableCode', () => {
  it('when the verified code is another one than the campaign’s, then it is not used', () => {
    const other = promise({
      codeState: {code: 'SAVE15', status: 'ready', checkedAt: NOW, summary: ''},
    });
    expect(applicableCode(other, NOW)).toBeNull();
  });

  it('when the verification says it works, case aside, then the code is used', () => {
    const upper = promise({
      codeState: {code: 'WINTER20', status: 'READY', checkedAt: NOW, summary: ''},
    });
    expect(applicableCode(upper, NOW)).toBe('WINTER20');
  });
});
