import type {Knex} from 'knex';

/**
 * `case_events.wording_json`: the line's wording (sentence key and facts), so the timeline reads
 * in each admin's language. `sentence` keeps the English, for exports and for lines written
 * before wordings, which have none and keep their English.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('case_events', (t) => {
    t.text('wording_json');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('case_events', (t) => {
    t.dropColumn('wording_json');
  });
}
