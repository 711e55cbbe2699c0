import {stepRegressions, stepTransitions} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {place, sentenceOf, told} from '../wording';

/**
 * The shopper went back a step — re-submitted their address after seeing shipping, say. Each move
 * back is told once; the second and later ones weigh more.
 */
export const detectStepRegression: Detector = (journey, _now, _thresholds, context) => {
  const transitions = stepTransitions(journey);
  return stepRegressions(journey).map((move, index): DetectedSignal => {
    const before = transitions[transitions.findIndex((t) => t.eventId === move.eventId) - 1];
    const facts = {from: place('from', move.from), to: place('to', move.to)};
    // A string `ordinal` makes i18next choose the ordinal plural form ("2nd", "3rd").
    const wording =
      index === 0
        ? sentenceOf('stepRegression.first', facts)
        : sentenceOf('stepRegression.again', {...facts, count: index + 1, ordinal: 'ordinal'});
    return {
      type: 'step_regression',
      severity: index === 0 ? 'low' : 'medium',
      ...told(wording, context.timeZone),
      dedupeKey: `step_regression:${move.eventId}`,
      occurredAt: move.at,
      step: move.to,
      evidence: {
        eventIds: eventIds(before?.eventId, move.eventId),
        from: move.from,
        to: move.to,
        regressionsSoFar: index + 1,
      },
    };
  });
};
