import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {createWebhookDeliveriesRepository} from '../../web/server/storage/webhook-deliveries-repository';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const MIGRATION = '021-reliability';
const MIGRATIONS = {tableName: 'heed_migrations', migrationSource};

async function migrateToJustBefore(db: Knex, name: string) {
  for (;;) {
    const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
    const next = pending[0];
    if (!next || next[0] === name) return;
    await db.migrate.up(MIGRATIONS);
  }
}

async function rollBackThrough(db: Knex, name: string) {
  for (;;) {
    const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
    if (pending.some(([pendingName]) => pendingName === name)) return;
    await db.migrate.down(MIGRATIONS);
  }
}

const delivery = (eventId: string, topic: string, status = 'received') => ({
  shop: SHOP,
  event_id: eventId,
  topic,
  received_at: 1_000,
  status,
  attempts: 0,
  payload: status === 'processed' ? null : '{"id":1}',
});

describe.each(batteryEngines())(
  'webhook deliveries keyed by topic too, migrating on %s',
  (engine) => {
    let isolated: IsolatedTarget;
    let db: Knex;
    beforeAll(async () => {
      isolated = isolatedTarget(engine);
      db = openDatabase(isolated.target);
      if (isolated.target.kind === 'postgres' && isolated.target.schema)
        await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
      await migrateToJustBefore(db, MIGRATION);
      await db('webhook_deliveries').insert([
        delivery('evt-1', 'orders/create', 'processed'),
        delivery('evt-2', 'checkouts/update'),
      ]);
      await db.migrate.up(MIGRATIONS);
    });
    afterAll(async () => {
      await db.destroy();
      await isolated.dispose();
    });

    it('when 021 runs, then earlier deliveries are kept, their duplicates still refused, and the same event id may arrive for another topic', async () => {
      const rows = await db('webhook_deliveries').orderBy('event_id').select('event_id', 'status');
      expect(rows).toEqual([
        {event_id: 'evt-1', status: 'processed'},
        {event_id: 'evt-2', status: 'received'},
      ]);
      const deliveries = createWebhookDeliveriesRepository(db);
      const received = (eventId: string, topic: string) =>
        deliveries.recordReceived({
          shop: SHOP,
          eventId,
          topic,
          webhookId: null,
          apiVersion: null,
          triggeredAt: null,
          receivedAt: 2_000,
          payload: '{}',
        });
      expect(await received('evt-1', 'orders/create')).toBe('duplicate');
      expect(await received('evt-1', 'checkouts/update')).toBe('new');
      // The pending-deliveries index survives SQLite's table rebuild.
      const pending = await deliveries.listPending(10_000, 5, 10);
      expect(pending.map((p) => `${p.eventId} ${p.topic}`).sort()).toEqual([
        'evt-1 checkouts/update',
        'evt-2 checkouts/update',
      ]);
      if (engine === 'sqlite') {
        const indexes: Array<{name: string}> = await db.raw(
          "select name from sqlite_master where type = 'index' and tbl_name = 'webhook_deliveries' and sql is not null",
        );
        expect(indexes.map((i) => i.name)).toEqual(['webhook_deliveries_status_received_at_index']);
      }
      expect(await db('storage_probe').count({n: '*'}).first()).toMatchObject({
        n: expect.anything(),
      });
    });

    it('when 021 is rolled back, then one delivery per event id is kept and migrating again works', async () => {
      await rollBackThrough(db, MIGRATION);
      const rows = await db('webhook_deliveries').orderBy('event_id').select('event_id', 'topic');
      expect(rows).toEqual([
        {event_id: 'evt-1', topic: 'checkouts/update'},
        {event_id: 'evt-2', topic: 'checkouts/update'},
      ]);
      expect(await db.schema.hasTable('storage_probe')).toBe(false);
      await migrateToLatest(db);
      expect(await db.schema.hasTable('storage_probe')).toBe(true);
    });
  },
);
