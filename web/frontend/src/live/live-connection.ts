import {createSseParser, type SseEvent} from '../api/sse';

/** `unavailable`: this client cannot stream at all; the page then works without live updates. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'unavailable';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export interface LiveConnection {
  /** Opens the stream; called again, with a fresh session token, for every reconnection. */
  open: (signal: AbortSignal) => Promise<ReadableStream<Uint8Array>>;
  onEvent: (event: SseEvent) => void;
  onStatus: (status: LiveStatus) => void;
  /** Ends the connection for good (the page left). */
  signal: AbortSignal;
}

/**
 * Keeps a server-sent events stream open until `signal` aborts: whenever it ends or fails, it
 * opens it again after a growing, jittered delay, so that every admin tab of a restarted server
 * does not come back in the same second.
 */
export async function keepLiveConnection(connection: LiveConnection): Promise<void> {
  const {signal} = connection;
  let failures = 0;
  connection.onStatus('connecting');
  while (!signal.aborted) {
    try {
      const body = await connection.open(signal);
      if (signal.aborted) {
        void body.cancel().catch(() => undefined);
        return;
      }
      failures = 0;
      connection.onStatus('connected');
      await readEvents(body, connection.onEvent, signal);
    } catch {
      // Ended the same way as a closed stream: by trying again. The status tells the merchant.
    }
    if (signal.aborted) return;
    failures += 1;
    connection.onStatus('reconnecting');
    await sleep(retryDelayMs(failures), signal);
  }
}

export function retryDelayMs(failures: number, random = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: SseEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser(onEvent);
  // Aborting the fetch ends a network stream, but not every stream comes from the network.
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, {once: true});
  try {
    for (;;) {
      const {done, value} = await reader.read();
      if (done || signal.aborted) return;
      parser.push(decoder.decode(value, {stream: true}));
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, {once: true});
  });
}
