import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {createSignalFollowupRepository} from '../../web/server/storage/signal-followup-repository';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';
const MIGRATIONS = {tableName: 'heed_migrations', migrationSource};
/** Long after every signal below: whatever still waits then would be looked at by the sweep. */
const LATER = 9_000_000_000_000;

/** Runs the migrations before `name`, whichever others come before it. */
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

/** A signal row as the schema before follow-up stored it. */
function signalRow(n: number, journeyId: string | null) {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    shop: SHOP,
    type: 'promo_not_applied',
    severity: 'high',
    sentence: 'The promised code WINTER20 took nothing off.',
    evidence_json: '{"code":"WINTER20"}',
    source: 'pixel',
    checkout_token: `tok-${n}`,
    occurred_at: 1_764_000_000_000 + n,
    recorded_at: 1_764_000_000_500 + n,
    journey_id: journeyId,
    dedupe_key: journeyId ? `promo_not_applied:${n}` : null,
  };
}

const BEFORE = [
  signalRow(1, 'jrn_00000000000000000000a001'),
  signalRow(2, 'jrn_00000000000000000000a001'),
  signalRow(3, 'jrn_00000000000000000000a002'),
  signalRow(4, null),
];

describe.each(batteryEngines())('follow-up, migrating on %s', (engine) => {
  let isolated: IsolatedTarget;
  let db: Knex;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    db = openDatabase(isolated.target);
    if (isolated.target.kind === 'postgres' && isolated.target.schema)
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
    await migrateToJustBefore(db, '012-followup');
    await db('signals').insert(BEFORE);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db.destroy();
    await isolated.dispose();
  });

  const marks = async () => {
    const rows: Array<{id: string; recorded_at: number | string; followup_at: unknown}> = await db(
      'signals',
    )
      .orderBy('id')
      .select('id', 'recorded_at', 'followup_at');
    return rows.map((r) => [r.id, r.followup_at === null ? null : Number(r.followup_at)]);
  };

  it('when a store upgrades with signals from before follow-up, then each is marked as looked at when it was recorded', async () => {
    expect(await marks()).toEqual(BEFORE.map((s) => [s.id, s.recorded_at]));
  });

  it('when a store upgrades, then no old signal waits for the rules, so none opens a case for a checkout long gone', async () => {
    const followup = createSignalFollowupRepository(db);
    expect(await followup.waitingBefore(LATER, 100)).toEqual([]);
    expect(
      await followup.journeysWaiting(SHOP, [
        'jrn_00000000000000000000a001',
        'jrn_00000000000000000000a002',
      ]),
    ).toEqual([]);
  });

  it('when a signal is recorded after the upgrade, then it waits for the rules', async () => {
    const fresh = signalRow(5, 'jrn_00000000000000000000a003');
    await db('signals').insert(fresh);
    const followup = createSignalFollowupRepository(db);
    expect(await followup.waitingBefore(LATER, 100)).toEqual([
      {shop: SHOP, journeyId: 'jrn_00000000000000000000a003'},
    ]);
    await db('signals').where({id: fresh.id}).delete();
  });

  it('when the migration is rolled back and run again, then the follow-up tables go and come back, and the old signals are marked again', async () => {
    await rollBackThrough(db, '012-followup');
    for (const table of [
      'staff',
      'followup_rules',
      'cases',
      'case_journeys',
      'case_events',
      'case_contacts',
    ]) {
      expect(await db.schema.hasTable(table)).toBe(false);
    }
    expect(await db.schema.hasColumn('signals', 'followup_at')).toBe(false);
    await migrateToLatest(db);
    expect(await db.schema.hasTable('cases')).toBe(true);
    expect(await marks()).toEqual(BEFORE.map((s) => [s.id, s.recorded_at]));
  });
});
