import type {Knex} from 'knex';

/** Pixel events as received, what failed their schema (never dropped silently), and journeys. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => {
    // The per-shop key Heed writes into the web pixel's settings; only its hash is kept.
    t.string('ingest_key_hash', 64);
    t.string('web_pixel_id', 255);
  });

  await db.schema.createTable('pixel_events', (t) => {
    t.string('shop', 255).notNullable();
    t.string('event_id', 100).notNullable();
    t.string('name', 100).notNullable();
    t.string('client_id', 100);
    t.string('checkout_token', 255);
    t.bigInteger('occurred_at').notNullable();
    t.integer('seq');
    t.bigInteger('received_at').notNullable();
    t.text('payload').notNullable();
    t.primary(['shop', 'event_id']);
    t.index(['shop', 'checkout_token']);
    t.index(['shop', 'client_id']);
  });

  await db.schema.createTable('pixel_quarantine', (t) => {
    t.increments('id').primary();
    t.string('shop', 255).notNullable();
    t.bigInteger('received_at').notNullable();
    t.string('reason', 500).notNullable();
    t.text('payload').notNullable();
    t.index(['shop', 'received_at']);
  });

  await db.schema.createTable('journeys', (t) => {
    t.string('id', 64).primary();
    t.string('shop', 255).notNullable();
    t.string('checkout_token', 255);
    t.string('client_id', 100);
    t.string('current_step', 40);
    t.integer('score').notNullable().defaultTo(0);
    t.bigInteger('started_at').notNullable();
    t.bigInteger('last_activity_at').notNullable();
    t.bigInteger('completed_at');
    t.bigInteger('updated_at').notNullable();
    t.text('state_json').notNullable();
    t.index(['shop', 'last_activity_at']);
    t.index(['shop', 'checkout_token']);
  });

  await db.schema.alterTable('signals', (t) => {
    t.string('journey_id', 64);
    // One signal per journey and dedupe key (a stall on the payment step is told once).
    t.string('dedupe_key', 200);
    t.unique(['shop', 'journey_id', 'dedupe_key']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('signals', (t) => {
    t.dropUnique(['shop', 'journey_id', 'dedupe_key']);
    t.dropColumn('journey_id');
    t.dropColumn('dedupe_key');
  });
  await db.schema.dropTableIfExists('journeys');
  await db.schema.dropTableIfExists('pixel_quarantine');
  await db.schema.dropTableIfExists('pixel_events');
  await db.schema.alterTable('shops', (t) => {
    t.dropColumn('ingest_key_hash');
    t.dropColumn('web_pixel_id');
  });
}
