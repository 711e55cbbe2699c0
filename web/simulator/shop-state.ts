/**
 * A shop as the simulator holds it: plain data close to Shopify's own model, plus the few mutators
 * tests need (a merchant editing a discount in the middle of a campaign, say). Money amounts are
 * decimal strings, as the Admin API sends them; times are ISO 8601.
 */

import type {
  SimAbandonedCheckout,
  SimCustomer,
  SimDraftOrder,
  SimOrder,
  SimStaffUser,
} from './commerce-state';

export type * from './commerce-state';

export interface SimMoney {
  amount: string;
  currencyCode: string;
}

export interface SimShopInfo {
  name: string;
  myshopifyDomain: string;
  primaryDomainHost: string;
  currencyCode: string;
  ianaTimezone: string;
  plan: {publicDisplayName: string; shopifyPlus: boolean; partnerDevelopment: boolean};
}

export type SimDiscountClass = 'ORDER' | 'PRODUCT' | 'SHIPPING';

/** `percentage` is a fraction, as in the Admin API: 0.2 is 20 %. */
export type SimDiscountValue =
  | {type: 'percentage'; percentage: number}
  | {type: 'fixed_amount'; amount: string; appliesOnEachItem: boolean};

export type SimItems =
  | {type: 'all'}
  | {type: 'products'; productIds: string[]}
  | {type: 'collections'; collectionIds: string[]};

export type SimContext =
  | {type: 'all'}
  | {type: 'customers'; customerIds: string[]}
  | {type: 'segments'; segments: Array<{id: string; name: string}>};

export type SimMinimum = {type: 'subtotal'; amount: string} | {type: 'quantity'; quantity: number};

export interface SimCombinesWith {
  orderDiscounts: boolean;
  productDiscounts: boolean;
  shippingDiscounts: boolean;
}

interface SimDiscountCommon {
  id: string;
  title: string;
  discountClass: SimDiscountClass;
  startsAt: string;
  endsAt: string | null;
  combinesWith: SimCombinesWith;
  minimum: SimMinimum | null;
  context: SimContext;
  /** Null for free shipping, which discounts the shipping line instead of items. */
  value: SimDiscountValue | null;
  items: SimItems;
}

export interface SimCodeDiscount extends SimDiscountCommon {
  kind: 'basic' | 'free_shipping';
  code: string;
  usageLimit: number | null;
  usedCount: number;
  appliesOncePerCustomer: boolean;
}

export interface SimAutomaticDiscount extends SimDiscountCommon {
  kind: 'basic' | 'free_shipping';
}

export interface SimVariant {
  /** `gid://shopify/ProductVariant/…` */
  id: string;
  title: string;
  price: string;
  sku: string | null;
}

export interface SimProduct {
  id: string;
  title: string;
  price: string;
  collectionIds: string[];
  /** What a draft order line can name; a product without variants cannot be ordered. */
  variants?: SimVariant[];
}

export interface SimCollection {
  id: string;
  title: string;
}

/** A customer segment; Shopify defines its members by a ShopifyQL query the simulator keeps as text. */
export interface SimSegment {
  id: string;
  name: string;
  query: string;
}

export interface SimWebPixel {
  id: string;
  settings: Record<string, unknown>;
}

export interface ShopState {
  shop: SimShopInfo;
  products: SimProduct[];
  collections: SimCollection[];
  segments: SimSegment[];
  codeDiscounts: SimCodeDiscount[];
  automaticDiscounts: SimAutomaticDiscount[];
  customers: SimCustomer[];
  orders: SimOrder[];
  draftOrders: SimDraftOrder[];
  abandonedCheckouts: SimAbandonedCheckout[];
  webPixel: SimWebPixel | null;
  /** Staff accounts by session-token `sub`; others get a default name from the token exchange. */
  staffUsers: SimStaffUser[];
}

export type SimDiscountStatus = 'ACTIVE' | 'EXPIRED' | 'SCHEDULED';

/** Shopify derives a discount's status from its window; so does the simulator. */
export function statusAt(
  discount: {startsAt: string; endsAt: string | null},
  nowMs: number,
): SimDiscountStatus {
  if (Date.parse(discount.startsAt) > nowMs) return 'SCHEDULED';
  if (discount.endsAt !== null && Date.parse(discount.endsAt) <= nowMs) return 'EXPIRED';
  return 'ACTIVE';
}

/** Codes are case-insensitive at checkout and in `codeDiscountNodeByCode`. */
export function findCodeDiscount(state: ShopState, code: string): SimCodeDiscount | undefined {
  const wanted = code.trim().toLowerCase();
  return state.codeDiscounts.find((d) => d.code.toLowerCase() === wanted);
}

export type CodeDiscountPatch = Partial<Omit<SimCodeDiscount, 'id'>>;

/** The merchant edits a code discount; the next Admin API answer shows the change. */
export function updateCodeDiscount(
  state: ShopState,
  code: string,
  patch: CodeDiscountPatch,
): SimCodeDiscount {
  const discount = findCodeDiscount(state, code);
  if (!discount) throw new Error(`The simulated shop has no code discount ${code}`);
  Object.assign(discount, patch);
  return discount;
}

export function addCodeDiscount(state: ShopState, discount: SimCodeDiscount): void {
  if (findCodeDiscount(state, discount.code)) {
    throw new Error(`The simulated shop already has a code discount ${discount.code}`);
  }
  state.codeDiscounts.push(discount);
}

export function removeCodeDiscount(state: ShopState, code: string): void {
  const discount = findCodeDiscount(state, code);
  state.codeDiscounts = state.codeDiscounts.filter((d) => d !== discount);
}

export function updateAutomaticDiscount(
  state: ShopState,
  title: string,
  patch: Partial<Omit<SimAutomaticDiscount, 'id'>>,
): SimAutomaticDiscount {
  const discount = state.automaticDiscounts.find((d) => d.title === title);
  if (!discount) throw new Error(`The simulated shop has no automatic discount "${title}"`);
  Object.assign(discount, patch);
  return discount;
}

/** The product variant a GID names, with its product. */
export function findVariant(
  state: ShopState,
  variantId: string,
): {product: SimProduct; variant: SimVariant} | undefined {
  for (const product of state.products) {
    const variant = product.variants?.find((v) => v.id === variantId);
    if (variant) return {product, variant};
  }
  return undefined;
}

export {createDemoShopState, DEMO_SHOP_DOMAIN} from './demo-shop';
