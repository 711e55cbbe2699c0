import type {Campaign} from '../../../web/server/campaigns/campaign';
import type {
  AutomaticDiscountFacts,
  CodeDiscountFacts,
} from '../../../web/server/campaigns/discount-facts';
import type {VerificationInput} from '../../../web/server/campaigns/verify-campaign';

export const DAY = 86_400_000;
export const NOW = Date.parse('2026-11-20T09:00:00Z');
export const SHOP = 'fabulous-furs.myshopify.com';

/** A campaign whose promise WINTER20 keeps exactly: every check passes on it. */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'cmp-1',
    shop: SHOP,
    name: 'Winter 20%',
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'email_subscribers'},
      minimum: null,
    },
    discountCodes: ['WINTER20'],
    sendAt: NOW + DAY,
    promiseStartsAt: NOW + DAY,
    promiseEndsAt: NOW + 8 * DAY,
    recipients: 1000,
    attributionKey: 'winter-20',
    email: {
      links: [
        `https://fabulousfurs.com/discount/WINTER20?redirect=%2Fcollections%2Fthrows&utm_campaign=winter-20`,
      ],
      html: null,
    },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function discount(overrides: Partial<CodeDiscountFacts> = {}): CodeDiscountFacts {
  return {
    code: 'WINTER20',
    found: true,
    id: 'gid://shopify/DiscountCodeNode/1',
    title: 'Winter 20',
    status: 'ACTIVE',
    discountClass: 'order',
    value: {type: 'percentage', percent: 20},
    startsAt: NOW - DAY,
    endsAt: NOW + 10 * DAY,
    usageLimit: null,
    usedCount: 0,
    appliesOncePerCustomer: false,
    items: {type: 'all'},
    context: {type: 'all'},
    minimum: null,
    combinesWith: {orderDiscounts: false, productDiscounts: true, shippingDiscounts: true},
    ...overrides,
  };
}

export function automatic(overrides: Partial<AutomaticDiscountFacts> = {}): AutomaticDiscountFacts {
  return {
    id: 'gid://shopify/DiscountAutomaticNode/9',
    title: 'Free gift wrap weekend',
    discountClass: 'order',
    value: {type: 'percentage', percent: 5},
    startsAt: NOW,
    endsAt: NOW + 3 * DAY,
    combinesWith: {orderDiscounts: false, productDiscounts: false, shippingDiscounts: false},
    ...overrides,
  };
}

export function input(overrides: Partial<VerificationInput> = {}): VerificationInput {
  return {
    campaign: campaign(),
    discounts: [discount()],
    automaticDiscounts: [],
    productCollections: {},
    shop: {domain: SHOP, currencyCode: 'USD', hosts: ['fabulousfurs.com', SHOP], timeZone: null},
    now: NOW,
    ...overrides,
  };
}
