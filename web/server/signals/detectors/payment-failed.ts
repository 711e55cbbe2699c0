import {paymentSubmissions, stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {Detector} from '../signal';
import {sentenceOf, told} from '../wording';

/**
 * Checkout told the shopper their payment did not go through (`alert_displayed` of type
 * `PAYMENT_ERROR`, e.g. a declined card) and no order followed. A decline followed by a
 * successful order is not a signal.
 */
export const detectPaymentFailed: Detector = (journey, _now, _thresholds, context) => {
  const failures = journey.alerts.filter((alert) => alert.kind === 'payment');
  const last = failures.at(-1);
  const first = failures[0];
  if (!first || !last) return [];
  if (journey.completion && journey.completion.at >= last.at) return [];
  if (journey.otherOrders.some((order) => order.at >= last.at)) return [];
  const attempts = paymentSubmissions(journey);
  const wording =
    failures.length > 1
      ? sentenceOf('paymentFailed.repeated', {message: last.message, times: failures.length})
      : sentenceOf('paymentFailed.once', {message: last.message});
  return [
    {
      type: 'payment_failed',
      severity: failures.length >= 3 ? 'critical' : 'high',
      ...told(wording, context.timeZone),
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
