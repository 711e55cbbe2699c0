import type {Check} from './context';
import type {Finding} from '../findings';
import type {CampaignPromise} from '../campaign';
import type {DiscountValue} from '../discount-facts';
import {describePromise, describeValue, promisedAmount} from '../wording';

/** Tolerance for comparing percentages and amounts that went through floating point. */
const EPSILON = 0.005;

/** Does each code give the kind and the amount of discount the email promises? */
export const checkDiscountValue: Check = ({campaign, discounts, shop}) =>
  discounts.flatMap((discount): Finding[] => {
    if (!discount.found) return [];
    const promised = describePromise(campaign.promise, shop.currencyCode);
    const given = describeValue(discount.value, shop.currencyCode);
    if (!sameKind(campaign.promise, discount.value)) {
      return [
        {
          code: 'KIND_MISMATCH',
          severity: 'blocker',
          subject: discount.code,
          explanation: `The email promises ${promised}, but ${discount.code} gives ${given}.`,
          fix: `Change ${discount.code} to a ${campaign.promise.kind.replace('_', ' ')} discount, or use a code that is one.`,
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
          subject: discount.code,
          explanation: `The email promises ${promised}, but ${discount.code} gives ${given}.`,
          fix: `Set ${discount.code} to ${promisedAmount(campaign.promise, shop.currencyCode)} off, or correct the email before it is sent.`,
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
