import {stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {clause, sentenceOf, told} from '../wording';
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
      const code = first.code;
      const campaign = promised ? offer?.campaign : undefined;
      const typed = !code
        ? clause('codeRejected.typedUnknown')
        : campaign
          ? clause('codeRejected.typedPromised', {code, campaign: campaign.name})
          : clause('codeRejected.typed', {code});
      const outcome = clause(
        laterApplied ? 'codeRejected.rejectedThenApplied' : 'codeRejected.rejected',
      );
      const facts = {message: last.message, typed, outcome};
      const wording =
        items.length === 1
          ? sentenceOf('codeRejected.once', facts)
          : items.length === 2
            ? sentenceOf('codeRejected.twice', facts)
            : sentenceOf('codeRejected.repeated', {...facts, times: items.length});
      return {
        type: 'code_rejected',
        severity: laterApplied ? 'low' : promised ? 'high' : 'medium',
        ...told(wording, context.timeZone),
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
