import type {Knex} from 'knex';

/**
 * A case whose first contact is overdue escalates once: `escalated_at` records it, so a restart
 * or a second instance never escalates it again. The index lets the escalation sweep find the
 * cases due without reading the open ones that are not.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.bigInteger('escalated_at');
    t.index(['escalated_at', 'due_at'], 'cases_escalation_index');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('cases', (t) => {
    t.dropIndex(['escalated_at', 'due_at'], 'cases_escalation_index');
    t.dropColumn('escalated_at');
  });
}
