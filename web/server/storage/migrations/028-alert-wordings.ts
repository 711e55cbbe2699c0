import type {Knex} from 'knex';

/**
 * `campaign_alerts.wording_json`: the alert's explanation and fix as wordings (a key and its facts),
 * worded for each admin reader. Alerts raised before it keep their English and a null here.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('campaign_alerts', (t) => {
    t.text('wording_json');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('campaign_alerts', (t) => {
    t.dropColumn('wording_json');
  });
}
