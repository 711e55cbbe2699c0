import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import {isAbort} from '../api/api-client';
import {asApiError} from '../api/api-error';
import {journeyPath, journeysPath, parseJourneyList, parseJourneyOfDetail} from '../api/journeys';
import type {JourneySummary} from '../api/journey-schemas';
import type {LiveMessage} from '../api/live-messages';
import {useApiClient} from '../api/use-api';
import {journeyQuery, type LiveFilters} from './filters';
import {INITIAL_LIST_STATE, journeyListReducer} from './journey-list-state';
import {useFreshRows} from './use-fresh-rows';
import {useLiveStream} from './use-live-stream';

/**
 * A signal is normally followed at once by its journey's new picture. The quiet-checkout sweep
 * sends none, and a signal may name a journey the list does not hold yet: after this long without
 * that picture, the journey is fetched.
 */
const FETCH_JOURNEY_AFTER_MS = 1_500;

/** The shop's recent journeys under `filters`, kept current by the live stream. */
export function useLiveJourneys(filters: LiveFilters) {
  const client = useApiClient();
  const [state, dispatch] = useReducer(journeyListReducer, INITIAL_LIST_STATE);
  const [attempt, setAttempt] = useState(0);
  const path = journeysPath(journeyQuery(filters));
  const current = useRef({filters, path});
  const waiting = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const lifetime = useRef(new AbortController());

  useEffect(() => {
    current.current = {filters, path};
  });

  useEffect(() => {
    const controller = new AbortController();
    dispatch({type: 'load'});
    client.request(path, parseJourneyList, {signal: controller.signal}).then(
      (journeys) => dispatch({type: 'loaded', journeys}),
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        dispatch({type: 'failed', error: asApiError(error)});
      },
    );
    return () => controller.abort();
  }, [client, path, attempt]);

  useEffect(() => {
    const controller = new AbortController();
    const timers = waiting.current;
    lifetime.current = controller;
    return () => {
      controller.abort();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    };
  }, []);

  const showJourney = useCallback((journey: JourneySummary) => {
    clearTimeout(waiting.current.get(journey.id));
    waiting.current.delete(journey.id);
    const {filters: shown} = current.current;
    dispatch({type: 'update', update: {kind: 'journey', journey, filters: shown, now: Date.now()}});
  }, []);

  const fetchJourney = useCallback(
    (id: string) => {
      waiting.current.delete(id);
      const {signal} = lifetime.current;
      client.request(journeyPath(id), parseJourneyOfDetail, {signal}).then(
        (journey) => showJourney(journey),
        // The next journey message or reload brings it; a missing row is not worth a banner.
        () => undefined,
      );
    },
    [client, showJourney],
  );

  const onMessage = useCallback(
    (message: LiveMessage) => {
      if (message.kind === 'journey') return showJourney(message.journey);
      if (message.kind === 'case') return;
      dispatch({type: 'update', update: {kind: 'signal', signal: message.signal}});
      const id = message.signal.journeyId;
      if (id === null || waiting.current.has(id)) return;
      waiting.current.set(
        id,
        setTimeout(() => fetchJourney(id), FETCH_JOURNEY_AFTER_MS),
      );
    },
    [showJourney, fetchJourney],
  );

  /** After a gap in the stream, the list is reloaded in place: no skeleton, rows stay. */
  const onReconnect = useCallback(() => {
    const {path: reloading} = current.current;
    const {signal} = lifetime.current;
    client.request(reloading, parseJourneyList, {signal}).then(
      (journeys) => {
        if (current.current.path === reloading) dispatch({type: 'loaded', journeys});
      },
      () => undefined,
    );
  }, [client]);

  const status = useLiveStream({onMessage, onReconnect});
  useFreshRows(state.fresh, dispatch);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const showHeld = useCallback(() => dispatch({type: 'show-held'}), []);
  return {state, status, retry, showHeld};
}
