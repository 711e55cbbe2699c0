import type {Knex} from 'knex';

/**
 * Cases are kept for a limited time (signals/retention.ts): resolved ones by when they were
 * resolved, open ones by when they last changed. This index lets the retention sweep find them
 * across shops without a full scan (`resolved_at IS NULL` is an index condition on both engines).
 *
 * Cases resolved before this migration may still hold the shopper's contact details (resolving
 * from the inbox did not clear them): they are cleared here, with the shopper status they came
 * with, as a resolution does now.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.index(['resolved_at', 'updated_at'], 'cases_retention_index');
  });
  await db('cases')
    .whereNotNull('resolved_at')
    .whereNotNull('contact_json')
    .update({contact_json: null, shopper_status_json: null});
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.dropIndex(['resolved_at', 'updated_at'], 'cases_retention_index');
  });
}
