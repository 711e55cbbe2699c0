import type {Knex} from 'knex';

/**
 * Foundation tables. Every table holding merchant data has a `shop` column that every query
 * filters on. Timestamps are stored as epoch milliseconds (bigint) so both engines compare them alike.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('shops', (t) => {
    t.string('shop', 255).primary();
    t.string('name', 255);
    t.string('currency_code', 3);
    t.string('scopes', 1000);
    t.bigInteger('installed_at').notNullable();
    t.bigInteger('uninstalled_at');
    t.bigInteger('updated_at').notNullable();
  });

  await db.schema.createTable('webhook_deliveries', (t) => {
    t.string('shop', 255).notNullable();
    t.string('event_id', 255).notNullable();
    t.string('webhook_id', 255);
    t.string('topic', 100).notNullable();
    t.string('api_version', 20);
    t.bigInteger('triggered_at');
    t.bigInteger('received_at').notNullable();
    t.bigInteger('claimed_at');
    t.bigInteger('processed_at');
    t.string('status', 20).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    // Kept only until processed: the handler copies what Heed needs, then the payload is cleared.
    t.text('payload');
    t.primary(['shop', 'event_id']);
    t.index(['status', 'received_at']);
  });

  await db.schema.createTable('commerce_records', (t) => {
    t.string('shop', 255).notNullable();
    t.string('kind', 20).notNullable(); // order | checkout
    t.string('resource_id', 255).notNullable();
    t.string('checkout_token', 255);
    t.string('customer_id', 255);
    t.string('email_hash', 64);
    t.bigInteger('resource_updated_at').notNullable();
    t.text('payload').notNullable();
    t.bigInteger('stored_at').notNullable();
    t.primary(['shop', 'kind', 'resource_id']);
    t.index(['shop', 'customer_id']);
    t.index(['shop', 'email_hash']);
    t.index(['shop', 'checkout_token']);
  });

  await db.schema.createTable('gdpr_requests', (t) => {
    t.increments('id').primary();
    t.string('shop', 255).notNullable();
    t.string('topic', 50).notNullable();
    t.string('customer_id', 255);
    t.string('data_request_id', 255);
    t.bigInteger('received_at').notNullable();
    t.bigInteger('completed_at');
    // The export for customers/data_request, for the merchant to hand to the customer.
    t.text('export_json');
    t.index(['shop', 'topic']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('gdpr_requests');
  await db.schema.dropTableIfExists('commerce_records');
  await db.schema.dropTableIfExists('webhook_deliveries');
  await db.schema.dropTableIfExists('shops');
}
