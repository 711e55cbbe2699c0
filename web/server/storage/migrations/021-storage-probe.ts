import type {Knex} from 'knex';

/**
 * `storage_probe`: one row per running instance, rewritten by each health check. A health check
 * that only reads says "healthy" while no write can commit (a full disk, a read-only database, a
 * write lock held by another process); this row is the smallest write that proves one can.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('storage_probe', (t) => {
    t.string('instance', 64).primary();
    t.bigInteger('checked_at').notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('storage_probe');
}
