import {describePromise} from '../../campaigns/wording';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {groupBy} from './group';

/**
 * The Thank you page saw the order placed without the discount the email promised (the checkout
 * extension's `thank_you_mismatch`): the difference is owed. One signal per order.
 */
export const detectPromoMissingOnOrder: Detector = (journey, _now, _thresholds, context) =>
  groupBy(
    journey.outcomes.filter((o) => o.state === 'thank_you_mismatch'),
    (o) => o.orderId ?? journey.completion?.orderId ?? o.code ?? '',
  ).map(({key, first}): DetectedSignal => {
    const campaign = context.campaigns.find((c) => c.id === first.campaignId) ?? null;
    const currency = journey.cart?.currencyCode ?? context.currencyCode;
    const promised = campaign
      ? `its promised ${describePromise(campaign.promise, currency)}`
      : 'its promised discount';
    const email = campaign ? `the “${campaign.name}” email` : 'a Heed email';
    const code = first.code ? ` (code ${first.code})` : '';
    return {
      type: 'promo_missing_on_order',
      severity: 'critical',
      sentence: `Placed an order from ${email} without ${promised}${code}; the difference is owed.`,
      dedupeKey: `promo_missing_on_order:${key}`,
      occurredAt: first.at,
      step: 'completed',
      evidence: {
        eventIds: eventIds(first.eventId),
        campaignId: first.campaignId,
        code: first.code,
        orderId: first.orderId ?? journey.completion?.orderId ?? null,
        state: first.state,
      },
    };
  });
