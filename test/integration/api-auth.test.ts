import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const HOUR = 3600;

describe('admin API authentication', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
  });
  afterAll(() => t.close());

  it('when the session token is valid, then /api/overview answers for that shop, in its own time zone', async () => {
    await t.heed.storage.shops.updateDetails(
      SHOP,
      {name: 'Fabulous Furs', currencyCode: 'CAD', timeZone: 'America/Toronto'},
      Date.now(),
    );
    const response = await t.http
      .get('/api/overview')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      shop: {domain: SHOP, name: 'Fabulous Furs', currencyCode: 'CAD', timeZone: 'America/Toronto'},
      storage: {healthy: true},
    });
  });

  it.each([
    ['no Authorization header', async () => undefined],
    [
      'a token signed with another secret',
      async () =>
        (await import('@shopify/shopify-api/test-helpers'))
          .getJwt('fabulous-furs', t.heed.config.apiKey, 'some-other-secret-value')
          .then((j) => j.token),
    ],
    [
      'an expired token',
      async () =>
        t.sessionToken(SHOP, {exp: Date.now() / 1000 - HOUR, nbf: Date.now() / 1000 - 2 * HOUR}),
    ],
    ['a token for another app', async () => t.sessionToken(SHOP, {aud: 'another-app-key'})],
    ['garbage', async () => 'not-a-jwt'],
  ])('when the request carries %s, then it is a 401 that reveals nothing', async (_what, token) => {
    const value = await token();
    const req = t.http.get('/api/overview');
    const response = value ? await req.set('Authorization', `Bearer ${value}`) : await req;
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Authentication is required.',
    });
    expect(response.body.error.requestId).toBe(response.headers['x-request-id']);
    expect(JSON.stringify(response.body)).not.toContain(value ?? '@@');
  });

  it('when the token is invalid, then App Bridge is told to retry with a fresh one', async () => {
    const response = await t.http.get('/api/overview').set('Authorization', 'Bearer not-a-jwt');
    expect(response.headers['x-shopify-retry-invalid-session-request']).toBe('1');
  });

  it('when an unknown /api route is called with a valid token, then it is a JSON 404', async () => {
    const response = await t.http
      .get('/api/nothing-here')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });

  it('when the body is malformed JSON, then it is a 400 with a generic message', async () => {
    const response = await t.http
      .post('/api/overview')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`)
      .set('Content-Type', 'application/json')
      .send('{"broken":');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The request could not be understood.',
    });
  });
});

describe('health and headers', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
  });
  afterAll(() => t.close());

  it('when storage is up, then /healthz reports it healthy', async () => {
    const response = await t.http.get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({status: 'ok', storage: {engine: 'sqlite', healthy: true}});
  });

  it('when a page is requested for a shop, then only that shop and Shopify admin may frame it', async () => {
    const response = await t.http.get('/healthz?shop=fabulous-furs.myshopify.com');
    expect(response.headers['content-security-policy']).toContain(
      'frame-ancestors https://fabulous-furs.myshopify.com https://admin.shopify.com',
    );
  });

  it('when any response is sent, then it carries the hardening headers, one CSP (Shopify’s), and nothing that forbids embedding', async () => {
    const response = await t.http.get('/healthz?shop=fabulous-furs.myshopify.com');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-dns-prefetch-control': 'off',
      'x-permitted-cross-domain-policies': 'none',
    });
    // Shopify admin frames Heed: frame-ancestors decides, X-Frame-Options would forbid it.
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    // The checkout extension and the pixel read Heed from other origins.
    expect(response.headers['cross-origin-resource-policy']).toBeUndefined();
    expect(
      String(response.headers['content-security-policy']).match(/frame-ancestors/g),
    ).toHaveLength(1);
  });

  it('when no shop is given, then no one may frame the app', async () => {
    const response = await t.http.get('/healthz');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('when storage is down, then /healthz answers 503', async () => {
    await t.heed.storage.db.destroy();
    // Health reuses a result for up to a second (storage/health.ts).
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const response = await t.http.get('/healthz');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({status: 'degraded', storage: {healthy: false}});
  });
});
