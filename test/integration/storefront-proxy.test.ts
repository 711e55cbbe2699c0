import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {signedAppProxyQuery} from '../support/app-proxy';

const SHOP = 'fabulous-furs.myshopify.com';
const DAY = 86_400_000;

describe('storefront offer through the app proxy', () => {
  let t: TestHeed;
  const timestamp = () => String(Math.floor(Date.now() / 1000));
  const proxied = (query: Record<string, string>, secret?: string) =>
    t.http.get(
      `/api/proxy/offer?${signedAppProxyQuery({shop: SHOP, path_prefix: '/apps/heed', timestamp: timestamp(), ...query}, secret ?? t.heed.config.apiSecret)}`,
    );

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
    await t.http
      .post('/api/campaigns')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`)
      .send({
        name: 'Winter email',
        promise: {
          kind: 'percentage',
          value: 20,
          scope: {type: 'entire_order'},
          audience: {type: 'email_subscribers'},
          minimum: null,
        },
        discountCodes: ['WINTER20'],
        sendAt: iso(-DAY),
        promiseStartsAt: iso(-DAY),
        promiseEndsAt: iso(5 * DAY),
        recipients: 100,
        attributionKey: 'winter-email',
        email: {links: [], html: null},
      });
  });
  afterAll(() => t.close());

  it('when the embed asks for the landing campaign, then it gets the code and the promise', async () => {
    const response = await proxied({campaign: 'winter-email'});
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      offer: {code: 'WINTER20', kind: 'percentage', value: 20, currencyCode: 'CAD'},
    });
  });

  it('when the campaign key is unknown, then there is no offer', async () => {
    expect((await proxied({campaign: 'nope'})).body).toEqual({offer: null});
  });

  it.each([
    ['a forged signature', () => proxied({campaign: 'winter-email'}, 'not-the-app-secret')],
    [
      'no signature',
      () =>
        t.http.get(`/api/proxy/offer?shop=${SHOP}&campaign=winter-email&timestamp=${timestamp()}`),
    ],
    ['an old timestamp', () => proxied({campaign: 'winter-email', timestamp: '1500000000'})],
  ])('when the request has %s, then it is a 401 that reveals no code', async (_what, send) => {
    const response = await send();
    expect(response.status).toBe(401);
    expect(JSON.stringify(response.body)).not.toContain('WINTER20');
  });
});
