import type {Knex} from 'knex';

/**
 * One row per background sweep that some instance is running: several Heed instances on one
 * database (or several processes on one SQLite file) take turns instead of each running every
 * sweep. A lease past `expires_at` belonged to an instance that died mid-run and may be taken over.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('sweep_leases', (t) => {
    t.string('name', 100).primary();
    t.string('owner', 100).notNullable();
    t.bigInteger('acquired_at').notNullable();
    t.bigInteger('expires_at').notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('sweep_leases');
}
