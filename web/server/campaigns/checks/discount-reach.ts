import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import type {CodeDiscountFacts} from '../discount-facts';
import type {Campaign} from '../campaign';
import type {WordValue} from '../../sentences/wording';
import {findingWording, phrase} from '../finding-phrases';

/** Does each code reach the customers and the baskets the email promises? (Products: promised-scope.ts.) */
export const checkDiscountReach: Check = ({campaign, discounts, shop}) =>
  discounts.flatMap((discount): CheckedFinding[] => {
    if (!discount.found) return [];
    return [
      ...audienceFindings(campaign, discount),
      ...minimumFindings(campaign, discount, shop.currencyCode),
    ];
  });

function audienceFindings(campaign: Campaign, discount: CodeDiscountFacts): CheckedFinding[] {
  const {audience} = campaign.promise;
  const context = discount.context;
  if (context.type === 'all') return [];
  if (audience.type === 'segment' && context.type === 'segments') {
    const missing = audience.segmentIds.filter((id) => !context.ids.includes(id));
    if (missing.length === 0) return [];
  }
  const limitedTo =
    context.type === 'customers'
      ? phrase('audience.customers', {count: context.count})
      : phrase('audience.segments', {
          count: context.titles.length,
          titles: {titles: context.titles},
        });
  const promisedTo = phrase(
    audience.type === 'everyone'
      ? 'audience.everyone'
      : audience.type === 'email_subscribers'
        ? 'audience.emailSubscribers'
        : 'audience.segment',
  );
  const {code} = discount;
  return [
    {
      code: 'AUDIENCE_EXCLUDED',
      severity: 'blocker',
      subject: code,
      explanation: findingWording('audience.explanation', {code, limitedTo, promisedTo}),
      fix: findingWording('audience.fix', {code}),
    },
  ];
}

function minimumFindings(
  campaign: Campaign,
  discount: CodeDiscountFacts,
  currency: string,
): CheckedFinding[] {
  const required = discount.minimum;
  if (required === null) return [];
  const disclosed = campaign.promise.minimum;
  const requiredPhrase: WordValue =
    required.type === 'subtotal'
      ? phrase('minimum.subtotal', {amount: {money: required.amount, currency}})
      : phrase('minimum.quantity', {count: required.quantity});
  if (disclosed !== null && disclosed.type === required.type) {
    const enough =
      disclosed.type === 'subtotal'
        ? disclosed.amount >= (required.type === 'subtotal' ? required.amount : 0)
        : disclosed.quantity >= (required.type === 'quantity' ? required.quantity : 0);
    if (enough) return [];
  }
  const {code} = discount;
  return [
    {
      code: 'MINIMUM_NOT_DISCLOSED',
      severity: 'blocker',
      subject: code,
      explanation: findingWording(
        disclosed === null ? 'minimum.explanationNeverMentioned' : 'minimum.explanationUnderstated',
        {code, required: requiredPhrase},
      ),
      fix: findingWording('minimum.fix', {code, required: requiredPhrase}),
    },
  ];
}
