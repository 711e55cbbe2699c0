import type {Journey} from '../journey';
import {compareText} from '../pixel-event';
import {EMPTY_CONTEXT} from '../signal';
import type {DetectedSignal, DetectionContext, Detector, SignalType} from '../signal';
import {DEFAULT_THRESHOLDS} from '../thresholds';
import type {Thresholds} from '../thresholds';
import {detectAbandoned} from './abandoned';
import {detectCheckoutError} from './checkout-error';
import {detectCodeRejected} from './code-rejected';
import {detectPaymentFailed} from './payment-failed';
import {detectPromoNotApplied} from './promo-not-applied';
import {detectPromoMissingOnOrder} from './promo-missing-on-order';
import {detectRepeatedEdits} from './repeated-edits';
import {detectShippingShock} from './shipping-shock';
import {detectStalled} from './stalled';
import {detectStepRegression} from './step-regression';

export const DETECTORS: Readonly<Record<SignalType, Detector>> = {
  promo_not_applied: detectPromoNotApplied,
  promo_missing_on_order: detectPromoMissingOnOrder,
  code_rejected: detectCodeRejected,
  checkout_error: detectCheckoutError,
  stalled: detectStalled,
  step_regression: detectStepRegression,
  repeated_edits: detectRepeatedEdits,
  shipping_shock: detectShippingShock,
  payment_failed: detectPaymentFailed,
  abandoned: detectAbandoned,
};

/**
 * Every signal a journey shows at `now`, oldest first. Pure: the same journey, time and settings
 * always give the same signals, so the caller may run it on each batch and on each sweep: a
 * signal is kept once per `dedupeKey`, and one no longer shown, or made moot by a purchase, ends
 * (signal-lifecycle.ts).
 */
export function detectSignals(
  journey: Journey,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  context: DetectionContext = EMPTY_CONTEXT,
): DetectedSignal[] {
  return Object.values(DETECTORS)
    .flatMap((detect) => detect(journey, now, thresholds, context))
    .sort((a, b) => a.occurredAt - b.occurredAt || compareText(a.dedupeKey, b.dedupeKey));
}
