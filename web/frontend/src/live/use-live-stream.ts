import {useEffect, useRef, useState} from 'react';
import type {ApiClient} from '../api/api-client';
import {LIVE_PATH} from '../api/journeys';
import {parseLiveMessage, type LiveMessage} from '../api/live-messages';
import {useApiClient} from '../api/use-api';
import {keepLiveConnection, type LiveStatus} from './live-connection';

interface Handlers {
  onMessage: (message: LiveMessage) => void;
  /** The stream came back after a gap: whatever happened meanwhile was not sent, so reload. */
  onReconnect?: () => void;
}

/** Listens to `GET /api/live` while the component is on screen; the handlers may change freely. */
export function useLiveStream(handlers: Handlers): LiveStatus {
  const client = useApiClient();
  const latest = useRef(handlers);
  const [status, setStatus] = useState<LiveStatus>(client.stream ? 'connecting' : 'unavailable');

  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const open = streamOf(client);
    if (!open) {
      setStatus('unavailable');
      return;
    }
    const controller = new AbortController();
    let previous: LiveStatus = 'connecting';
    void keepLiveConnection({
      open,
      signal: controller.signal,
      onEvent: (event) => {
        const message = parseLiveMessage(event);
        if (message) latest.current.onMessage(message);
      },
      onStatus: (next) => {
        if (controller.signal.aborted) return;
        if (next === 'connected' && previous === 'reconnecting') latest.current.onReconnect?.();
        previous = next;
        setStatus(next);
      },
    });
    return () => controller.abort();
  }, [client]);

  return status;
}

function streamOf(client: ApiClient) {
  const stream = client.stream;
  return stream ? (signal: AbortSignal) => stream.call(client, LIVE_PATH, {signal}) : undefined;
}
