import type {AlertFact, ExtensionErrorFact, Journey} from '../journey';
import {stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {stepPhrase} from '../wording';
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
export const detectCheckoutError: Detector = (journey) => [
  ...groupBy(
    journey.alerts.filter((a) => a.kind === 'other'),
    (a) => `${a.type}|${a.message}`,
  ).map((group) => alertSignal(journey, group)),
  ...groupBy(journey.extensionErrors, (e) => `${e.extensionName}|${e.message}`).map((group) =>
    extensionSignal(journey, group),
  ),
];

function alertSignal(journey: Journey, {first, items: alerts}: Group<AlertFact>): DetectedSignal {
  const step = stepAt(journey, first);
  const times = alerts.length > 1 ? ` (${alerts.length} times)` : '';
  return {
    type: 'checkout_error',
    severity: BLOCKING_ALERTS.has(first.type) ? 'high' : 'medium',
    sentence: `Saw the error “${first.message}” on ${stepPhrase(step)}${times}.`,
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
): DetectedSignal {
  const step = stepAt(journey, first);
  const extension = first.extensionName ? `“${first.extensionName}” ` : '';
  const app = first.appName ? ` (${first.appName})` : '';
  return {
    type: 'checkout_error',
    severity: 'medium',
    sentence: `The ${extension}checkout extension${app} failed on ${stepPhrase(step)}: ${first.message.slice(0, 160)}.`,
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
