import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {findInDatabase} from '../support/scan-database';
import {hashEmail} from '../../web/server/privacy';

const SHOP = 'fabulous-furs.myshopify.com';
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/webhooks/${name}.json`, import.meta.url), 'utf8'));

/** What the webhook fixtures say of the shopper that Heed must never store. */
const PERSONAL = {
  email: 'dana.whitfield@example.com',
  phone: '6135550142',
  street: '1482 Wellington Street West',
  postalCode: 'K1Y 2X4',
  lastName: 'Whitfield',
  ip: '203.0.113.77',
  note: 'concierge',
};

describe.each(batteryEngines())('what Heed stores of a shopper, on %s', (engine) => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    for (const [topic, name] of [
      ['checkouts/create', 'checkout-create'],
      ['checkouts/update', 'checkout-update'],
      ['orders/create', 'order-create'],
    ] as const) {
      const response = await t.webhook(topic, SHOP, fixture(name));
      expect(response.status).toBe(200);
      await t.heed.webhookProcessor.drain();
      await t.heed.drainJourneys();
    }
  });
  afterAll(() => t.close());

  /**
   * The one place a shopper's contact details may be: the contact details of an open case, read
   * from Shopify for that case (and gone when it resolves). Nothing a webhook brought keeps them.
   */
  async function outsideOpenCases(needles: string[]) {
    const found = await findInDatabase(t.heed.storage, needles);
    const open = new Set(
      (await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100})).map((c) => c.id),
    );
    const caseRows = found.filter((f) => f.table === 'cases' && f.column === 'contact_json');
    if (caseRows.length > 0) expect(open.size).toBeGreaterThan(0);
    return found.filter((f) => !(f.table === 'cases' && f.column === 'contact_json'));
  }

  it('when checkout and order webhooks were processed, then no column of any table holds the email, phone or street address', async () => {
    expect(await outsideOpenCases([PERSONAL.email, PERSONAL.phone, PERSONAL.street])).toEqual([]);
  });

  it('when checkout and order webhooks were processed, then no column holds the postal code, name, IP or order note either', async () => {
    expect(
      await outsideOpenCases([PERSONAL.postalCode, PERSONAL.lastName, PERSONAL.ip, PERSONAL.note]),
    ).toEqual([]);
  });

  it('when the scan looks for what Heed does keep, then it finds it, in the tables that keep it', async () => {
    const found = await findInDatabase(t.heed.storage, [hashEmail(SHOP, PERSONAL.email)]);
    expect(new Set(found.map((f) => f.table))).toEqual(
      new Set(['commerce_records', 'journeys', 'cases']),
    );
  });

  it('when checkout and order webhooks were processed, then what Heed uses is there: the order by GID, its customer by GID and email hash', async () => {
    const order = await t.heed.storage.commerceRecords.get(
      SHOP,
      'order',
      'gid://shopify/Order/5829471046813',
    );
    expect(order).toMatchObject({
      customerId: 'gid://shopify/Customer/6940095564061',
      emailHash: hashEmail(SHOP, PERSONAL.email),
      sourceName: 'web',
      payload: {has_phone: true, has_shipping_address: true, total_price: '255.00'},
    });
    const checkout = await t.heed.storage.commerceRecords.get(SHOP, 'checkout', '36518208208029');
    expect(checkout?.payload).toMatchObject({has_shipping_line: true});
  });
});
