import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {createJourneysRepository} from '../../web/server/storage/journeys-repository';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const MIGRATIONS = {tableName: 'heed_migrations', migrationSource};
const NAME = '018-outcomes';

/** A journey row as the schema before outcomes stored it. */
const OLD_JOURNEY = {
  id: 'jrn_00000000000000000000b001',
  shop: SHOP,
  checkout_token: 'tok-before-outcomes',
  score: 12,
  started_at: 1_764_000_000_000,
  last_activity_at: 1_764_000_600_000,
  updated_at: 1_764_000_600_000,
  state_json: '{"version":2}',
};

async function pendingNames(db: Knex): Promise<string[]> {
  const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
  return pending.map(([name]) => name);
}

describe.each(batteryEngines())('outcomes, migrating on %s', (engine) => {
  let isolated: IsolatedTarget;
  let db: Knex;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    db = openDatabase(isolated.target);
    if (isolated.target.kind === 'postgres' && isolated.target.schema)
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
    while ((await pendingNames(db))[0] !== NAME) await db.migrate.up(MIGRATIONS);
    await db('journeys').insert(OLD_JOURNEY);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    await isolated.dispose();
  });

  it('when a store upgrades, then its checkouts keep their rows and count for no campaign until they change', async () => {
    const journeys = createJourneysRepository(db);
    const journey = await journeys.get(SHOP, OLD_JOURNEY.id);
    expect(journey).toMatchObject({score: 12, campaignId: null, promiseKept: null});
    if (!journey) throw new Error('the journey did not survive the upgrade');
    await journeys.save({...journey, campaignId: 'cmp-1', promiseKept: true}, Date.now());
    expect(await journeys.get(SHOP, OLD_JOURNEY.id)).toMatchObject({
      campaignId: 'cmp-1',
      promiseKept: true,
    });
  });

  it('when the migration is rolled back and run again, then its columns go and come back, and the checkouts stay', async () => {
    while (!(await pendingNames(db)).includes(NAME)) await db.migrate.down(MIGRATIONS);
    expect(await db.schema.hasColumn('journeys', 'campaign_id')).toBe(false);
    expect(await db.schema.hasColumn('journeys', 'promise_kept')).toBe(false);
    expect(await db('journeys').where({id: OLD_JOURNEY.id}).count({n: '*'})).toEqual([
      {n: engine === 'postgres' ? '1' : 1},
    ]);
    await migrateToLatest(db);
    expect(await db.schema.hasColumn('journeys', 'promise_kept')).toBe(true);
  });
});
