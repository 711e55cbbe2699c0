import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {createDemoShopState} from '../../web/simulator/demo-shop';
import {registeredRoutes} from '../support/registered-routes';
import {rowsOfShop} from '../support/shop-rows';
import {makeShopRecords, type ShopRecords} from '../support/tenant-fixtures';
import {ROUTES, type Call} from './tenant-routes';
import {mintCheckoutToken} from '../support/shopify-tokens';
import {signedAppProxyQuery} from '../support/app-proxy';

const A = 'tenant-a.myshopify.com';
const B = 'tenant-b.myshopify.com';

describe.each(batteryEngines())('tenant isolation over every route, on %s', (engine) => {
  let t: TestHeed;
  let b: ShopRecords;
  let pixelKeyA: string;
  const asA = async (sub = '1') => `Bearer ${await t.sessionToken(A, {sub})}`;

  beforeAll(async () => {
    t = await startTestHeed({engine, shops: [createDemoShopState(A), createDemoShopState(B)]});
    await t.install(A);
    await t.install(B);
    pixelKeyA = await t.ingestKey(A);
    await t.ingestKey(B);
    b = await makeShopRecords(t, B);
    // A's own lead and agent, so that a handover names someone of A's staff.
    for (const sub of ['1', '2']) {
      const me = await t.http.get('/api/staff/me').set('Authorization', await asA(sub));
      expect(me.status).toBe(200);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('when the app’s routes are listed, then each one has an isolation case here', () => {
    const routes = registeredRoutes(t.heed.app);
    expect(routes.filter((route) => !(route in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('when shop A calls every route with shop B’s ids, then it gets 404 or its own data, and B’s rows stay as they were', async () => {
    const before = await rowsOfShop(t.heed.storage, B);
    const checkoutA = mintCheckoutToken({
      shop: A,
      apiKey: t.heed.config.apiKey,
      apiSecret: t.heed.config.apiSecret,
    });
    const misses: string[] = [];
    for (const [route, routeCase] of Object.entries(ROUTES)) {
      if ('exempt' in routeCase) continue;
      const call = routeCase.call(b);
      const response = await send(call, checkoutA);
      const text = response.text;
      const leaked = b.markers.filter((marker) => text.includes(marker));
      const statusOk =
        routeCase.expect === 'not_found'
          ? response.status === 404
          : routeCase.expect === 'refused'
            ? response.status >= 400 && response.status < 500
            : response.status < 500;
      if (!statusOk || leaked.length > 0) {
        misses.push(
          `${route}: ${response.status}${leaked.length ? `, leaked ${leaked.join(', ')}` : ''}`,
        );
      }
    }
    await t.heed.drainJourneys();
    expect(misses).toEqual([]);
    expect(await rowsOfShop(t.heed.storage, B)).toEqual(before);
  }, 60_000);

  async function send(call: Call, checkoutA: string) {
    const path =
      call.path === '/api/proxy/offer'
        ? `${call.path}?${signedAppProxyQuery(
            {
              shop: A,
              path_prefix: '/apps/heed',
              timestamp: String(Math.floor(Date.now() / 1000)),
              campaign: 'winter-sale',
            },
            t.heed.config.apiSecret,
          )}`
        : call.path;
    let request = t.http[call.method](path);
    if (call.auth === 'admin') request = request.set('Authorization', await asA());
    if (call.auth === 'checkout') request = request.set('Authorization', `Bearer ${checkoutA}`);
    if (call.body === 'pixel-b') {
      // A's key with B's name on the batch: the key speaks for A only.
      return request
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: B, key: pixelKeyA, events: []}));
    }
    return call.body === undefined ? request : request.send(call.body as object);
  }
});
