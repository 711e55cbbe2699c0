import type {Knex} from 'knex';
import {engineOf} from './database';

/** rate-limiter-flexible's table on PostgreSQL (migration 022); SQLite counts in memory. */
const TABLE = 'rate_limits';

/**
 * The counts the shared quotas keep (`<quota>:<key>`; http/shared-quota.ts). Heed only ever
 * deletes here: the library writes the rows.
 */
export function createRateLimitsRepository(db: Knex) {
  const postgres = engineOf(db) === 'postgres';
  return {
    /** A shop's counts go with the shop (`shop/redact`): their keys end with its domain. */
    async deleteShop(shop: string): Promise<void> {
      if (!postgres) return;
      await db(TABLE)
        .where('key', 'like', `%:${shop.replace(/[\\%_]/g, (c) => `\\${c}`)}`)
        .delete();
    },
  };
}
