import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import type {AutomaticDiscountFacts, CodeDiscountFacts, DiscountClass} from '../discount-facts';
import {findingWording, moment, valuePhrase} from '../finding-phrases';

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
  discounts.flatMap((discount): CheckedFinding[] => {
    if (!discount.found) return [];
    const {code} = discount;
    return automaticDiscounts
      .filter((auto) => overlaps(auto, campaign.promiseStartsAt, campaign.promiseEndsAt))
      .filter((auto) => !combine(discount, auto))
      .map((auto) => {
        const facts = {title: auto.title, value: valuePhrase(auto.value, shop.currencyCode), code};
        return {
          code: 'AUTOMATIC_DISCOUNT_CONFLICT' as const,
          severity: 'warning' as const,
          subject: code,
          explanation:
            auto.endsAt === null
              ? findingWording('automaticConflict.explanation', facts)
              : findingWording('automaticConflict.explanationUntil', {
                  ...facts,
                  endsAt: moment(auto.endsAt),
                }),
          fix: findingWording('automaticConflict.fix', {title: auto.title, code}),
          fixAt: {kind: 'automatic_discount' as const, id: auto.id},
        };
      });
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
