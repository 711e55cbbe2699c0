import type {Knex} from 'knex';

/**
 * Outcomes (outcomes/): a week's cases, contacts and campaign checkouts for one shop.
 *
 * - Cases are read by when they opened, optionally of one campaign; contacts by when they were
 *   made. These indexes let a week be read without scanning a shop's year of cases.
 * - `journeys.campaign_id` and `journeys.promise_kept` say which campaign a checkout came from
 *   and whether its promise held (signals/promise-standing.ts), written with the journey's
 *   state, so promises kept and broken are counted without reading states. Checkouts stored
 *   before this migration have neither until their journey next changes: working them out here
 *   would need the detection code of today inside a migration that must never change.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.index(['shop', 'opened_at'], 'cases_opened_index');
    t.index(['shop', 'campaign_id', 'opened_at'], 'cases_campaign_opened_index');
  });
  await db.schema.alterTable('case_contacts', (t) => {
    t.index(['shop', 'at'], 'case_contacts_at_index');
  });
  await db.schema.alterTable('journeys', (t) => {
    t.string('campaign_id', 64);
    t.boolean('promise_kept');
    t.index(['shop', 'started_at'], 'journeys_started_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('journeys', (t) => {
    t.dropIndex(['shop', 'started_at'], 'journeys_started_index');
    t.dropColumn('promise_kept');
    t.dropColumn('campaign_id');
  });
  await db.schema.alterTable('case_contacts', (t) => {
    t.dropIndex(['shop', 'at'], 'case_contacts_at_index');
  });
  await db.schema.alterTable('cases', (t) => {
    t.dropIndex(['shop', 'campaign_id', 'opened_at'], 'cases_campaign_opened_index');
    t.dropIndex(['shop', 'opened_at'], 'cases_opened_index');
  });
}
