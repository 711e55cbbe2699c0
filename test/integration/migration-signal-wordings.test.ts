import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {sayerFor} from '../../web/server/sentences/wording';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {createSignalsRepository} from '../../web/server/storage/signals-repository';
import {signalWords} from '../../web/server/signals/signal-story';
import {readerFor} from '../../web/shared/languages';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const MIGRATIONS = {tableName: 'heed_migrations', migrationSource};
const NAME = '026-signal-wordings';
const JOURNEY = 'jrn_00000000000000000000c026';

/** A signal row as the schema before wordings stored it: English only. */
const OLD_SIGNAL = {
  id: '00000000-0000-4000-8000-000000000026',
  shop: SHOP,
  type: 'stalled',
  severity: 'high',
  sentence: 'Spent more than 4 minutes on the payment step without moving on.',
  evidence_json: '{"eventIds":[]}',
  source: 'pixel',
  occurred_at: 1_764_000_000_000,
  recorded_at: 1_764_000_000_000,
  updated_at: 1_764_000_000_000,
  journey_id: JOURNEY,
  dedupe_key: 'stalled:payment',
  resolved_at: 1_764_000_600_000,
  resolution: 'Went on to the shipping method step at 10:42.',
};

async function pendingNames(db: Knex): Promise<string[]> {
  const [, pending] = (await db.migrate.list(MIGRATIONS)) as [unknown, Array<[string, unknown]>];
  return pending.map(([name]) => name);
}

describe.each(batteryEngines())('signal wordings, migrating on %s', (engine) => {
  let isolated: IsolatedTarget;
  let db: Knex;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    db = openDatabase(isolated.target);
    if (isolated.target.kind === 'postgres' && isolated.target.schema)
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
    while ((await pendingNames(db))[0] !== NAME) await db.migrate.up(MIGRATIONS);
    await db('signals').insert(OLD_SIGNAL);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    await isolated.dispose();
  });

  it('when a store upgrades, then a signal told before reads in its English for every admin', async () => {
    const [signal] = await createSignalsRepository(db).forJourney(SHOP, JOURNEY);
    expect(signal).toMatchObject({wording: null, resolutionWording: null});
    if (!signal) throw new Error('the signal did not survive the upgrade');
    expect(signalWords(signal, sayerFor(readerFor('fr'), 'Europe/Paris'))).toEqual({
      sentence: OLD_SIGNAL.sentence,
      resolution: OLD_SIGNAL.resolution,
    });
  });

  it('when a stored wording is unreadable, then the signal reads in its English', async () => {
    await db('signals').where({id: OLD_SIGNAL.id}).update({wording_json: '{"key": 42}'});
    const [signal] = await createSignalsRepository(db).forJourney(SHOP, JOURNEY);
    expect(signal?.wording).toBeNull();
    expect(signal?.sentence).toBe(OLD_SIGNAL.sentence);
  });

  it('when the migration is rolled back and run again, then its columns go and come back, and the signals stay', async () => {
    while (!(await pendingNames(db)).includes(NAME)) await db.migrate.down(MIGRATIONS);
    expect(await db.schema.hasColumn('signals', 'wording_json')).toBe(false);
    expect(await db.schema.hasColumn('signals', 'resolution_wording_json')).toBe(false);
    expect(await db('signals').where({id: OLD_SIGNAL.id}).count({n: '*'})).toEqual([
      {n: engine === 'postgres' ? '1' : 1},
    ]);
    await migrateToLatest(db);
    expect(await db.schema.hasColumn('signals', 'wording_json')).toBe(true);
  });
});
