import type {ApiError} from '../api/api-error';
import type {JourneySummary, LiveSignal} from '../api/journey-schemas';
import {matchesFilters, type LiveFilters} from './filters';
import {
  endedSignals,
  isOlder,
  newSignals,
  replaceJourney,
  sortJourneys,
  upsertJourney,
  withSignal,
} from './journey-list';
import type {LiveNews} from './live-news';
import {openSignals, signalNews} from './signal-ending';
import {mostSevere} from './signal-types';

export type LiveUpdate =
  | {kind: 'journey'; journey: JourneySummary; filters: LiveFilters; now: number}
  | {kind: 'signal'; signal: LiveSignal};

export interface JourneyListState {
  status: 'loading' | 'ready' | 'error';
  journeys: readonly JourneySummary[];
  /**
   * Checkouts that arrived while the list was on screen, most recently active first: held back
   * until the merchant asks to see them, so that no row moves under the reader.
   */
  held: readonly JourneySummary[];
  error: ApiError | undefined;
  /** Live updates that arrived while the list was loading, applied on top of it once it arrives. */
  pending: readonly LiveUpdate[];
  /** Journeys that just changed, highlighted for a moment: id → the change that marked it. */
  fresh: ReadonlyMap<string, number>;
  changes: number;
  /** The latest news for screen-reader users (a polite live region reads it), or none yet. */
  announcement: LiveNews | null;
}

export type JourneyListAction =
  | {type: 'load'}
  | {type: 'loaded'; journeys: readonly JourneySummary[]}
  | {type: 'failed'; error: ApiError}
  | {type: 'update'; update: LiveUpdate}
  | {type: 'settled'; id: string; change: number}
  /** The merchant asked to see the held checkouts: they join the list, which is sorted again. */
  | {type: 'show-held'};

export const INITIAL_LIST_STATE: JourneyListState = {
  status: 'loading',
  journeys: [],
  held: [],
  error: undefined,
  pending: [],
  fresh: new Map(),
  changes: 0,
  announcement: null,
};

export function journeyListReducer(
  state: JourneyListState,
  action: JourneyListAction,
): JourneyListState {
  switch (action.type) {
    case 'load':
      return {...state, status: 'loading', error: undefined, pending: []};
    case 'loaded': {
      const loaded = {
        ...state,
        status: 'ready' as const,
        journeys: sortJourneys(action.journeys),
        held: [],
      };
      const applied = state.pending.reduce(applyUpdate, {...loaded, pending: []});
      // Nothing was on screen while the list loaded: checkouts that arrived meanwhile join it.
      return journeyListReducer(applied, {type: 'show-held'});
    }
    case 'failed':
      return {...state, status: 'error', error: action.error, pending: []};
    case 'update':
      if (state.status === 'loading') return {...state, pending: [...state.pending, action.update]};
      return applyUpdate(state, action.update);
    case 'show-held': {
      if (state.held.length === 0) return state;
      const change = state.changes + 1;
      const fresh = new Map(state.fresh);
      for (const journey of state.held) fresh.set(journey.id, change);
      const journeys = sortJourneys([...state.held, ...state.journeys]);
      return {...state, journeys, held: [], fresh, changes: change};
    }
    case 'settled': {
      if (state.fresh.get(action.id) !== action.change) return state;
      const fresh = new Map(state.fresh);
      fresh.delete(action.id);
      return {...state, fresh};
    }
  }
}

function applyUpdate(state: JourneyListState, update: LiveUpdate): JourneyListState {
  return update.kind === 'journey'
    ? applyJourney(state, update.journey, update.filters, update.now)
    : applySignal(state, update.signal);
}

function applyJourney(
  state: JourneyListState,
  journey: JourneySummary,
  filters: LiveFilters,
  now: number,
): JourneyListState {
  const current =
    state.journeys.find((j) => j.id === journey.id) ?? state.held.find((j) => j.id === journey.id);
  if (current ? isOlder(journey, current) : !matchesFilters(journey, filters, now)) return state;
  return changed(state, journey, news(current, journey));
}

function applySignal(state: JourneyListState, signal: LiveSignal): JourneyListState {
  const current =
    state.journeys.find((j) => j.id === signal.journeyId) ??
    state.held.find((j) => j.id === signal.journeyId);
  const next = current ? withSignal(current, signal) : undefined;
  if (!next) return state;
  return changed(state, next, signalNews(signal));
}

/**
 * A row on screen changes where it stands; a new checkout is held back (`held`) unless the list
 * is empty, where nothing can move.
 */
function changed(
  state: JourneyListState,
  journey: JourneySummary,
  announcement: LiveNews | undefined,
): JourneyListState {
  const announced = announcement ?? state.announcement;
  const shown = state.journeys.some((j) => j.id === journey.id);
  if (!shown && state.journeys.length > 0) {
    return {...state, held: upsertJourney(state.held, journey), announcement: announced};
  }
  const change = state.changes + 1;
  return {
    ...state,
    journeys: shown ? replaceJourney(state.journeys, journey) : upsertJourney([], journey),
    fresh: new Map(state.fresh).set(journey.id, change),
    changes: change,
    announcement: announced,
  };
}

/**
 * Worth saying out loud: a new signal, a new checkout, an order placed, a signal ended. Step
 * changes are not.
 */
function news(previous: JourneySummary | undefined, next: JourneySummary): LiveNews | undefined {
  const signal = mostSevere(openSignals(newSignals(previous, next)));
  if (signal) return signalNews(signal);
  if (!previous) {
    return {kind: 'new-checkout', step: next.currentStep};
  }
  if (previous.completedAt === null && next.completedAt !== null) return {kind: 'completed'};
  const ended = mostSevere(endedSignals(previous, next));
  return ended ? signalNews(ended) : undefined;
}
