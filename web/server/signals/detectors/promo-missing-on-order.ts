import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {clause, promiseWording, sentenceOf, told} from '../wording';
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
    const facts = {
      email: campaign
        ? clause('promoMissing.email', {campaign: campaign.name})
        : clause('promoMissing.anyEmail'),
      promised: campaign
        ? clause('promoMissing.promised', {
            promise: {say: promiseWording(campaign.promise, currency)},
          })
        : clause('promoMissing.anyDiscount'),
    };
    const wording = first.code
      ? sentenceOf('promoMissing.withCode', {...facts, code: first.code})
      : sentenceOf('promoMissing.withoutCode', facts);
    return {
      type: 'promo_missing_on_order',
      severity: 'critical',
      ...told(wording, context.timeZone),
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
