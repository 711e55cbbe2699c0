import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {createCommerceRecordsRepository} from '../../web/server/storage/commerce-records-repository';
import {hashEmail} from '../../web/server/privacy';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const MIGRATIONS = {tableName: 'heed_migrations', migrationSource};
const order = readFileSync(
  new URL('../fixtures/webhooks/order-create.json', import.meta.url),
  'utf8',
);
const checkout = readFileSync(
  new URL('../fixtures/webhooks/checkout-update.json', import.meta.url),
  'utf8',
);
const EMAIL_HASH = hashEmail(SHOP, 'dana.whitfield@example.com');
/** More checkouts than one page of the migration holds. */
const CHECKOUTS = 450;

/** Runs the migrations before 011, whichever others come before it. */
async function migrateToJustBefore(db: Knex, name: string) {
  for (;;) {
    const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
    const next = pending[0];
    if (!next || next[0] === name) return;
    await db.migrate.up(MIGRATIONS);
  }
}

/** Rolls back the latest migrations until `name` is undone, whichever others come after it. */
async function rollBackThrough(db: Knex, name: string) {
  for (;;) {
    const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
    if (pending.some(([pendingName]) => pendingName === name)) return;
    await db.migrate.down(MIGRATIONS);
  }
}

describe.each(batteryEngines())('commerce records minimized, migrating on %s', (engine) => {
  let isolated: IsolatedTarget;
  let db: Knex;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    db = openDatabase(isolated.target);
    if (isolated.target.kind === 'postgres' && isolated.target.schema)
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
    await migrateToJustBefore(db, '011-commerce-minimized');
    const row = (kind: string, id: string, payload: string) => ({
      shop: SHOP,
      kind,
      resource_id: id,
      checkout_token: 'b1946ac92492d2347c6235b4d2611184',
      customer_id: '6940095564061',
      email_hash: EMAIL_HASH,
      resource_updated_at: 1_764_260_764_000,
      payload,
      stored_at: 1,
    });
    await db('commerce_records').insert(row('order', '5829471046813', order));
    for (let i = 0; i < CHECKOUTS; i += 50) {
      await db('commerce_records').insert(
        Array.from({length: 50}, (_, j) => row('checkout', String(10_000 + i + j), checkout)),
      );
    }
    await db('gdpr_requests').insert([
      {shop: SHOP, topic: 'customers/redact', customer_id: '7001', received_at: 1},
      {shop: SHOP, topic: 'customers/data_request', customer_id: '7002', received_at: 2},
    ]);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    await isolated.dispose();
  });

  it('when a store upgrades with whole webhook bodies stored, then every record keeps only its facts', async () => {
    const rows: Array<{payload: string}> = await db('commerce_records').select('payload');
    expect(rows).toHaveLength(CHECKOUTS + 1);
    for (const {payload} of rows) {
      expect(payload).not.toMatch(/whitfield|6135550142|Wellington|203\.0\.113\.77|concierge/i);
      expect(JSON.parse(payload)).toMatchObject({has_email: true, email_hash: EMAIL_HASH});
    }
  });

  it('when a store upgrades, then orders and customers are named by GIDs and orders know when they were placed', async () => {
    const records = createCommerceRecordsRepository(db);
    expect(await records.get(SHOP, 'order', '5829471046813')).toBeUndefined();
    const stored = await records.get(SHOP, 'order', 'gid://shopify/Order/5829471046813');
    expect(stored).toMatchObject({
      customerId: 'gid://shopify/Customer/6940095564061',
      placedAt: Date.parse('2026-11-27T11:26:03-05:00'),
      sourceName: 'web',
      payload: {id: 'gid://shopify/Order/5829471046813', total_price: '255.00'},
    });
    expect(
      await records.ordersSince(SHOP, {customerId: null, emailHash: EMAIL_HASH}, 0),
    ).toMatchObject([{orderId: 'gid://shopify/Order/5829471046813', sourceName: 'web'}]);
    expect((await records.get(SHOP, 'checkout', '10000'))?.customerId).toBe(
      'gid://shopify/Customer/6940095564061',
    );
  });

  it('when a store upgrades, then a recorded redaction no longer names its customer, and a data request names it by GID', async () => {
    const requests: Array<{topic: string; customer_id: string | null}> =
      await db('gdpr_requests').orderBy('id');
    expect(requests.map((r) => [r.topic, r.customer_id])).toEqual([
      ['customers/redact', null],
      ['customers/data_request', 'gid://shopify/Customer/7002'],
    ]);
  });

  it('when the migration is rolled back, then ids are numbers again and the new columns are gone', async () => {
    await rollBackThrough(db, '011-commerce-minimized');
    const [stored] = await db('commerce_records').where({kind: 'order'});
    expect(stored).toMatchObject({resource_id: '5829471046813', customer_id: '6940095564061'});
    expect(stored).not.toHaveProperty('placed_at');
    await migrateToLatest(db);
  });
});
