import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';

interface RequestLine {
  level: number;
  msg: string;
  requestId: string;
  ms: number;
  req: {method: string; path: string};
  res: {status: number};
  err?: {message?: string};
}

/** The pino-http finish lines written so far, newest last. */
function requestLines(t: TestHeed): RequestLine[] {
  return t
    .logs()
    .split('\n')
    .filter((line) => line.includes('"requestId"') && line.includes('"res"'))
    .map((line) => JSON.parse(line) as RequestLine);
}

describe('request logging (pino-http)', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
  });
  afterAll(() => t.close());

  it('when a request finishes, then one line says its id, method, path, status and time', async () => {
    const before = requestLines(t).length;
    const response = await t.http
      .get('/api/overview')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`);
    expect(response.status).toBe(200);
    const lines = requestLines(t).slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      level: 30,
      requestId: response.headers['x-request-id'],
      req: {method: 'GET', path: '/api/overview'},
      res: {status: 200},
    });
    expect(typeof lines[0]!.ms).toBe('number');
  });

  it('when a request carries a safe id, then the id is kept; an unsafe one is replaced', async () => {
    const kept = await t.http.get('/healthz').set('X-Request-Id', 'proxy-id-12345678');
    expect(kept.headers['x-request-id']).toBe('proxy-id-12345678');
    const replaced = await t.http.get('/healthz').set('X-Request-Id', 'bad id\u00e9;drop');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const ids = requestLines(t).map((line) => line.requestId);
    expect(ids).toContain('proxy-id-12345678');
    expect(ids).toContain(replaced.headers['x-request-id']);
  });

  it('when a request has a query and headers, then neither reaches the line', async () => {
    const token = await t.sessionToken(SHOP);
    const before = requestLines(t).length;
    await t.http
      .get('/api/overview?id_token=secret-query-value&shop=x')
      .set('Authorization', `Bearer ${token}`)
      .set('Cookie', 'shopify_app_session=secret-cookie-value');
    const [line] = requestLines(t).slice(before);
    expect(line!.req).toEqual({method: 'GET', path: '/api/overview'});
    const text = t.logs();
    expect(text).not.toContain('secret-query-value');
    expect(text).not.toContain('secret-cookie-value');
    expect(text).not.toContain(token);
  });

  it('when a request fails with 4xx, then it is logged at info; a client error is not an alarm', async () => {
    const before = requestLines(t).length;
    const response = await t.http.get('/api/overview');
    expect(response.status).toBe(401);
    const [line] = requestLines(t).slice(before);
    expect(line).toMatchObject({
      level: 30,
      res: {status: 401},
      requestId: response.headers['x-request-id'],
    });
  });

  it('when storage fails under a request, then its line is at error level with the status', async () => {
    const token = await t.sessionToken(SHOP);
    const shops = t.heed.storage.shops;
    const original = shops.get.bind(shops);
    shops.get = async () => {
      throw new Error('disk I/O error');
    };
    try {
      const before = requestLines(t).length;
      const response = await t.http.get('/api/overview').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBeGreaterThanOrEqual(500);
      const line = requestLines(t)
        .slice(before)
        .find((entry) => entry.requestId === response.headers['x-request-id']);
      expect(line).toMatchObject({
        level: 50,
        msg: 'request failed',
        res: {status: response.status},
      });
    } finally {
      shops.get = original;
    }
  });
});
