import type {Knex} from 'knex';

const ORDER_GID = 'gid://shopify/Order/';
const CUSTOMER_GID = 'gid://shopify/Customer/';
const PAGE = 500;

/**
 * Journeys a person can rely on:
 * - pixel events remember when they were applied to a journey, and to which (null while waiting;
 *   a crash between the acknowledgement and the journey update leaves them waiting, and recovery
 *   applies them); events attached to no journey are marked applied with no journey;
 * - signals can end (`resolved_at`, with the fact that ended them) and say when they last changed;
 * - journeys carry the order they ended in (a GID), so outcomes and orders join by it;
 * - order and customer ids on signals are GIDs, as everywhere else;
 * - signals left under the id of a journey that was merged away are moved to the journey that
 *   absorbed it (journey ids no longer change; see signals/journey.ts).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('pixel_events', (t) => {
    t.bigInteger('applied_at');
    t.string('journey_id', 64);
  });
  // Events stored before this migration were applied by the code of their time.
  await db('pixel_events').update({applied_at: db.ref('received_at')});
  await db.raw(
    'create index pixel_events_waiting_index on pixel_events (received_at) where applied_at is null',
  );

  await db.schema.alterTable('signals', (t) => {
    t.bigInteger('resolved_at');
    t.text('resolution');
    t.bigInteger('updated_at');
  });
  await db.schema.alterTable('journeys', (t) => {
    t.string('order_id', 255);
    t.index(['shop', 'order_id']);
  });
  // The shop's own time zone (Admin API `shop.ianaTimezone`): sentences tell times in it.
  await db.schema.alterTable('shops', (t) => {
    t.string('iana_timezone', 64);
  });

  await db('signals')
    .whereNotNull('order_id')
    .whereNot('order_id', 'like', 'gid://%')
    .update({order_id: db.raw('? || order_id', [ORDER_GID])});
  await db('signals')
    .whereNotNull('customer_id')
    .whereNot('customer_id', 'like', 'gid://%')
    .update({customer_id: db.raw('? || customer_id', [CUSTOMER_GID])});
  await db('journeys')
    .whereNotNull('customer_id')
    .whereNot('customer_id', 'like', 'gid://%')
    .update({customer_id: db.raw('? || customer_id', [CUSTOMER_GID])});

  await reattachMergedSignals(db);
}

/** Journey states that absorbed other journeys named them in `mergedFrom`. */
async function reattachMergedSignals(db: Knex): Promise<void> {
  let after = '';
  for (;;) {
    const rows: Array<{id: string; shop: string; state_json: string}> = await db('journeys')
      .where('id', '>', after)
      .andWhere('state_json', 'like', '%"mergedFrom":["%')
      .orderBy('id')
      .limit(PAGE)
      .select('id', 'shop', 'state_json');
    for (const row of rows) {
      const merged = mergedFromOf(row.state_json).filter((id) => id !== row.id);
      if (merged.length === 0) continue;
      const kept: Array<{dedupe_key: string | null}> = await db('signals')
        .where({shop: row.shop, journey_id: row.id})
        .select('dedupe_key');
      const keys = kept.flatMap((k) => (k.dedupe_key === null ? [] : [k.dedupe_key]));
      // What the surviving journey already tells, the merged one told twice: drop the copy.
      if (keys.length > 0) {
        await db('signals')
          .where({shop: row.shop})
          .whereIn('journey_id', merged)
          .whereIn('dedupe_key', keys)
          .delete();
      }
      await db('signals')
        .where({shop: row.shop})
        .whereIn('journey_id', merged)
        .update({journey_id: row.id});
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

function mergedFromOf(json: string): string[] {
  try {
    const state = JSON.parse(json) as {mergedFrom?: unknown};
    return Array.isArray(state.mergedFrom)
      ? state.mergedFrom.filter((id): id is string => typeof id === 'string')
      : [];
  } catch {
    return [];
  }
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => {
    t.dropColumn('iana_timezone');
  });
  await db.schema.alterTable('journeys', (t) => {
    t.dropIndex(['shop', 'order_id']);
    t.dropColumn('order_id');
  });
  await db.schema.alterTable('signals', (t) => {
    t.dropColumn('resolved_at');
    t.dropColumn('resolution');
    t.dropColumn('updated_at');
  });
  await db.raw('drop index if exists pixel_events_waiting_index');
  await db.schema.alterTable('pixel_events', (t) => {
    t.dropColumn('applied_at');
    t.dropColumn('journey_id');
  });
}
