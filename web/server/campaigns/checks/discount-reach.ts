import type {Check} from './context';
import type {Finding} from '../findings';
import type {CodeDiscountFacts} from '../discount-facts';
import type {Campaign} from '../campaign';
import {formatMoney} from '../wording';

/** Does each code reach the customers and the baskets the email promises? (Products: promised-scope.ts.) */
export const checkDiscountReach: Check = ({campaign, discounts, shop}) =>
  discounts.flatMap((discount): Finding[] => {
    if (!discount.found) return [];
    return [
      ...audienceFindings(campaign, discount),
      ...minimumFindings(campaign, discount, shop.currencyCode),
    ];
  });

function audienceFindings(campaign: Campaign, discount: CodeDiscountFacts): Finding[] {
  const {audience} = campaign.promise;
  const context = discount.context;
  if (context.type === 'all') return [];
  if (audience.type === 'segment' && context.type === 'segments') {
    const missing = audience.segmentIds.filter((id) => !context.ids.includes(id));
    if (missing.length === 0) return [];
  }
  const limitedTo =
    context.type === 'customers'
      ? `${context.count} specific customer(s)`
      : `the segment(s) ${context.titles.map((t) => `“${t}”`).join(', ')}`;
  const promisedTo =
    audience.type === 'everyone'
      ? 'everyone who gets the email'
      : audience.type === 'email_subscribers'
        ? 'every email subscriber'
        : 'the segment(s) the campaign targets';
  return [
    {
      code: 'AUDIENCE_EXCLUDED',
      severity: 'blocker',
      subject: discount.code,
      explanation: `${discount.code} can only be used by ${limitedTo}, but the email promises it to ${promisedTo}; others will see it rejected.`,
      fix: `Make ${discount.code} available to all customers, or to the segment the email is sent to.`,
    },
  ];
}

function minimumFindings(
  campaign: Campaign,
  discount: CodeDiscountFacts,
  currency: string,
): Finding[] {
  const required = discount.minimum;
  if (required === null) return [];
  const disclosed = campaign.promise.minimum;
  const requiredText =
    required.type === 'subtotal'
      ? `a subtotal of at least ${formatMoney(required.amount, currency)}`
      : `at least ${required.quantity} item(s)`;
  if (disclosed !== null && disclosed.type === required.type) {
    const enough =
      disclosed.type === 'subtotal'
        ? disclosed.amount >= (required.type === 'subtotal' ? required.amount : 0)
        : disclosed.quantity >= (required.type === 'quantity' ? required.quantity : 0);
    if (enough) return [];
  }
  return [
    {
      code: 'MINIMUM_NOT_DISCLOSED',
      severity: 'blocker',
      subject: discount.code,
      explanation: `${discount.code} needs ${requiredText}, which the email ${disclosed === null ? 'never mentions' : 'understates'}: shoppers below it will see no discount.`,
      fix: `Remove the minimum from ${discount.code}, or state "${requiredText}" in the email and in this campaign's promise.`,
    },
  ];
}
