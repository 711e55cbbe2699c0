import {useContext, useEffect, useMemo, useRef, useState} from 'react';
import type {LiveMessage} from '../api/live-messages';
import {useApiClient} from '../api/use-api';
import type {LiveStatus} from './live-connection';
import {createLiveHub, LiveHubContext} from './live-hub';

interface Handlers {
  onMessage: (message: LiveMessage) => void;
  /** The stream came back after a gap: whatever happened meanwhile was not sent, so reload. */
  onReconnect?: () => void;
}

/** Listens to `GET /api/live` while the component is on screen; the handlers may change freely. */
export function useLiveStream(handlers: Handlers): LiveStatus {
  const client = useApiClient();
  const shared = useContext(LiveHubContext);
  const hub = useMemo(() => shared ?? createLiveHub(client), [shared, client]);
  const latest = useRef(handlers);
  const [status, setStatus] = useState<LiveStatus>(client.stream ? 'connecting' : 'unavailable');

  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(
    () =>
      hub.subscribe({
        onMessage: (message) => latest.current.onMessage(message),
        onReconnect: () => latest.current.onReconnect?.(),
        onStatus: setStatus,
      }),
    [hub],
  );

  return status;
}
