import {furthestStep, hasBought, paymentSubmissions} from '../journey-views';
import {eventIds} from '../signal';
import type {Detector} from '../signal';
import {money, sentenceOf, told} from '../wording';

/**
 * The shopper saw a shipping price above the shop's share of the subtotal, never submitted
 * payment, and has been silent since.
 */
export const detectShippingShock: Detector = (journey, now, thresholds, context) => {
  const cart = journey.cart;
  const shipping = cart?.shipping;
  const subtotal = cart?.subtotal;
  if (!cart || !shipping || !subtotal || subtotal.amount <= 0) return [];
  const share = shipping.amount / subtotal.amount;
  if (share <= thresholds.shippingShockShare) return [];
  if (hasBought(journey) || paymentSubmissions(journey).length > 0) return [];
  const leftAt = journey.lastActivityAt + thresholds.shippingShockLeftAfterMs;
  if (now < leftAt) return [];
  const percent = Math.round(share * 100);
  return [
    {
      type: 'shipping_shock',
      severity: share >= 2 * thresholds.shippingShockShare ? 'high' : 'medium',
      ...told(
        sentenceOf('shippingShock.sentence', {
          shipping: money(shipping),
          subtotal: money(subtotal),
          percent,
        }),
        context.timeZone,
      ),
      dedupeKey: 'shipping_shock',
      occurredAt: leftAt,
      step: furthestStep(journey),
      evidence: {
        eventIds: eventIds(cart.asOf.eventId, journey.lastActivity?.eventId),
        shipping: shipping.amount,
        subtotal: subtotal.amount,
        currencyCode: subtotal.currencyCode,
        sharePercent: percent,
      },
    },
  ];
};
