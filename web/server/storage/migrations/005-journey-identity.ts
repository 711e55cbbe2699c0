import type {Knex} from 'knex';

/** Who a journey belongs to, where Shopify says: so GDPR requests can find and erase it. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('journeys', (t) => {
    t.string('customer_id', 255);
    t.string('email_hash', 64);
    t.index(['shop', 'customer_id']);
    t.index(['shop', 'email_hash']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('journeys', (t) => {
    t.dropIndex(['shop', 'customer_id']);
    t.dropIndex(['shop', 'email_hash']);
    t.dropColumn('customer_id');
    t.dropColumn('email_hash');
  });
}
