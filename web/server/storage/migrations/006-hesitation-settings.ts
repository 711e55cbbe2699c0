import type {Knex} from 'knex';

/** What a shop changed of Heed's hesitation thresholds (JSON); null while it uses the defaults. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => {
    t.text('hesitation_settings');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => {
    t.dropColumn('hesitation_settings');
  });
}
