import type {Knex} from 'knex';

/**
 * Raw pixel events and quarantined payloads are kept for a limited time (signals/retention.ts):
 * these indexes let the retention sweep find the oldest rows of every shop without a full scan.
 * Receipt times only grow, so each insert adds at the index's end.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('pixel_events', (t) => {
    t.index(['received_at'], 'pixel_events_received_at_index');
  });
  await db.schema.alterTable('pixel_quarantine', (t) => {
    t.index(['received_at'], 'pixel_quarantine_received_at_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('pixel_quarantine', (t) => {
    t.dropIndex(['received_at'], 'pixel_quarantine_received_at_index');
  });
  await db.schema.alterTable('pixel_events', (t) => {
    t.dropIndex(['received_at'], 'pixel_events_received_at_index');
  });
}
