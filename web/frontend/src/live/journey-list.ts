import type {JourneySignal, JourneySummary, LiveSignal} from '../api/journey-schemas';
import {LIST_LIMIT} from './filters';

/** Signals carry no id inside a journey summary: these three facts tell one from another. */
function sameSignal(a: JourneySignal, b: JourneySignal): boolean {
  return a.type === b.type && a.occurredAt === b.occurredAt && a.sentence === b.sentence;
}

/** The signals of `next` that `previous` did not have yet. */
export function newSignals(
  previous: JourneySummary | undefined,
  next: JourneySummary,
): JourneySignal[] {
  const known = previous?.signals ?? [];
  return next.signals.filter((signal) => !known.some((k) => sameSignal(k, signal)));
}

/**
 * Whether `incoming` is an older picture of a journey than `current`. Updates can cross: a list
 * loaded while the stream was already talking, or a signal sent before the journey that holds it.
 */
export function isOlder(incoming: JourneySummary, current: JourneySummary): boolean {
  if (incoming.lastActivityAt !== current.lastActivityAt) {
    return incoming.lastActivityAt < current.lastActivityAt;
  }
  return incoming.signals.length < current.signals.length;
}

function byLastActivity(a: JourneySummary, b: JourneySummary): number {
  return (
    b.lastActivityAt - a.lastActivityAt || b.startedAt - a.startedAt || a.id.localeCompare(b.id)
  );
}

export function sortJourneys(journeys: readonly JourneySummary[]): JourneySummary[] {
  return [...journeys].sort(byLastActivity).slice(0, LIST_LIMIT);
}

/** The list with `journey` in it, in place of its older picture, most recently active first. */
export function upsertJourney(
  journeys: readonly JourneySummary[],
  journey: JourneySummary,
): JourneySummary[] {
  return sortJourneys([...journeys.filter((j) => j.id !== journey.id), journey]);
}

/** The journey with the signal added, or `undefined` when it already had it. */
export function withSignal(
  journey: JourneySummary,
  signal: LiveSignal,
): JourneySummary | undefined {
  const added: JourneySignal = {
    type: signal.type,
    severity: signal.severity,
    sentence: signal.sentence,
    occurredAt: signal.occurredAt,
  };
  if (journey.signals.some((s) => sameSignal(s, added))) return undefined;
  return {...journey, signals: [...journey.signals, added]};
}
