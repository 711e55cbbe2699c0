import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {checkoutEvent} from '../support/pixel-events';

const SHOP = 'fabulous-furs.myshopify.com';
/** A shop the Shopify stand-in does not know: its Admin API calls are refused. */
const UNREACHABLE = 'ghost-store.myshopify.com';
/** A shop whose pixel is off and from which nothing has arrived. */
const NOTHING_YET = {
  pixel: {active: false},
  checkouts: {last24h: 0, lastActivityAt: null},
  quarantined: {last24h: 0, recent: []},
};

describe('pixel status for the merchant', () => {
  let t: TestHeed;
  const auth = async (shop: string) => `Bearer ${await t.sessionToken(shop)}`;
  const status = async (shop: string) =>
    t.http.get('/api/pixel/status').set('Authorization', await auth(shop));

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    await t.install(UNREACHABLE);
  });
  afterAll(() => t.close());

  it('when no session token comes with the request, then it is refused', async () => {
    expect((await t.http.get('/api/pixel/status')).status).toBe(401);
    expect((await t.http.post('/api/pixel/activate')).status).toBe(401);
  });

  it('when the install could not turn the pixel on, then the status says so and nothing has arrived', async () => {
    const response = await status(SHOP);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(NOTHING_YET);
  });

  it('when the merchant turns the pixel on, then Shopify gets it with a key the ingest accepts', async () => {
    const response = await t.http
      .post('/api/pixel/activate')
      .set('Authorization', await auth(SHOP));
    expect(response.status).toBe(200);
    expect(response.body.pixel).toEqual({active: true});
    const settings = t.simulator.shop(SHOP).webPixel?.settings as {ingestKey?: string} | undefined;
    expect(settings?.ingestKey).toBeTruthy();
    const batch = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(
        JSON.stringify({
          shop: SHOP,
          key: settings?.ingestKey,
          events: [
            checkoutEvent('checkout_started', {}, 'tok-status-1'),
            {id: 'sh-broken', name: 'checkout_started', type: 'standard'},
          ],
        }),
      );
    expect(batch.body).toMatchObject({accepted: 1, quarantined: 1});
    await t.heed.drainJourneys();

    const after = await status(SHOP);
    expect(after.body.checkouts.last24h).toBe(1);
    expect(after.body.checkouts.lastActivityAt).toBeGreaterThan(Date.now() - 60_000);
    expect(after.body.quarantined.last24h).toBe(1);
    expect(after.body.quarantined.recent[0].reason).toMatch(/timestamp|clientId|seq/);
  });

  it('when another shop asks, then it sees only its own pixel and checkouts', async () => {
    const other = await status(UNREACHABLE);
    expect(other.body).toEqual(NOTHING_YET);
  });

  it('when Shopify refuses to turn the pixel on, then the merchant gets a 502 without internals and it stays off', async () => {
    const response = await t.http
      .post('/api/pixel/activate')
      .set('Authorization', await auth(UNREACHABLE));
    expect(response.status).toBe(502);
    expect(response.body.error).toMatchObject({code: 'SHOPIFY_UNAVAILABLE'});
    expect(JSON.stringify(response.body)).not.toMatch(/graphql|token|fetch|webPixel/i);
    expect((await status(UNREACHABLE)).body.pixel).toEqual({active: false});
  });
});
