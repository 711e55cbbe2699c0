import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import type {CampaignPromise} from '../campaign';
import type {DiscountValue} from '../discount-facts';
import {
  findingWording,
  promisedAmount,
  promisePhrase,
  valuePhrase,
  type FindingKey,
} from '../finding-phrases';

/** Tolerance for comparing percentages and amounts that went through floating point. */
const EPSILON = 0.005;

const CHANGE_TO_KIND: Record<CampaignPromise['kind'], FindingKey> = {
  percentage: 'kindMismatch.fix.percentage',
  fixed_amount: 'kindMismatch.fix.fixedAmount',
  free_shipping: 'kindMismatch.fix.freeShipping',
};

/** Does each code give the kind and the amount of discount the email promises? */
export const checkDiscountValue: Check = ({campaign, discounts, shop}) =>
  discounts.flatMap((discount): CheckedFinding[] => {
    if (!discount.found) return [];
    const {code} = discount;
    const compared = {
      promised: promisePhrase(campaign.promise, shop.currencyCode),
      code,
      given: valuePhrase(discount.value, shop.currencyCode),
    };
    if (!sameKind(campaign.promise, discount.value)) {
      return [
        {
          code: 'KIND_MISMATCH',
          severity: 'blocker',
          subject: code,
          explanation: findingWording('kindMismatch.explanation', compared),
          fix: findingWording(CHANGE_TO_KIND[campaign.promise.kind], {code}),
        },
      ];
    }
    const promisedValue = campaign.promise.value;
    const givenValue = numericValue(discount.value);
    if (
      promisedValue !== null &&
      givenValue !== null &&
      Math.abs(promisedValue - givenValue) > EPSILON
    ) {
      return [
        {
          code: 'VALUE_MISMATCH',
          severity: 'blocker',
          subject: code,
          explanation: findingWording('valueMismatch.explanation', compared),
          fix: findingWording('valueMismatch.fix', {
            code,
            amount: promisedAmount(campaign.promise, shop.currencyCode),
          }),
        },
      ];
    }
    return [];
  });

function sameKind(promise: CampaignPromise, value: DiscountValue): boolean {
  return promise.kind === value.type;
}

function numericValue(value: DiscountValue): number | null {
  if (value.type === 'percentage') return value.percent;
  if (value.type === 'fixed_amount') return value.amount;
  return null;
}
