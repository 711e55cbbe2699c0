import type {AlertFact, ExtensionErrorFact, Journey} from '../journey';
import {stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {clause, place, sentenceOf, told} from '../wording';
import {groupBy} from './group';
import type {Group} from './group';

/** Alerts that stop a purchase, not a field to fill in again. */
const BLOCKING_ALERTS = new Set([
  'CHECKOUT_ERROR',
  'DELIVERY_ERROR',
  'INVENTORY_ERROR',
  'MERCHANDISE_ERROR',
]);

/**
 * Checkout showed an error that is neither a discount nor a payment problem (those have their own
 * signals), or a checkout UI extension crashed. The same message shown again is one signal.
 */
export const detectCheckoutError: Detector = (journey, _now, _thresholds, context) => [
  ...groupBy(
    journey.alerts.filter((a) => a.kind === 'other'),
    (a) => `${a.type}|${a.message}`,
  ).map((group) => alertSignal(journey, group, context.timeZone)),
  ...groupBy(journey.extensionErrors, (e) => `${e.extensionName}|${e.message}`).map((group) =>
    extensionSignal(journey, group, context.timeZone),
  ),
];

function alertSignal(
  journey: Journey,
  {first, items: alerts}: Group<AlertFact>,
  timeZone: string | null,
): DetectedSignal {
  const step = stepAt(journey, first);
  const facts = {message: first.message, place: place('on', step)};
  const wording =
    alerts.length > 1
      ? sentenceOf('checkoutError.alertRepeated', {...facts, times: alerts.length})
      : sentenceOf('checkoutError.alert', facts);
  return {
    type: 'checkout_error',
    severity: BLOCKING_ALERTS.has(first.type) ? 'high' : 'medium',
    ...told(wording, timeZone),
    dedupeKey: `checkout_error:${first.eventId}`,
    occurredAt: first.at,
    step,
    evidence: {
      eventIds: eventIds(...alerts.map((a) => a.eventId)),
      source: 'alert',
      alertType: first.type,
      target: first.target,
      message: first.message,
    },
  };
}

function extensionSignal(
  journey: Journey,
  {first, items: errors}: Group<ExtensionErrorFact>,
  timeZone: string | null,
): DetectedSignal {
  const step = stepAt(journey, first);
  const name = first.extensionName;
  const app = first.appName;
  const extension =
    name && app
      ? clause('checkoutError.extensionName.namedWithApp', {name, app})
      : name
        ? clause('checkoutError.extensionName.named', {name})
        : app
          ? clause('checkoutError.extensionName.withApp', {app})
          : clause('checkoutError.extensionName.plain');
  const wording = sentenceOf('checkoutError.extension', {
    extension,
    place: place('on', step),
    message: first.message.slice(0, 160),
  });
  return {
    type: 'checkout_error',
    severity: 'medium',
    ...told(wording, timeZone),
    dedupeKey: `checkout_error:${first.eventId}`,
    occurredAt: first.at,
    step,
    evidence: {
      eventIds: eventIds(...errors.map((e) => e.eventId)),
      source: 'ui_extension',
      appName: first.appName,
      extensionName: first.extensionName,
      extensionTarget: first.extensionTarget,
      message: first.message,
    },
  };
}
