import {beforeEach, describe, expect, it} from 'vitest';
import {z} from 'zod';
import {createAdminApiClient, type AdminApiClient} from '../../web/server/admin-api/client';
import {
  AUTOMATIC_DISCOUNTS_QUERY,
  SHOP_OVERVIEW_QUERY,
  WEB_PIXEL_CREATE_MUTATION,
} from '../../web/server/admin-api/documents';
import {userErrorsSchema, withUserErrors} from '../../web/server/admin-api/result';
import {SHOPIFY_API_VERSION} from '../../web/server/config';
import {
  createShopifySimulator,
  DEMO_SHOP_DOMAIN,
  loadAdminSchema,
  type ShopifySimulator,
} from '../../web/simulator';
import {captureLogger} from '../support/capture-logger';

const SHOP = DEMO_SHOP_DOMAIN;
const shopData = z.object({shop: z.object({name: z.string(), myshopifyDomain: z.string()})});
const automaticData = z.object({automaticDiscountNodes: z.object({nodes: z.array(z.unknown())})});
const pixelCreateData = z.object({
  webPixelCreate: z.object({
    webPixel: z.object({id: z.string(), settings: z.string()}).nullable(),
    userErrors: userErrorsSchema,
  }),
});

let clockMs: number;
let sim: ShopifySimulator;
let waits: number[];
let logs: () => string;
let client: AdminApiClient;
let session: {shop: string; accessToken: string};

beforeEach(async () => {
  clockMs = Date.parse('2026-11-20T12:00:00Z');
  waits = [];
  sim = createShopifySimulator({
    apiKey: 'client-test-key',
    apiSecret: 'client-test-secret-0123',
    schema: await loadAdminSchema(),
    now: () => clockMs,
  });
  session = {shop: SHOP, accessToken: sim.installShop(SHOP)};
  const captured = captureLogger('debug');
  logs = captured.text;
  client = createAdminApiClient({
    fetch: sim.fetch,
    apiVersion: SHOPIFY_API_VERSION,
    logger: captured.logger,
    // Waiting is simulated: the clock moves, so Shopify's bucket refills as it would.
    sleep: async (ms) => {
      waits.push(ms);
      clockMs += ms;
    },
  });
});

