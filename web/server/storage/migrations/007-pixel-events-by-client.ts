import type {Knex} from 'knex';

/**
 * Pixel events keyed by (shop, client_id, event_id) instead of (shop, event_id). Event ids are
 * random, so under the old key every event of a batch landed on its own index page, and each
 * commit rewrote one page per event. A batch comes from one shopper (one client id), so under the
 * new key its events sit side by side: a commit writes a page or two per batch. A resent event is
 * still stored once: Shopify resends it with the same client id. (The separate (shop, client_id)
 * index is now the key's own prefix.)
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('pixel_events_by_client', (t) => {
    t.string('shop', 255).notNullable();
    t.string('client_id', 100).notNullable();
    t.string('event_id', 100).notNullable();
    t.string('name', 100).notNullable();
    t.string('checkout_token', 255);
    t.bigInteger('occurred_at').notNullable();
    t.integer('seq');
    t.bigInteger('received_at').notNullable();
    t.text('payload').notNullable();
    t.primary(['shop', 'client_id', 'event_id']);
  });
  await db.raw(
    `insert into pixel_events_by_client
       (shop, client_id, event_id, name, checkout_token, occurred_at, seq, received_at, payload)
     select shop, coalesce(client_id, ''), event_id, name, checkout_token, occurred_at, seq,
            received_at, payload
       from pixel_events`,
  );
  await db.schema.dropTable('pixel_events');
  await db.schema.renameTable('pixel_events_by_client', 'pixel_events');
  await db.schema.alterTable('pixel_events', (t) => {
    t.index(['shop', 'checkout_token'], 'pixel_events_shop_checkout_token_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.createTable('pixel_events_by_id', (t) => {
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
  });
  await db.raw(
    `insert into pixel_events_by_id
       (shop, event_id, name, client_id, checkout_token, occurred_at, seq, received_at, payload)
     select shop, event_id, min(name), min(client_id), min(checkout_token), min(occurred_at),
            min(seq), min(received_at), min(payload)
       from pixel_events group by shop, event_id`,
  );
  await db.schema.dropTable('pixel_events');
  await db.schema.renameTable('pixel_events_by_id', 'pixel_events');
  await db.schema.alterTable('pixel_events', (t) => {
    t.index(['shop', 'checkout_token']);
    t.index(['shop', 'client_id']);
  });
}
