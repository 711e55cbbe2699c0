import {act} from 'react';
import {vi} from 'vitest';
import {createApiClient} from '../../web/frontend/src/api/api-client';
import {json} from './admin-dom';

/**
 * The admin's real API client over a scripted fetch: each route (`GET /api/cases?view=open`, or
 * without its query to answer any) answers what the test says, every request is recorded with
 * its body, and `GET /api/live` is a stream the test pushes events into.
 */

export type Handler = (request: SentRequest) => Response | Promise<Response>;

export interface SentRequest {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

export const ok =
  (body: unknown): Handler =>
  () =>
    json(200, body);

export const failing =
  (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Handler =>
  () =>
    json(status, {error: {code, message, requestId: `req-${status}`, ...extra}});

/** `GET /api/live` as the server sends it: the test pushes events into it. */
export function eventStream() {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
  });
  controller?.enqueue(encoder.encode(': connected\n\n'));
  return {
    response: new Response(body, {headers: {'Content-Type': 'text/event-stream'}}),
    async send(event: string, data: unknown) {
      await act(async () => {
        controller?.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      });
    },
  };
}

/**
 * What `GET /api/overview` answers when a test does not say: every page asks for it once, for the
 * shop's zone and currency. UTC, so a test that is not about zones reads plain times.
 */
export const DEFAULT_OVERVIEW = {
  shop: {
    domain: 'fabulous-furs.myshopify.com',
    name: 'Fabulous Furs',
    currencyCode: 'CAD',
    timeZone: 'UTC',
  },
  storage: {healthy: true},
};

export function scriptedAdminApi(scripted: Record<string, Handler>) {
  const routes: Record<string, Handler> = {'GET /api/overview': ok(DEFAULT_OVERVIEW), ...scripted};
  const requests: SentRequest[] = [];
  const unexpected: string[] = [];
  const streams: ReturnType<typeof eventStream>[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://admin.test');
    if (url.pathname === '/api/live') {
      const stream = eventStream();
      streams.push(stream);
      return stream.response;
    }
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = {method, path: url.pathname, search: url.search, body};
    requests.push(request);
    const handler =
      routes[`${method} ${url.pathname}${url.search}`] ?? routes[`${method} ${url.pathname}`];
    if (!handler) {
      unexpected.push(`${method} ${url.pathname}${url.search}`);
      return json(500, {error: {code: 'INTERNAL', message: 'unscripted', requestId: 'r'}});
    }
    return handler(request);
  });
  const client = createApiClient({idToken: async () => 'session-token', fetch});
  /** What the page sent, other than reading: the actions a merchant took. */
  const writes = () => requests.filter((r) => r.method !== 'GET');
  const reads = (path: string) =>
    requests.filter((r) => r.method === 'GET' && `${r.path}${r.search}` === path);
  return {client, requests, unexpected, streams, writes, reads};
}
