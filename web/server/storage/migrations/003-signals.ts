import type {Knex} from 'knex';

/**
 * Signals: what one shopper met, in words a person understands, with its evidence. Checkout
 * outcomes land here first; journeys (per checkout) join them by checkout token, order or customer.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('signals', (t) => {
    t.string('id', 36).primary();
    t.string('shop', 255).notNullable();
    t.string('type', 50).notNullable();
    t.string('severity', 20).notNullable();
    t.text('sentence').notNullable();
    t.text('evidence_json').notNullable();
    t.string('source', 30).notNullable();
    t.string('campaign_id', 36);
    t.string('checkout_token', 255);
    t.string('order_id', 255);
    t.string('customer_id', 255);
    t.bigInteger('occurred_at').notNullable();
    t.bigInteger('recorded_at').notNullable();
    t.index(['shop', 'occurred_at']);
    t.index(['shop', 'checkout_token']);
    t.index(['shop', 'customer_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('signals');
}
