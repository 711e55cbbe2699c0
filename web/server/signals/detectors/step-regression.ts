import {stepRegressions, stepTransitions} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {ordinal, stepPhrase} from '../wording';

/**
 * The shopper went back a step — re-submitted their address after seeing shipping, say. Each move
 * back is told once; the second and later ones weigh more.
 */
export const detectStepRegression: Detector = (journey) => {
  const transitions = stepTransitions(journey);
  return stepRegressions(journey).map((move, index): DetectedSignal => {
    const before = transitions[transitions.findIndex((t) => t.eventId === move.eventId) - 1];
    const count = index === 0 ? '' : ` (the ${ordinal(index + 1)} time)`;
    return {
      type: 'step_regression',
      severity: index === 0 ? 'low' : 'medium',
      sentence: `Went back from ${stepPhrase(move.from)} to ${stepPhrase(move.to)}${count}.`,
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
