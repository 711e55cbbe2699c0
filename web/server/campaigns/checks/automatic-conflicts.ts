import type {Check} from './context';
import type {Finding} from '../findings';
import type {AutomaticDiscountFacts, CodeDiscountFacts, DiscountClass} from '../discount-facts';
import {describeValue, formatDate} from '../wording';

const COMBINES_KEY: Record<
  DiscountClass,
  'orderDiscounts' | 'productDiscounts' | 'shippingDiscounts'
> = {
  order: 'orderDiscounts',
  product: 'productDiscounts',
  shipping: 'shippingDiscounts',
};

/**
 * Two discounts apply together only when each allows the other's class; otherwise Shopify applies
 * one of them, and the shopper may silently get the automatic discount instead of the promised one.
 * https://help.shopify.com/manual/discounts/discount-combinations
 */
export const checkAutomaticConflicts: Check = ({campaign, discounts, automaticDiscounts, shop}) =>
  discounts.flatMap((discount): Finding[] => {
    if (!discount.found) return [];
    return automaticDiscounts
      .filter((auto) => overlaps(auto, campaign.promiseStartsAt, campaign.promiseEndsAt))
      .filter((auto) => !combine(discount, auto))
      .map((auto) => ({
        code: 'AUTOMATIC_DISCOUNT_CONFLICT' as const,
        severity: 'warning' as const,
        subject: discount.code,
        explanation: `The automatic discount “${auto.title}” (${describeValue(auto.value, shop.currencyCode)}) is active ${auto.endsAt === null ? 'with no end date' : `until ${formatDate(auto.endsAt, shop.timeZone)}`} and does not combine with ${discount.code}: Shopify may apply it instead of the promised offer.`,
        fix: `Let “${auto.title}” and ${discount.code} combine with each other, or end “${auto.title}” before the email goes out.`,
        fixAt: {kind: 'automatic_discount' as const, id: auto.id},
      }));
  });

function overlaps(auto: AutomaticDiscountFacts, from: number, to: number): boolean {
  return auto.startsAt < to && (auto.endsAt === null || auto.endsAt > from);
}

function combine(code: CodeDiscountFacts, auto: AutomaticDiscountFacts): boolean {
  return (
    code.combinesWith[COMBINES_KEY[auto.discountClass]] &&
    auto.combinesWith[COMBINES_KEY[code.discountClass]]
  );
}
