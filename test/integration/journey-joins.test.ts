import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {journeyIdFor} from '../../web/server/signals/journey';

const SHOP = 'fabulous-furs.myshopify.com';
const events = JSON.parse(
  readFileSync(new URL('../fixtures/pixel/promo-not-applied.json', import.meta.url), 'utf8'),
) as Array<{data?: {checkout?: {token?: string}}}>;
const TOKEN = events.find((e) => e.data?.checkout?.token)?.data?.checkout?.token ?? '';

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await check()); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('journeys joined to webhooks and checkout outcomes', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    await t.heed.drainJourneys();
  });
  afterAll(() => t.close());

  const journey = () =>
    t.heed.storage.journeys.get(SHOP, journeyIdFor(SHOP, {checkoutToken: TOKEN, clientId: null}));

  it('when the order for the checkout arrives by webhook, then the journey is completed', async () => {
    expect((await journey())?.completedAt).toBeNull();
    const order = {
      id: 820982911946154500,
      updated_at: new Date().toISOString(),
      created_at: new Date().toISOString(),
      checkout_token: TOKEN,
      email: 'marie@example.com',
      customer: {id: 6001},
    };
    expect(
      (await t.webhook('orders/create', SHOP, order, {eventId: 'evt-join-order'})).status,
    ).toBe(200);
    await until(async () => (await journey())?.completedAt !== null);
    await t.heed.drainJourneys();
    expect((await journey())?.completedAt).not.toBeNull();
  });

  it('when a checkout is known only from its webhook, then it still becomes a journey', async () => {
    const checkout = {
      id: 991,
      token: 'tok-webhook-only',
      updated_at: new Date().toISOString(),
      email: null,
    };
    await t.webhook('checkouts/create', SHOP, checkout, {eventId: 'evt-join-checkout'});
    await until(
      async () =>
        (await t.heed.storage.journeys.get(
          SHOP,
          journeyIdFor(SHOP, {checkoutToken: 'tok-webhook-only', clientId: null}),
        )) !== undefined,
    );
    await t.heed.drainJourneys();
    expect(
      await t.heed.storage.journeys.get(
        SHOP,
        journeyIdFor(SHOP, {checkoutToken: 'tok-webhook-only', clientId: null}),
      ),
    ).toBeDefined();
  });
});

describe('GDPR for checkout journeys', () => {
  it('when the shopper asks for their data and then to be forgotten, then the export holds their checkout and the erasure removes it with its events and signals', async () => {
    const t = await startTestHeed();
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    await t.heed.drainJourneys();
    const customer = {id: null, email: 'dana.whitfield@example.com'};

    await t.webhook(
      'customers/data_request',
      SHOP,
      {shop_domain: SHOP, customer, orders_requested: [], data_request: {id: 77}},
      {eventId: 'evt-gdpr-dr'},
    );
    await until(async () => (await t.heed.storage.gdprRequests.listForShop(SHOP)).length > 0);
    const [request] = await t.heed.storage.gdprRequests.listForShop(SHOP);
    expect(
      (request?.export as {checkouts: Array<{checkoutToken: string}>}).checkouts.map(
        (c) => c.checkoutToken,
      ),
    ).toEqual([TOKEN]);

    await t.webhook(
      'customers/redact',
      SHOP,
      {shop_domain: SHOP, customer, orders_to_redact: []},
      {eventId: 'evt-gdpr-redact'},
    );
    const id = journeyIdFor(SHOP, {checkoutToken: TOKEN, clientId: null});
    await until(async () => (await t.heed.storage.journeys.get(SHOP, id)) === undefined);
    expect(await t.heed.storage.journeys.get(SHOP, id)).toBeUndefined();
    expect(
      await t.heed.storage.pixelEvents.forJourney(SHOP, {checkoutToken: TOKEN, clientId: null}),
    ).toEqual([]);
    expect(await t.heed.storage.signals.forJourney(SHOP, id)).toEqual([]);
    await t.close();
  });
});
