import {enteredCurrentStep, hasBought} from '../journey-views';
import {eventIds} from '../signal';
import type {Detector} from '../signal';
import {stallAfterMs} from '../thresholds';
import {durationWording, place, sentenceOf, told} from '../wording';

const SEVERITY = {contact: 'low', delivery: 'low', shipping: 'medium', payment: 'high'} as const;

/**
 * On the same step for longer than the shop allows, and not yet gone long enough to count as
 * abandoned (that is the `abandoned` signal's story).
 */
export const detectStalled: Detector = (journey, now, thresholds, context) => {
  const entered = enteredCurrentStep(journey);
  if (!entered || entered.to === 'completed' || hasBought(journey)) return [];
  const step = entered.to;
  const crossedAt = entered.at + stallAfterMs(thresholds, step);
  if (now < crossedAt || now - journey.lastActivityAt >= thresholds.abandonAfterMs) return [];
  const editsSince = journey.fieldEdits.reduce(
    (sum, field) => sum + field.edits.filter((edit) => edit.at >= entered.at).length,
    0,
  );
  const facts = {wait: {say: durationWording(crossedAt - entered.at)}, place: place('on', step)};
  const wording =
    editsSince > 0
      ? sentenceOf('stalled.busy', {...facts, count: editsSince})
      : sentenceOf('stalled.idle', facts);
  return [
    {
      type: 'stalled',
      severity: SEVERITY[step],
      ...told(wording, context.timeZone),
      dedupeKey: `stalled:${step}`,
      occurredAt: crossedAt,
      step,
      evidence: {
        eventIds: eventIds(entered.eventId, journey.lastActivity?.eventId),
        enteredAt: entered.at,
        thresholdMs: crossedAt - entered.at,
        editsOnStep: editsSince,
      },
    },
  ];
};
