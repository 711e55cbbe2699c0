import type {Knex} from 'knex';

/**
 * - `storage_probe`: one row per running instance, rewritten by each health check. A check that
 *   only reads says "healthy" while no write can commit (a full disk, a read-only database, a
 *   write lock held by another process); this row is the smallest write that proves one can.
 * - `webhook_deliveries` is keyed by shop, event id and topic: Shopify does not promise event ids
 *   unique across topics, so one event's deliveries for two topics are two deliveries.
 *   https://shopify.dev/docs/apps/build/webhooks/ignore-duplicates
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('storage_probe', (t) => {
    t.string('instance', 64).primary();
    t.bigInteger('checked_at').notNullable();
  });
  await db.schema.alterTable('webhook_deliveries', (t) => {
    t.dropPrimary();
  });
  await db.schema.alterTable('webhook_deliveries', (t) => {
    t.primary(['shop', 'event_id', 'topic']);
  });
}

export async function down(db: Knex): Promise<void> {
  // Deliveries that differ only by topic cannot share the old key: one per event id stays.
  await db.raw(
    `delete from webhook_deliveries where exists (
       select 1 from webhook_deliveries earlier
       where earlier.shop = webhook_deliveries.shop
         and earlier.event_id = webhook_deliveries.event_id
         and earlier.topic < webhook_deliveries.topic)`,
  );
  await db.schema.alterTable('webhook_deliveries', (t) => {
    t.dropPrimary();
  });
  await db.schema.alterTable('webhook_deliveries', (t) => {
    t.primary(['shop', 'event_id']);
  });
  await db.schema.dropTable('storage_probe');
}
