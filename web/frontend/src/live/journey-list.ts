import type {JourneySignal, JourneySummary, LiveSignal} from '../api/journey-schemas';
import {LIST_LIMIT} from './filters';
import {isEnded} from './signal-ending';

/** The signals of `next` that `previous` did not have yet. */
export function newSignals(
  previous: JourneySummary | undefined,
  next: JourneySummary,
): JourneySignal[] {
  const known = new Set(previous?.signals.map((s) => s.id));
  return next.signals.filter((signal) => !known.has(signal.id));
}

/** The signals of `next` that were open in `previous` and have ended since. */
export function endedSignals(
  previous: JourneySummary | undefined,
  next: JourneySummary,
): JourneySignal[] {
  const wasOpen = new Set(previous?.signals.filter((s) => !isEnded(s)).map((s) => s.id));
  return next.signals.filter((signal) => isEnded(signal) && wasOpen.has(signal.id));
}

/**
 * Whether `incoming` is an older picture of a journey than `current`. Updates can cross: a list
 * loaded while the stream was already talking, or a signal sent before the journey that holds it.
 */
export function isOlder(incoming: JourneySummary, current: JourneySummary): boolean {
  if (incoming.lastActivityAt !== current.lastActivityAt) {
    return incoming.lastActivityAt < current.lastActivityAt;
  }
  if (incoming.signals.length !== current.signals.length) {
    return incoming.signals.length < current.signals.length;
  }
  // The quiet sweep ends signals without new activity: the picture with more ended is newer.
  return endedCount(incoming) < endedCount(current);
}

function endedCount(journey: JourneySummary): number {
  return journey.signals.filter(isEnded).length;
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

/** The list with `journey` in place of its older picture, where that one stood. */
export function replaceJourney(
  journeys: readonly JourneySummary[],
  journey: JourneySummary,
): JourneySummary[] {
  return journeys.map((j) => (j.id === journey.id ? journey : j));
}

/**
 * The journey with the signal as the stream told it: added when new, in place of its older
 * picture when retold or ended; `undefined` when the journey already showed it so.
 */
export function withSignal(
  journey: JourneySummary,
  signal: LiveSignal,
): JourneySummary | undefined {
  const told: JourneySignal = {
    id: signal.id,
    type: signal.type,
    severity: signal.severity,
    sentence: signal.sentence,
    occurredAt: signal.occurredAt,
    resolvedAt: signal.resolvedAt,
    resolution: signal.resolution,
  };
  const known = journey.signals.find((s) => s.id === told.id);
  if (known && sameStory(known, told)) return undefined;
  const others = journey.signals.filter((s) => s.id !== told.id);
  const signals = [...others, told].sort((a, b) => a.occurredAt - b.occurredAt);
  return {...journey, signals};
}

function sameStory(a: JourneySignal, b: JourneySignal): boolean {
  return (
    a.severity === b.severity &&
    a.sentence === b.sentence &&
    a.occurredAt === b.occurredAt &&
    a.resolvedAt === b.resolvedAt &&
    a.resolution === b.resolution
  );
}
