import type {Knex} from 'knex';

/**
 * `shops.cart_bar_seen_at`: when the theme embed (the cart bar) last called Heed through the app
 * proxy. The setup guide reads it to say whether the embed is on; no API tells an app that.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => {
    t.bigInteger('cart_bar_seen_at');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => {
    t.dropColumn('cart_bar_seen_at');
  });
}
