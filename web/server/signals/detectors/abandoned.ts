import {currentStepOf, furthestStep, hasBought} from '../journey-views';
import {stepRank} from '../journey';
import {eventIds} from '../signal';
import type {Detector} from '../signal';
import {cartWording, durationWording, place, sentenceOf, told} from '../wording';

/**
 * No order within the shop's window after the shopper's last activity in checkout. A journey known
 * only from `checkouts/*` webhooks (no analytics consent, so no pixel) counts too.
 */
export const detectAbandoned: Detector = (journey, now, thresholds, context) => {
  const furthest = furthestStep(journey);
  const step = currentStepOf(journey);
  if ((furthest === null && journey.cart === null) || hasBought(journey)) return [];
  const abandonedAt = journey.lastActivityAt + thresholds.abandonAfterMs;
  if (now < abandonedAt) return [];
  const facts = {
    cart: cartWording(journey),
    wait: {say: durationWording(thresholds.abandonAfterMs)},
  };
  const wording = step
    ? sentenceOf('abandoned.atStep', {place: place('at', step), ...facts})
    : sentenceOf('abandoned.anywhere', facts);
  return [
    {
      type: 'abandoned',
      severity: furthest && stepRank(furthest) >= stepRank('shipping') ? 'high' : 'medium',
      ...told(wording, context.timeZone),
      dedupeKey: 'abandoned',
      occurredAt: abandonedAt,
      step,
      evidence: {
        eventIds: eventIds(journey.lastActivity?.eventId),
        lastActivityAt: journey.lastActivityAt,
        furthestStep: furthest,
        total: journey.cart?.total?.amount ?? null,
        currencyCode: journey.cart?.currencyCode ?? null,
      },
    },
  ];
};
