import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Knex} from 'knex';
import {openDatabase} from '../../web/server/storage/database';
import {migrateToLatest, migrationSource} from '../../web/server/storage/migrations';
import {createPixelEventsRepository} from '../../web/server/storage/pixel-events-repository';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';

describe.each(batteryEngines())('pixel events keyed by client, migrating on %s', (engine) => {
  let isolated: IsolatedTarget;
  let db: Knex;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    db = openDatabase(isolated.target);
    if (isolated.target.kind === 'postgres' && isolated.target.schema)
      await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [isolated.target.schema]);
  });
  afterAll(async () => {
    await db.destroy();
    await isolated.dispose();
  });

  it('when a store upgrades with events stored under the old key, then every event is kept and still deduplicated', async () => {
    for (let i = 0; i < 6; i += 1)
      await db.migrate.up({migrationSource, tableName: 'heed_migrations'});
    await db('pixel_events').insert(
      ['e-1', 'e-2'].map((id, i) => ({
        shop: SHOP,
        event_id: id,
        name: 'checkout_started',
        client_id: 'client-1',
        checkout_token: 'tok-1',
        occurred_at: 1_000 + i,
        seq: i,
        received_at: 2_000,
        payload: JSON.stringify({id}),
      })),
    );
    await migrateToLatest(db);
    const events = createPixelEventsRepository(db);
    const kept = await events.forJourney(SHOP, {checkoutToken: 'tok-1', clientId: null});
    expect(kept.map((e) => e.eventId)).toEqual(['e-1', 'e-2']);
    const again = await events.insertBatch(
      SHOP,
      [
        {...kept[0]!, payload: '{}'},
        {...kept[1]!, eventId: 'e-3'},
      ],
      [],
      3_000,
    );
    expect(again).toEqual({accepted: ['e-3'], duplicates: 1, quarantined: 0});
  });
});
