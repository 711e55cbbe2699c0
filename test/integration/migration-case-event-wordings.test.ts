import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {sayerFor, sayStored} from '../../web/server/sentences/wording';
import {createCaseEventsRepository} from '../../web/server/storage/case-events-repository';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {readerFor} from '../../web/shared/languages';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const MIGRATIONS = {tableName: 'heed_migrations', migrationSource};
const NAME = '027-case-event-wordings';
const CASE_ID = '00000000-0000-4000-8000-00000000c027';

/** A timeline line as the schema before wordings stored it: English only. */
const OLD_LINE = {
  id: '00000000-0000-4000-8000-000000000027',
  shop: SHOP,
  case_id: CASE_ID,
  at: 1_764_000_000_000,
  actor: '2',
  kind: 'call',
  sentence:
    'Omar Haddad called the shopper: no answer. Basis: Heed may contact this shopper: the shop’s promised discount did not apply.',
  data_json: '{"method":"phone"}',
  once_key: null,
};

async function pendingNames(db: Knex): Promise<string[]> {
  const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
  return pending.map(([name]) => name);
}

describe.each(batteryEngines())('case timeline wordings, migrating on %s', (engine) => {
  let isolated: IsolatedTarget;
  let db: Knex;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    db = openDatabase(isolated.target);
    if (isolated.target.kind === 'postgres' && isolated.target.schema)
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
    while ((await pendingNames(db))[0] !== NAME) await db.migrate.up(MIGRATIONS);
    await db('case_events').insert(OLD_LINE);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    await isolated.dispose();
  });

  it('when a store upgrades, then a line written before reads in its English for every admin', async () => {
    const [line] = await createCaseEventsRepository(db).forCase(SHOP, CASE_ID);
    expect(line).toMatchObject({sentence: OLD_LINE.sentence, wording: null});
    for (const language of ['fr', 'de']) {
      const sayer = sayerFor(readerFor(language), 'America/Toronto');
      expect(sayStored(sayer, line?.sentence ?? '', line?.wording)).toBe(OLD_LINE.sentence);
    }
  });

  it('when a stored wording is unreadable, then the line reads in its English', async () => {
    await db('case_events').where({id: OLD_LINE.id}).update({wording_json: '{"key": 42}'});
    const [line] = await createCaseEventsRepository(db).forCase(SHOP, CASE_ID);
    expect(line?.wording).toBeNull();
    expect(line?.sentence).toBe(OLD_LINE.sentence);
  });

  it('when the migration is rolled back and run again, then its column goes and comes back, and the lines stay', async () => {
    while (!(await pendingNames(db)).includes(NAME)) await db.migrate.down(MIGRATIONS);
    expect(await db.schema.hasColumn('case_events', 'wording_json')).toBe(false);
    expect(await db('case_events').where({id: OLD_LINE.id}).count({n: '*'})).toEqual([
      {n: engine === 'postgres' ? '1' : 1},
    ]);
    await migrateToLatest(db);
    expect(await db.schema.hasColumn('case_events', 'wording_json')).toBe(true);
  });
});
