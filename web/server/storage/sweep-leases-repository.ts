import type {Knex} from 'knex';

/**
 * Durable leases that let one instance at a time run a given background sweep. Every method is a
 * single statement, so racing instances are decided by the database, on SQLite and PostgreSQL
 * alike. Times are epoch milliseconds from the caller's clock: instances must agree on the time to
 * well within a lease's TTL.
 */
export function createSweepLeasesRepository(db: Knex) {
  return {
    /**
     * Takes the lease on `name` for `ttlMs`: when nobody holds it, when its holder let it expire
     * (died mid-run), or when `owner` already holds it. False when another owner holds it.
     */
    async acquire(name: string, owner: string, now: number, ttlMs: number): Promise<boolean> {
      const taken = await db('sweep_leases')
        .insert({name, owner, acquired_at: now, expires_at: now + ttlMs})
        .onConflict('name')
        .merge(['owner', 'acquired_at', 'expires_at'])
        .where((q) =>
          q.where('sweep_leases.expires_at', '<=', now).orWhere('sweep_leases.owner', owner),
        )
        .returning('name');
      return taken.length > 0;
    },

    /** Pushes the expiry of a lease `owner` holds; false when it is no longer theirs. */
    async renew(name: string, owner: string, now: number, ttlMs: number): Promise<boolean> {
      const renewed = await db('sweep_leases')
        .where({name, owner})
        .update({expires_at: now + ttlMs});
      return renewed > 0;
    },

    /** Gives the lease up so the next instance need not wait for it to expire. */
    async release(name: string, owner: string): Promise<void> {
      await db('sweep_leases').where({name, owner}).delete();
    },
  };
}

export type SweepLeasesRepository = ReturnType<typeof createSweepLeasesRepository>;
