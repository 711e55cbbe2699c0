import {createContext} from 'react';
import type {ApiClient} from '../api/api-client';
import {LIVE_PATH} from '../api/journeys';
import {parseLiveMessage, type LiveMessage} from '../api/live-messages';
import {keepLiveConnection, type LiveStatus} from './live-connection';

export interface LiveSubscriber {
  onMessage: (message: LiveMessage) => void;
  /** The stream came back after a gap: whatever happened meanwhile was not sent, so reload. */
  onReconnect?: () => void;
  onStatus: (status: LiveStatus) => void;
}

/**
 * One live stream for the whole admin, shared by everything that listens: the page on screen and
 * the case notices that follow a person from page to page. It opens with the first listener and
 * closes with the last, so moving between pages does not reconnect.
 */
export function createLiveHub(client: ApiClient) {
  const subscribers = new Set<LiveSubscriber>();
  let status: LiveStatus = client.stream ? 'connecting' : 'unavailable';
  let controller: AbortController | null = null;

  function setStatus(next: LiveStatus) {
    const reconnected = next === 'connected' && status === 'reconnecting';
    status = next;
    for (const subscriber of [...subscribers]) {
      subscriber.onStatus(next);
      if (reconnected) subscriber.onReconnect?.();
    }
  }

  function start() {
    const stream = client.stream;
    if (!stream) return;
    const own = new AbortController();
    controller = own;
    void keepLiveConnection({
      open: (signal) => stream.call(client, LIVE_PATH, {signal}),
      signal: own.signal,
      onEvent: (event) => {
        const message = parseLiveMessage(event);
        if (!message) return;
        for (const subscriber of [...subscribers]) subscriber.onMessage(message);
      },
      onStatus: (next) => {
        if (!own.signal.aborted) setStatus(next);
      },
    });
  }

  return {
    subscribe(subscriber: LiveSubscriber): () => void {
      subscribers.add(subscriber);
      subscriber.onStatus(status);
      if (!controller) start();
      return () => {
        subscribers.delete(subscriber);
        if (subscribers.size > 0 || !controller) return;
        controller.abort();
        controller = null;
        status = client.stream ? 'connecting' : 'unavailable';
      };
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;

/** The admin's shared stream; pages rendered without one (alone, in tests) open their own. */
export const LiveHubContext = createContext<LiveHub | null>(null);
