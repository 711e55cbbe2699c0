import {currentStepOf, furthestStep, hasBought} from '../journey-views';
import {stepRank} from '../journey';
import {eventIds} from '../signal';
import type {Detector} from '../signal';
import {cartPhrase, duration, stepPhrase} from '../wording';

/**
 * No order within the shop's window after the shopper's last activity in checkout. A journey known
 * only from `checkouts/*` webhooks (no analytics consent, so no pixel) counts too.
 */
export const detectAbandoned: Detector = (journey, now, thresholds) => {
  const furthest = furthestStep(journey);
  const step = currentStepOf(journey);
  if ((furthest === null && journey.cart === null) || hasBought(journey)) return [];
  const abandonedAt = journey.lastActivityAt + thresholds.abandonAfterMs;
  if (now < abandonedAt) return [];
  const where = step ? ` at ${stepPhrase(step)}` : '';
  return [
    {
      type: 'abandoned',
      severity: furthest && stepRank(furthest) >= stepRank('shipping') ? 'high' : 'medium',
      sentence: `Left checkout${where} with ${cartPhrase(journey)}; no order ${duration(thresholds.abandonAfterMs)} after their last activity.`,
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
