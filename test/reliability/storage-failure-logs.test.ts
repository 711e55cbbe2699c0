import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines, type EngineName} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';

/** What a real orders/create carries about the shopper; none of it may reach a log line. */
const SHOPPER = {
  email: 'marie.tremblay@example.com',
  phone: '+15145550147',
  firstName: 'Marie',
  lastName: 'Tremblay-Okonkwo',
  street: '4821 Rue Sainte-Catherine',
  zip: 'H3B 1A7',
};

const order = (id: number) => ({
  id,
  admin_graphql_api_id: `gid://shopify/Order/${id}`,
  created_at: '2026-11-01T10:00:00Z',
  email: SHOPPER.email,
  phone: SHOPPER.phone,
  checkout_token: `chk-${id}`,
  customer: {
    id: 7001,
    email: SHOPPER.email,
    first_name: SHOPPER.firstName,
    last_name: SHOPPER.lastName,
  },
  shipping_address: {
    first_name: SHOPPER.firstName,
    last_name: SHOPPER.lastName,
    address1: SHOPPER.street,
    city: 'Montréal',
    zip: SHOPPER.zip,
    phone: SHOPPER.phone,
  },
  total_price: '120.00',
});

/**
 * Makes every webhook insert fail the way a real database refuses a row: on PostgreSQL a CHECK
 * constraint (whose error details the whole failing row), on SQLite a trigger aborting the insert
 * (knex then quotes the statement with its values).
 */
async function refuseWebhookInserts(t: TestHeed, engine: EngineName) {
  if (engine === 'postgres') {
    await t.heed.storage.db.raw(
      'alter table webhook_deliveries add constraint refuse_all check (length(payload) < 2) not valid',
    );
    return () => t.heed.storage.db.raw('alter table webhook_deliveries drop constraint refuse_all');
  }
  await t.heed.storage.db.raw(
    "create trigger refuse_all before insert on webhook_deliveries begin select raise(abort, 'refused by the test'); end",
  );
  return () => t.heed.storage.db.raw('drop trigger refuse_all');
}

describe.each(batteryEngines())('customer data when storage fails, on %s', (engine) => {
  let t: TestHeed;
  let restore: (() => Promise<unknown>) | null = null;

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
  });
  afterEach(async () => {
    await restore?.();
    restore = null;
  });
  afterAll(() => t.close());

  it('when a webhook with a shopper’s details cannot be stored, then the log names the failure and quotes none of them', async () => {
    restore = await refuseWebhookInserts(t, engine);
    const response = await t.webhook('orders/create', SHOP, order(9101));
    expect(response.status).toBeGreaterThanOrEqual(500);

    const logs = t.logs();
    expect(logs).toContain('Could not store webhook delivery');
    for (const value of Object.values(SHOPPER)) expect(logs).not.toContain(value);
    expect(logs).not.toMatch(/insert into|"payload"|Failing row contains \(\w/i);
  });

  it('when the same webhook is stored once storage accepts it again, then it is kept (the refusal was the fault, not the data)', async () => {
    const response = await t.webhook('orders/create', SHOP, order(9102));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({received: true, duplicate: false});
  });
});
