import type {Knex} from 'knex';

/**
 * A shop's follow-up settings, one row per shop:
 *
 * - `working_hours_json`: the hours the shop answers shoppers, in the shop's time zone. First-contact
 *   deadlines count only this time; null means every hour of the day.
 * - `email_changes_json` and `slack_changes_json`: which case changes each channel announces;
 *   null means Heed's defaults.
 * - `slack_webhook_sealed`: the Slack incoming-webhook URL, sealed like the SMTP password (the URL
 *   alone lets anyone post to the channel). Null: no Slack.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('followup_settings', (t) => {
    t.string('shop', 255).primary();
    t.text('working_hours_json');
    t.text('email_changes_json');
    t.text('slack_changes_json');
    t.text('slack_webhook_sealed');
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('followup_settings');
}
