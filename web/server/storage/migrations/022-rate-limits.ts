import type {Knex} from 'knex';
import {engineOf} from '../database';

/**
 * `rate_limits`: the counts of rate-limiter-flexible's PostgreSQL store (one row per quota, key
 * and window; http/shared-quota.ts), in the shape the library reads and writes. Made here rather
 * than by the library at start, so it lives in the app's schema and migrations own it. SQLite runs
 * one instance and counts in memory, so it has no such table.
 */
export async function up(db: Knex): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await db.schema.createTable('rate_limits', (t) => {
    t.string('key', 255).primary();
    t.integer('points').notNullable().defaultTo(0);
    t.bigInteger('expire');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('rate_limits');
}
