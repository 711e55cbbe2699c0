import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {hostileBodies, hostileValue} from '../support/hostile-bodies';
import {rowCountsOfShop} from '../support/shop-rows';
import {mintCheckoutToken} from '../support/shopify-tokens';
import {signedAppProxyQuery} from '../support/app-proxy';
import {checkoutEvent} from '../support/pixel-events';
import {WINTER_ID, winterSale} from '../support/followup-shoppers';

const SHOP = 'fabulous-furs.myshopify.com';
const DAY = 86_400_000;
/** Fixed, so a failure replays; FUZZ_SEED explores others. fast-check prints seed and path on failure. */
const SEED = Number(process.env.FUZZ_SEED ?? 1_301_2026);
/** Per endpoint and engine: enough variety to find a hole, few enough to keep CI short. */
const RUNS = 30;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

const campaign = {
  name: 'Fuzzed email',
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'email_subscribers'},
    minimum: null,
  },
  recipients: 100,
  email: {links: [], html: '<p>Twenty percent off, code FUZZ20</p>'},
  discountCodes: ['FUZZ20'],
  attributionKey: 'fuzzed-email',
  sendAt: iso(-DAY),
  promiseStartsAt: iso(-DAY),
  promiseEndsAt: iso(5 * DAY),
};

interface Endpoint {
  name: string;
  base: unknown;
  send(t: TestHeed, body: string): Promise<{status: number}>;
}

describe.each(batteryEngines())('hostile input at every edge, on %s', (engine) => {
  let t: TestHeed;
  let admin: string;
  let checkout: string;
  let key: string;
  let ownCampaign: string;

  const json = (request: ReturnType<TestHeed['http']['post']>, auth: string, body: string) =>
    request.set('Authorization', auth).set('Content-Type', 'application/json').send(body);

  const endpoints: Endpoint[] = [
    {
      name: 'POST /api/pixel/events',
      base: {shop: SHOP, key: 'KEY', events: [checkoutEvent('checkout_started', {}, 'chk-fuzz')]},
      send: (_t, body) =>
        t.http
          .post('/api/pixel/events')
          .set('Content-Type', 'text/plain')
          .send(body.replace('"KEY"', JSON.stringify(key))),
    },
    {
      name: 'POST /api/checkout/outcome',
      base: {campaignId: WINTER_ID, code: 'WINTER20', state: 'applied', checkoutToken: 'chk-f'},
      send: (_t, body) => json(t.http.post('/api/checkout/outcome'), checkout, body),
    },
    {
      name: 'POST /api/checkout/help',
      base: {
        surface: 'checkout',
        checkoutToken: 'chk-f',
        channel: 'phone',
        phone: '+1 613 555 0101',
      },
      send: (_t, body) => json(t.http.post('/api/checkout/help'), checkout, body),
    },
    {
      name: 'POST /api/campaigns',
      base: campaign,
      send: (_t, body) => json(t.http.post('/api/campaigns'), admin, body),
    },
    {
      name: 'PUT /api/campaigns/:id',
      base: campaign,
      send: (_t, body) => json(t.http.put(`/api/campaigns/${ownCampaign}`), admin, body),
    },
    {
      name: 'PUT /api/settings/hesitation',
      base: {stallAfterMsByStep: {payment: 600_000}},
      send: (_t, body) => json(t.http.put('/api/settings/hesitation'), admin, body),
    },
    {
      name: 'PUT /api/settings/mail',
      base: {
        host: '127.0.0.1',
        port: 2525,
        secure: false,
        username: 'u',
        password: 'p',
        fromAddress: 'Furs <u@furs.example>',
      },
      send: (_t, body) => json(t.http.put('/api/settings/mail'), admin, body),
    },
    {
      name: 'PUT /api/settings/notifications',
      base: {email: {changes: []}, slack: {changes: []}},
      send: (_t, body) => json(t.http.put('/api/settings/notifications'), admin, body),
    },
    {
      name: 'PUT /api/settings/hours',
      base: {workingHours: null},
      send: (_t, body) => json(t.http.put('/api/settings/hours'), admin, body),
    },
  ];

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
    await winterSale(t, SHOP);
    admin = `Bearer ${await t.sessionToken(SHOP, {sub: '1'})}`;
    expect((await t.http.get('/api/staff/me').set('Authorization', admin)).status).toBe(200);
    checkout = `Bearer ${mintCheckoutToken({shop: SHOP, apiKey: t.heed.config.apiKey, apiSecret: t.heed.config.apiSecret})}`;
    const created = await t.http.post('/api/campaigns').set('Authorization', admin).send(campaign);
    expect(created.status).toBe(201);
    ownCampaign = String(created.body.campaign.id);
  }, 60_000);
  afterAll(() => t.close());

  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))(
    'when %s gets hostile bodies, then it never answers 5xx and a refused body stores nothing',
    async (_name, endpoint) => {
      await fc.assert(
        fc.asyncProperty(hostileBodies(endpoint.base), async (body) => {
          await t.heed.drainJourneys();
          const before = await rowCountsOfShop(t.heed.storage, SHOP);
          const response = await endpoint.send(t, body);
          expect(response.status).toBeLessThan(500);
          await t.heed.drainJourneys();
          if (response.status >= 400) {
            expect(await rowCountsOfShop(t.heed.storage, SHOP)).toEqual(before);
          }
        }),
        {numRuns: RUNS, seed: SEED},
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    120_000,
  );

  it('when the checkout offer and the storefront proxy get hostile query strings, then neither answers 5xx', async () => {
    const signed = (query: Record<string, string>) =>
      `/api/proxy/offer?${signedAppProxyQuery(
        {
          shop: SHOP,
          path_prefix: '/apps/heed',
          timestamp: String(Math.floor(Date.now() / 1000)),
          ...query,
        },
        t.heed.config.apiSecret,
      )}`;
    const text = hostileValue.map((value) =>
      typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
    );
    await fc.assert(
      fc.asyncProperty(text, text, async (campaignKey, code) => {
        const proxy = await t.http.get(signed({campaign: campaignKey, code}));
        expect(proxy.status).toBeLessThan(500);
        const offer = await t.http
          .get('/api/checkout/offer')
          .query({campaign: campaignKey, codes: code})
          .set('Authorization', checkout);
        expect(offer.status).toBeLessThan(500);
      }),
      {numRuns: RUNS, seed: SEED},
    );
  }, 120_000);

  it('when the fuzzing is over, then the process still answers its health check', async () => {
    expect((await t.http.get('/healthz')).status).toBe(200);
  });
});