describe('Admin API client', () => {
  it('when the answer is fine, then it returns typed data and the query cost', async () => {
    const result = await client.request(session, SHOP_OVERVIEW_QUERY, undefined, shopData);
    expect(result).toMatchObject({
      ok: true,
      data: {shop: {name: 'Fabulous Furs', myshopifyDomain: SHOP}},
      cost: {throttleStatus: {maximumAvailable: 2000, restoreRate: 100}},
    });
    expect(sim.requests[0]?.accessToken).toBe(session.accessToken);
  });

  it('when Shopify answers THROTTLED, then it waits for the bucket to refill and succeeds', async () => {
    sim.throttleNext(1);
    const variables = {first: 5, query: 'status:active'};
    const result = await client.request(
      session,
      AUTOMATIC_DISCOUNTS_QUERY,
      variables,
      automaticData,
    );

    expect(result.ok).toBe(true);
    const requested = sim.requests[0]?.requestedQueryCost ?? 0;
    expect(requested).toBeGreaterThan(10);
    // The bucket was empty: (requested − 0 available) / 100 points per second.
    expect(waits).toEqual([(requested / 100) * 1000]);
    expect(sim.requests.map((r) => r.throttled)).toEqual([true, false]);
  });

  it('when Shopify answers 429 with Retry-After, then it waits that long and retries', async () => {
    sim.failNext(1, 429, 2);
    const result = await client.request(session, SHOP_OVERVIEW_QUERY, undefined, shopData);
    expect(result.ok).toBe(true);
    expect(waits).toEqual([2000]);
  });

  it('when Shopify answers 503 twice, then it backs off exponentially and succeeds', async () => {
    sim.failNext(2, 503);
    const result = await client.request(session, SHOP_OVERVIEW_QUERY, undefined, shopData);
    expect(result.ok).toBe(true);
    expect(waits).toEqual([500, 1000]);
    expect(sim.unusedFaults()).toBe(0);
  });

  it.each([
    ['keeps answering 503', (s: ShopifySimulator) => s.failNext(9, 503), 'http_error', 503],
    ['keeps answering 429', (s: ShopifySimulator) => s.failNext(9, 429), 'throttled', 429],
    ['keeps throttling', (s: ShopifySimulator) => s.throttleNext(9), 'throttled', 200],
  ])(
    'when Shopify %s, then it gives up after 4 attempts, retryable',
    async (_case, arrange, reason, status) => {
      arrange(sim);
      const result = await client.request(session, SHOP_OVERVIEW_QUERY, undefined, shopData);
      expect(result).toMatchObject({ok: false, reason, status, retryable: true});
      expect(sim.requests).toHaveLength(4);
      expect(waits).toHaveLength(3);
      expect(sim.unusedFaults()).toBe(5);
    },
  );

  type NoRetryCase = [string, (s: ShopifySimulator) => void, string | null, string, string, number];
  it.each<NoRetryCase>([
    [
      'the token is unknown',
      () => undefined,
      'shpat_revoked',
      SHOP_OVERVIEW_QUERY,
      'unauthorized',
      401,
    ],
    [
      'the query does not validate',
      () => undefined,
      null,
      'query Bad { shop { nmae } }',
      'graphql_errors',
      200,
    ],
    [
      'Shopify fails with 500',
      (s) => s.failNext(1, 500),
      null,
      SHOP_OVERVIEW_QUERY,
      'http_error',
      500,
    ],
  ])(
    'when %s, then it fails without retrying',
    async (_case, arrange, token, query, reason, status) => {
      arrange(sim);
      const caller = token === null ? session : {...session, accessToken: token};
      const result = await client.request(caller, query, undefined, shopData);
      expect(result).toMatchObject({ok: false, reason, status});
      expect(sim.requests).toHaveLength(1);
      expect(waits).toEqual([]);
    },
  );

  it('when the data does not match the schema, then the result is invalid_response', async () => {
    const wrong = z.object({shop: z.object({name: z.number()})});
    const result = await client.request(session, SHOP_OVERVIEW_QUERY, undefined, wrong);
    expect(result).toMatchObject({ok: false, reason: 'invalid_response', retryable: false});
  });

  it('when the network fails, then it returns a retryable network failure without retrying', async () => {
    const offline = createAdminApiClient({
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      apiVersion: SHOPIFY_API_VERSION,
      logger: captureLogger().logger,
      sleep: async (ms) => void waits.push(ms),
    });
    const result = await offline.request(session, SHOP_OVERVIEW_QUERY, undefined, shopData);
    expect(result).toMatchObject({ok: false, reason: 'network', retryable: true});
    expect(waits).toEqual([]);
  });

  it('when a mutation answers userErrors, then they surface as a failed result', async () => {
    const create = () =>
      client
        .request(session, WEB_PIXEL_CREATE_MUTATION, {settings: '{"a":"b"}'}, pixelCreateData)
        .then((result) => withUserErrors(result, (data) => data.webPixelCreate));
    expect((await create()).ok).toBe(true);
    expect(await create()).toMatchObject({
      ok: false,
      reason: 'user_errors',
      retryable: false,
      messages: ['webPixel: Web pixel is taken.'],
      userErrors: [{code: 'TAKEN', field: ['webPixel']}],
    });
  });

  it('when calls are retried and fail, then the access token never reaches the logs', async () => {
    sim.failNext(1, 429);
    sim.throttleNext(1);
    await client.request(session, SHOP_OVERVIEW_QUERY, {email: 'shopper@example.com'}, shopData);
    await client.request(
      {...session, accessToken: 'shpat_leaked'},
      SHOP_OVERVIEW_QUERY,
      undefined,
      shopData,
    );
    expect(logs()).toContain('Admin API call');
    expect(logs()).not.toContain(session.accessToken);
    expect(logs()).not.toContain('shpat_leaked');
    expect(logs()).not.toContain('shopper@example.com');
  });
});
