import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {hashIngestKey} from '../../web/server/signals/ingest-key';

const SHOP = 'fabulous-furs.myshopify.com';

describe('first request after a Shopify-managed install', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
  });
  afterAll(() => t.close());

  it('when the admin calls Heed with no stored session, then the token is exchanged and the shop is recorded with its details', async () => {
    expect(await t.heed.storage.shops.get(SHOP)).toBeUndefined();
    const response = await t.http
      .get('/api/overview')
      .set('Authorization', `Bearer ${await t.sessionToken(SHOP)}`);
    expect(response.status).toBe(200);
    // The shop's details as the Admin API told them at the exchange, its time zone with them.
    expect(response.body.shop).toEqual({
      domain: SHOP,
      name: 'Fabulous Furs',
      currencyCode: 'CAD',
      timeZone: 'America/Toronto',
    });
    const [session] = await t.heed.sessionStorage.findSessionsByShop(SHOP);
    expect(session).toMatchObject({shop: SHOP, isOnline: false});
    expect(session?.expires).toBeInstanceOf(Date);
    expect(t.simulator.requests.some((r) => r.operationName === 'ShopOverview')).toBe(true);
  });

  it('when the shop is installed, then Heed turns its web pixel on with an ingest key it keeps only hashed', async () => {
    const pixel = t.simulator.shop(SHOP).webPixel;
    expect(pixel?.settings).toMatchObject({
      ingestUrl: expect.stringMatching(/\/api\/pixel\/events$/),
    });
    const key = String(pixel?.settings.ingestKey);
    expect(key.length).toBeGreaterThanOrEqual(32);
    const stored = await t.heed.storage.shops.ingestKeyHash(SHOP);
    expect(stored).toBe(hashIngestKey(key));
    expect(stored).not.toContain(key);
  });

  it('when token exchange worked, then no access token reached the logs', () => {
    expect(t.logs()).not.toMatch(/shp(at|ua)_/);
  });
});
