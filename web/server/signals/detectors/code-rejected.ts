import {stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {groupBy} from './group';
import {codeEffect, isPromisedCode, promisedOffer} from './promised-offer';

/**
 * An `alert_displayed` on the discount field: checkout refused a code. One signal per code typed
 * (per alert when the code is unknown), with the exact message the shopper read.
 */
export const detectCodeRejected: Detector = (journey, _now, _thresholds, context) => {
  const offer = promisedOffer(journey, context);
  const discountAlerts = journey.alerts.filter((alert) => alert.kind === 'discount');
  return groupBy(discountAlerts, (a) => a.code?.toUpperCase() ?? a.eventId).map(
    ({key, first, items}): DetectedSignal => {
      const last = items.at(-1) ?? first;
      const promised = isPromisedCode(offer, first.code);
      const laterApplied =
        first.code !== null &&
        journey.cart !== null &&
        codeEffect(journey.cart, first.code) === 'applied';
      const times =
        items.length === 2 ? ' twice' : items.length > 2 ? ` ${items.length} times` : '';
      const whose =
        promised && offer?.campaign
          ? ` — the code the “${offer.campaign.name}” email promised`
          : '';
      const typed = first.code ? `entering ${first.code}${whose}` : 'entering a discount code';
      const outcome = laterApplied ? 'code rejected, then applied' : 'code rejected';
      return {
        type: 'code_rejected',
        severity: laterApplied ? 'low' : promised ? 'high' : 'medium',
        sentence: `Saw “${last.message}”${times} after ${typed} (${outcome}).`,
        dedupeKey: `code_rejected:${key}`,
        occurredAt: first.at,
        step: stepAt(journey, first),
        evidence: {
          eventIds: eventIds(...items.map((a) => a.eventId)),
          code: first.code,
          message: last.message,
          target: first.target,
          alertType: first.type,
          promisedCode: promised,
          laterApplied,
        },
      };
    },
  );
};
