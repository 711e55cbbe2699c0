import type {Knex} from 'knex';

/**
 * Follow-up: the shop's staff, its rules, and cases with their timeline and contacts.
 *
 * - `cases.open_key` is the shopper key while the case is open and null once resolved: the unique
 *   index on (shop, open_key) keeps at most one open case per shopper, decided by the database
 *   when two instances race (both engines let a unique index hold many nulls).
 * - `signals.followup_at` says when the rules looked at a signal; a signal left unmarked by a
 *   crash is looked at by the follow-up recovery sweep. Signals from before follow-up existed are
 *   marked as looked at: they never open cases for checkouts long gone.
 * - `journeys.cart_total` lets the rules know the shop's median cart without reading states.
 * - `shops.followup_installed_at`: the default rules are installed once; a merchant who deletes
 *   them does not see them come back.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('staff', (t) => {
    t.string('shop', 255).notNullable();
    t.string('user_id', 64).notNullable();
    t.string('name', 200);
    t.string('email', 320);
    t.string('role', 16).notNullable();
    t.string('time_zone', 64);
    t.text('working_hours_json');
    t.boolean('available').notNullable().defaultTo(true);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('last_seen_at');
    t.primary(['shop', 'user_id']);
  });

  await db.schema.createTable('followup_rules', (t) => {
    t.string('id', 64).primary();
    t.string('shop', 255).notNullable();
    t.integer('position').notNullable();
    t.text('definition_json').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['shop', 'position']);
  });

  await db.schema.createTable('cases', (t) => {
    t.string('id', 64).primary();
    t.string('shop', 255).notNullable();
    t.string('shopper_key', 255).notNullable();
    t.string('open_key', 255);
    t.string('status', 16).notNullable();
    t.string('priority', 16).notNullable();
    t.string('rule_id', 64);
    t.string('assignee_id', 64);
    t.string('suggested_channel', 16).notNullable();
    t.bigInteger('opened_at').notNullable();
    t.bigInteger('due_at').notNullable();
    t.bigInteger('first_contact_at');
    t.bigInteger('snoozed_until');
    t.bigInteger('resolved_at');
    t.string('outcome', 32);
    t.string('resolved_order_id', 100);
    t.text('recovered_json');
    t.string('customer_id', 100);
    t.string('email_hash', 64);
    t.text('signal_types_json').notNullable();
    t.string('campaign_id', 64);
    t.text('snapshot_json').notNullable();
    t.text('shopper_status_json');
    t.text('contact_json');
    t.string('draft_order_id', 100);
    t.text('draft_order_json');
    t.bigInteger('updated_at').notNullable();
    t.integer('revision').notNullable();
    t.unique(['shop', 'open_key'], {indexName: 'cases_one_open_per_shopper'});
    t.index(['shop', 'shopper_key', 'opened_at']);
    t.index(['shop', 'resolved_at', 'priority']);
    t.index(['shop', 'customer_id']);
    t.index(['shop', 'email_hash']);
    t.index(['shop', 'draft_order_id']);
  });

  await db.schema.createTable('case_journeys', (t) => {
    t.string('shop', 255).notNullable();
    t.string('case_id', 64).notNullable();
    t.string('journey_id', 64).notNullable();
    t.bigInteger('joined_at').notNullable();
    t.primary(['shop', 'case_id', 'journey_id']);
    t.index(['shop', 'journey_id']);
  });

  await db.schema.createTable('case_events', (t) => {
    t.string('id', 64).primary();
    t.string('shop', 255).notNullable();
    t.string('case_id', 64).notNullable();
    t.bigInteger('at').notNullable();
    t.string('actor', 64).notNullable();
    t.string('kind', 32).notNullable();
    t.text('sentence').notNullable();
    t.text('data_json').notNullable();
    /** Set for events that must happen once (an order resolving the case). */
    t.string('once_key', 255);
    t.index(['shop', 'case_id', 'at']);
    t.unique(['shop', 'once_key']);
  });

  await db.schema.createTable('case_contacts', (t) => {
    t.string('id', 64).primary();
    t.string('shop', 255).notNullable();
    t.string('case_id', 64).notNullable();
    t.bigInteger('at').notNullable();
    t.string('by', 64).notNullable();
    t.string('method', 16).notNullable();
    t.string('basis', 32).notNullable();
    t.text('message');
    t.string('call_outcome', 32);
    t.index(['shop', 'case_id', 'at']);
  });

  await db.schema.alterTable('signals', (t) => {
    t.bigInteger('followup_at');
    t.index(['followup_at', 'recorded_at'], 'signals_followup_index');
  });
  await db('signals').update({followup_at: db.ref('recorded_at')});

  await db.schema.alterTable('journeys', (t) => {
    t.decimal('cart_total', 14, 2);
  });
  await db.schema.alterTable('shops', (t) => {
    t.bigInteger('followup_installed_at');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('shops', (t) => t.dropColumn('followup_installed_at'));
  await db.schema.alterTable('journeys', (t) => t.dropColumn('cart_total'));
  await db.schema.alterTable('signals', (t) => {
    t.dropIndex(['followup_at', 'recorded_at'], 'signals_followup_index');
    t.dropColumn('followup_at');
  });
  for (const table of ['case_contacts', 'case_events', 'case_journeys', 'cases', 'followup_rules'])
    await db.schema.dropTable(table);
  await db.schema.dropTable('staff');
}
