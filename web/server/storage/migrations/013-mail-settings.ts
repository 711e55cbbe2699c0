import type {Knex} from 'knex';

/**
 * The SMTP server a shop sends plain email through (to shoppers, and to its staff). One row per
 * shop; the password is only ever stored sealed (crypto/secret-box.ts), null until one is given.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mail_settings', (t) => {
    t.string('shop', 255).primary();
    t.string('host', 255).notNullable();
    t.integer('port').notNullable();
    t.boolean('secure').notNullable();
    t.string('username', 320).notNullable();
    t.text('password_sealed');
    t.string('from_address', 320).notNullable();
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mail_settings');
}
