import type {Knex} from 'knex';

/** Campaigns, their verification reports, and alerts raised when a running campaign breaks. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('campaigns', (t) => {
    t.string('id', 36).primary();
    t.string('shop', 255).notNullable();
    t.string('name', 200).notNullable();
    t.text('promise_json').notNullable();
    t.text('discount_codes_json').notNullable();
    t.bigInteger('send_at').notNullable();
    t.bigInteger('promise_starts_at').notNullable();
    t.bigInteger('promise_ends_at').notNullable();
    t.integer('recipients');
    t.string('attribution_key', 100).notNullable();
    t.text('email_links_json').notNullable();
    t.text('email_html');
    t.string('health', 20).notNullable().defaultTo('unverified');
    t.bigInteger('last_checked_at');
    // The next scheduled re-verification; instances claim it by moving it forward atomically.
    t.bigInteger('next_check_at');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['shop', 'attribution_key']);
    t.index(['shop', 'created_at']);
    t.index(['next_check_at']);
  });

  await db.schema.createTable('campaign_reports', (t) => {
    t.increments('id').primary();
    t.string('shop', 255).notNullable();
    t.string('campaign_id', 36).notNullable().references('campaigns.id').onDelete('CASCADE');
    t.bigInteger('checked_at').notNullable();
    t.string('trigger', 20).notNullable();
    t.string('health', 20).notNullable();
    t.text('findings_json').notNullable();
    t.index(['shop', 'campaign_id', 'checked_at']);
  });

  await db.schema.createTable('campaign_alerts', (t) => {
    t.increments('id').primary();
    t.string('shop', 255).notNullable();
    t.string('campaign_id', 36).notNullable().references('campaigns.id').onDelete('CASCADE');
    t.bigInteger('raised_at').notNullable();
    t.string('finding_code', 50).notNullable();
    t.text('subject');
    t.text('explanation').notNullable();
    t.text('fix').notNullable();
    t.bigInteger('resolved_at');
    t.index(['shop', 'raised_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('campaign_alerts');
  await db.schema.dropTableIfExists('campaign_reports');
  await db.schema.dropTableIfExists('campaigns');
}
