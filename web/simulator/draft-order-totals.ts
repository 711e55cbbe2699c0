/**
 * A draft order's money, computed as Shopify would for the simple discounts the demo shop has: a
 * code applies only when it exists and is active (Shopify skips the others and warns), on the
 * whole order; a manual `appliedDiscount` applies on top. Free-shipping codes zero the shipping.
 */
import {sumAmounts, type SimDraftOrder} from './commerce-state';
import {findCodeDiscount, statusAt, type ShopState} from './shop-state';

export interface DraftTotals {
  subtotal: string;
  discount: string;
  shipping: string;
  total: string;
  /** The codes that applied; the others were skipped. */
  appliedCodes: string[];
}

export function draftOrderTotals(
  draft: SimDraftOrder,
  state: ShopState,
  nowMs = Date.parse(draft.createdAt),
): DraftTotals {
  const subtotalCents = draft.lineItems.reduce(
    (sum, l) => sum + Math.round(Number(l.unitPrice) * 100) * l.quantity,
    0,
  );
  let discountCents = 0;
  let shippingCents = Math.round(Number(draft.shippingLine?.price ?? '0') * 100);
  const appliedCodes: string[] = [];
  for (const code of draft.discountCodes) {
    const discount = findCodeDiscount(state, code);
    if (!discount || statusAt(discount, nowMs) !== 'ACTIVE') continue;
    appliedCodes.push(discount.code);
    if (discount.kind === 'free_shipping') shippingCents = 0;
    else if (discount.value?.type === 'percentage')
      discountCents += Math.round(subtotalCents * discount.value.percentage);
    else if (discount.value?.type === 'fixed_amount')
      discountCents += Math.round(Number(discount.value.amount) * 100);
  }
  const manual = draft.appliedDiscount;
  if (manual) {
    discountCents +=
      manual.valueType === 'PERCENTAGE'
        ? Math.round(((subtotalCents - discountCents) * manual.value) / 100)
        : Math.round(manual.value * 100);
  }
  discountCents = Math.min(discountCents, subtotalCents);
  const cents = (n: number) => (n / 100).toFixed(2);
  return {
    subtotal: cents(subtotalCents),
    discount: cents(discountCents),
    shipping: cents(shippingCents),
    total: sumAmounts([cents(subtotalCents - discountCents), cents(shippingCents)]),
    appliedCodes,
  };
}
