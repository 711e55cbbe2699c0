import {useCallback, useEffect, useState} from 'react';
import {isAbort} from '../api/api-client';
import {asApiError} from '../api/api-error';
import type {JourneyDetail} from '../api/journey-schemas';
import {journeyPath, parseJourneyDetail} from '../api/journeys';
import type {LiveMessage} from '../api/live-messages';
import type {ApiQuery} from '../api/use-api';
import {useApiClient} from '../api/use-api';
import type {LiveNews} from './live-news';
import {signalNews} from './signal-ending';
import {useLiveStream} from './use-live-stream';

/**
 * One journey with its timeline, fetched again whenever the live stream says it changed. A
 * refresh keeps the story on screen (no skeleton), and a failed refresh keeps the last one.
 */
export function useJourneyDetail(id: string) {
  const client = useApiClient();
  const [query, setQuery] = useState<ApiQuery<JourneyDetail>>({status: 'loading'});
  const [version, setVersion] = useState(0);
  const [announcement, setAnnouncement] = useState<LiveNews | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    client.request(journeyPath(id), parseJourneyDetail, {signal: controller.signal}).then(
      (data) => setQuery({status: 'success', data}),
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setQuery((shown) =>
          shown.status === 'success' ? shown : {status: 'error', error: asApiError(error)},
        );
      },
    );
    return () => controller.abort();
  }, [client, id, version]);

  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  const retry = useCallback(() => {
    setQuery({status: 'loading'});
    setVersion((n) => n + 1);
  }, []);

  const onMessage = useCallback(
    (message: LiveMessage) => {
      if (message.kind === 'journey' && message.journey.id === id) refresh();
      if (message.kind === 'signal' && message.signal.journeyId === id) {
        setAnnouncement(signalNews(message.signal));
        refresh();
      }
    },
    [id, refresh],
  );
  const status = useLiveStream({onMessage, onReconnect: refresh});

  return {query, retry, status, announcement};
}
