import type {
  Attribute,
  CartDiscountAllocation,
  CartDiscountCode,
} from '@shopify/ui-extensions/checkout';
import type {Offer} from './offer';

/** Set by the campaign-attribution theme embed; the underscore hides it from the shopper. */
export const CAMPAIGN_ATTRIBUTE = '_heed_utm_campaign';

export interface Saved {
  amount: number;
  currencyCode: string;
}

/** Whether the campaign's code is really taking money off, judged only from what checkout shows. */
export type CodeStatus =
  | {kind: 'missing'}
  | {kind: 'present_without_allocation'}
  | {kind: 'applying'; saved: Saved | null};

export interface CheckoutDiscounts {
  codes: readonly CartDiscountCode[];
  /** Cart-level allocations. */
  allocations: readonly CartDiscountAllocation[];
  /** Each line's allocations, where product-level discounts land. */
  lineAllocations: readonly (readonly CartDiscountAllocation[])[];
  /** The checkout's currency (`shopify.cost`), which may differ from the shop's. */
  currencyCode: string;
}

export function campaignFromAttributes(attributes: readonly Attribute[]): string | null {
  const value = attributes.find((a) => a.key === CAMPAIGN_ATTRIBUTE)?.value.trim();
  return value ? value : null;
}

/** Shopify treats discount codes case-insensitively. */
export function sameCode(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * A code in the checkout that takes nothing off does not count as applied: that is the Fabulous
 * Furs failure, a code accepted and no deduction. Free shipping is the exception, because a
 * shipping discount shows in no cart or line allocation (and before a rate is chosen, in nothing).
 */
export function codeStatus(offer: Offer, discounts: CheckoutDiscounts): CodeStatus {
  if (!discounts.codes.some((c) => sameCode(c.code, offer.code))) return {kind: 'missing'};
  // Either list may hold the code's allocations; taking the larger never counts one twice.
  const saved = Math.max(
    savedBy(offer.code, discounts.allocations),
    discounts.lineAllocations.reduce((sum, line) => sum + savedBy(offer.code, line), 0),
  );
  if (saved > 0)
    return {kind: 'applying', saved: {amount: saved, currencyCode: currencyOf(discounts, offer)}};
  if (offer.promise.kind === 'free_shipping') return {kind: 'applying', saved: null};
  return {kind: 'present_without_allocation'};
}

function savedBy(code: string, allocations: readonly CartDiscountAllocation[]): number {
  return allocations.reduce(
    (sum, a) =>
      a.type === 'code' && sameCode(a.code, code) ? sum + a.discountedAmount.amount : sum,
    0,
  );
}

/** The currency the code's allocations carry, else the checkout's. */
function currencyOf(discounts: CheckoutDiscounts, offer: Offer): string {
  const first = [...discounts.allocations, ...discounts.lineAllocations.flat()].find(
    (a) => a.type === 'code' && sameCode(a.code, offer.code),
  );
  return first?.discountedAmount.currencyCode ?? discounts.currencyCode;
}
