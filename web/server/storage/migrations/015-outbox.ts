import type {Knex} from 'knex';

/**
 * The durable outbox of notifications to staff, and a staff member's choice to hear nothing by
 * email outside their working hours.
 *
 * - One row per notification, written in the transaction of the case change that caused it. The
 *   unique key (shop, case, event, recipient, channel) makes a second write of the same
 *   notification a no-op, whichever instance makes it.
 * - A row is claimed with a lease (`lease_owner`, `lease_expires_at`): a worker that dies mid-send
 *   lets its lease expire and another worker takes the row up again.
 * - `attempts` counts claims; past the cap the row is `failed` with `last_error`, for a person to
 *   see and retry.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notification_outbox', (t) => {
    t.string('id', 64).primary();
    t.string('shop', 255).notNullable();
    t.string('case_id', 64).notNullable();
    t.string('event_key', 100).notNullable();
    t.string('recipient_id', 64).notNullable();
    t.string('channel', 16).notNullable();
    t.string('status', 16).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.bigInteger('next_attempt_at').notNullable();
    t.string('lease_owner', 100);
    t.bigInteger('lease_expires_at');
    t.text('last_error');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('sent_at');
    t.unique(['shop', 'case_id', 'event_key', 'recipient_id', 'channel'], {
      indexName: 'notification_outbox_once',
    });
    t.index(['status', 'next_attempt_at'], 'notification_outbox_due');
    t.index(['shop', 'case_id']);
  });
  await db.schema.alterTable('staff', (t) => {
    t.boolean('mute_outside_hours').notNullable().defaultTo(false);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('staff', (t) => t.dropColumn('mute_outside_hours'));
  await db.schema.dropTable('notification_outbox');
}
