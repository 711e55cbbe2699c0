import {paymentSubmissions, stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {Detector} from '../signal';

/**
 * Checkout told the shopper their payment did not go through (`alert_displayed` of type
 * `PAYMENT_ERROR`, e.g. a declined card) and no order followed. A decline followed by a
 * successful order is not a signal.
 */
export const detectPaymentFailed: Detector = (journey) => {
  const failures = journey.alerts.filter((alert) => alert.kind === 'payment');
  const last = failures.at(-1);
  const first = failures[0];
  if (!first || !last) return [];
  if (journey.completion && journey.completion.at >= last.at) return [];
  if (journey.otherOrders.some((order) => order.at >= last.at)) return [];
  const attempts = paymentSubmissions(journey);
  const times = failures.length > 1 ? ` ${failures.length} times` : '';
  return [
    {
      type: 'payment_failed',
      severity: failures.length >= 3 ? 'critical' : 'high',
      sentence: `Payment failed${times}: checkout said “${last.message}” and no order followed.`,
      dedupeKey: 'payment_failed',
      occurredAt: first.at,
      step: stepAt(journey, first),
      evidence: {
        eventIds: eventIds(...attempts.map((a) => a.eventId), ...failures.map((f) => f.eventId)),
        message: last.message,
        failures: failures.length,
        attempts: attempts.length,
      },
    },
  ];
};
