import type {Knex} from 'knex';

/**
 * `signals.wording_json` and `signals.resolution_wording_json`: what a signal says and the fact
 * that ended it, as wordings (a sentence key and its facts, JSON) worded for each reader in the
 * admin's language. `sentence` and `resolution` stay: English for staff mail, Slack and logs.
 * Rows written before keep null and read as their English.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('signals', (t) => {
    t.text('wording_json');
    t.text('resolution_wording_json');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('signals', (t) => {
    t.dropColumn('wording_json');
    t.dropColumn('resolution_wording_json');
  });
}
