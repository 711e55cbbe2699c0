import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';
import {gzipSync} from 'node:zlib';
import express from 'express';
import fc from 'fast-check';
import request from 'supertest';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';
import {clientAddress} from '../../web/server/http/ingest-listener';
import type {IngestLimits} from '../../web/server/signals/ingest-limits';

/**
 * The dedicated ingest listener (http/ingest-listener.ts) answers what Express answers: the same
 * batch, sent once to the Express app alone and once to the server's listener, gets the same
 * status, body, headers and request log line.
 */

const SHOP = 'fabulous-furs.myshopify.com';
const LIMITED = 'limited-furs.myshopify.com';
/** Long windows, so that the two requests of a pair fall in the same one. */
const LIMITS: IngestLimits = {
  eventsPerShop: {points: 40, perSeconds: 3_600},
  refusedPerSource: {points: 4, perSeconds: 3_600},
};
/** Headers that differ between any two responses. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive']);

type Side = 'express' | 'listener';

describe.each(batteryEngines())('the ingest listener against Express, on %s', (engine) => {
  let t: TestHeed;
  let key: string;
  let limitedKey: string;
  let pair = 0;

  beforeAll(async () => {
    t = await startTestHeed({engine, ingestLimits: LIMITS});
    await t.install(SHOP);
    await t.install(LIMITED);
    key = await t.ingestKey(SHOP);
    limitedKey = await t.ingestKey(LIMITED);
  });
  afterAll(() => t.close());

  /** Sends one request to each side, with the same request id, and what each answered. */
  async function both(
    build: (side: Side) => {body: string | Buffer; headers?: object; path?: string},
  ) {
    pair += 1;
    const answers = [];
    for (const side of ['express', 'listener'] as const) {
      const requestId = `pair-${engine}-${pair}`;
      const {body, headers = {}, path = '/api/pixel/events'} = build(side);
      const target = side === 'express' ? request(t.heed.app) : t.http;
      const response = await target
        .post(path)
        .set({
          'Content-Type': 'text/plain',
          'X-Request-Id': requestId,
          // A source of its own per pair: refusals count per source.
          'X-Forwarded-For': `198.51.100.${pair}`,
          ...headers,
        })
        .send(body);
      answers.push({
        status: response.status,
        body: response.body as unknown,
        headers: Object.fromEntries(
          Object.entries(response.headers).filter(([name]) => !PER_RESPONSE.has(name)),
        ),
        log: requestLine(t.logs(), requestId),
      });
    }
    await t.heed.drainJourneys();
    const [express, listener] = answers;
    expect(listener).toEqual(express);
    if (!express) throw new Error('no answer');
    return express;
  }

  const batch = (shop: string, ingestKey: string, events: unknown[]) =>
    JSON.stringify({shop, key: ingestKey, events});
  const fresh = (side: Side) => checkoutEvent('checkout_started', {}, `tok-listener-${side}`);

  it.each([
    ['a valid batch', (side: Side) => batch(SHOP, key, [fresh(side)]), 200],
    [
      'a batch with an invalid event',
      (side: Side) => batch(SHOP, key, [fresh(side), {...fresh(side), seq: -1}]),
      200,
    ],
    [
      'a body with a byte-order mark',
      (side: Side) => `\ufeff${batch(SHOP, key, [fresh(side)])}`,
      200,
    ],
    ['a body that is not JSON', () => '{"shop": "fabulous-furs.myshopify.com", ', 400],
    ['an empty body', () => '', 400],
    ['an envelope without a key', () => JSON.stringify({shop: SHOP, events: [{}]}), 422],
    ['an unknown shop', () => batch('nobody.myshopify.com', key, [fresh('express')]), 403],
    ['a wrong key', () => batch(SHOP, 'k'.repeat(40), [fresh('express')]), 403],
    ['a body over 500 KB', () => batch(SHOP, key, ['x'.repeat(520 * 1024)]), 413],
  ])('when %s arrives, then both answer the same', async (_name, body, status) => {
    const answer = await both((side) => ({body: body(side)}));
    expect(answer.status).toBe(status);
  });

  it('when a shop is over its events quota, then both answer 429 with the same Retry-After', async () => {
    const events = (side: Side) =>
      Array.from({length: LIMITS.eventsPerShop.points}, (_, seq) => ({...fresh(side), seq}));
    // Uses up the shop's events of the window.
    const first = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(batch(LIMITED, limitedKey, events('express')));
    expect(first.status).toBe(200);
    const answer = await both((side) => ({body: batch(LIMITED, limitedKey, events(side))}));
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('when a source behind the proxy is refused too often, then both count it by the address the proxy saw', async () => {
    const wrong = batch(SHOP, 'w'.repeat(40), [fresh('express')]);
    const from = {'X-Forwarded-For': 'spoofed, 203.0.113.9'};
    // Two refusals from each side use up the source's four: the next from either side is 429.
    await both(() => ({body: wrong, headers: from}));
    await both(() => ({body: wrong, headers: from}));
    const answer = await both(() => ({body: wrong, headers: {'X-Forwarded-For': '203.0.113.9'}}));
    expect(answer.status).toBe(429);
  });

  it('when a request is a preflight, has a query, another charset or a compressed body, then the listener leaves it to Express', async () => {
    const preflight = await t.http.options('/api/pixel/events');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('POST, OPTIONS');
    const latin1 = await both(() => ({
      body: Buffer.from(batch(SHOP, key, [{...fresh('express'), name: 'caf\u00e9'}]), 'latin1'),
      headers: {'Content-Type': 'text/plain; charset=latin1'},
    }));
    expect(latin1.status).toBe(200);
    const query = await both((side) => ({
      body: batch(SHOP, key, [fresh(side)]),
      path: '/api/pixel/events?source=pixel',
    }));
    expect(query.status).toBe(200);
    const gzipped = await both((side) => ({
      body: gzipSync(batch(SHOP, key, [fresh(side)])),
      headers: {'Content-Encoding': 'gzip'},
    }));
    expect(gzipped.status).toBe(200);
  });
});

/** The request-context log line of one request, without what differs between any two. */
function requestLine(logs: string, requestId: string) {
  const line = logs
    .split('\n')
    .filter(Boolean)
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((entry) => entry.msg === 'request' && entry.requestId === requestId);
  if (!line) return null;
  const {time: _time, ms: _ms, pid: _pid, hostname: _hostname, ...kept} = line;
  return kept;
}

describe('the client address behind one proxy', () => {
  it('when X-Forwarded-For holds anything, then the listener reads the address Express reads', async () => {
    const app = express();
    app.set('trust proxy', 1);
    app.get('/', (req, res) => {
      res.json({express: req.ip, listener: clientAddress(req as IncomingMessage)});
    });
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const header = fc.stringMatching(/^[ ,a-f0-9.:]{0,24}$/);
      await fc.assert(
        fc.asyncProperty(fc.option(header, {nil: undefined}), async (forwarded) => {
          const response = await request(`http://127.0.0.1:${port}`)
            .get('/')
            .set(forwarded === undefined ? {} : {'X-Forwarded-For': forwarded});
          const seen = response.body as {express: string; listener: string};
          expect(seen.listener).toBe(seen.express);
        }),
        {numRuns: 200, seed: 16_2026},
      );
    } finally {
      server.close();
    }
  });
});
