import type {Logger} from '../logger';
import type {SweepLeasesRepository} from '../storage/sweep-leases-repository';

export type SweepLeases = Pick<SweepLeasesRepository, 'acquire' | 'renew' | 'release'>;

export interface LeaseTerms {
  name: string;
  /** This process's id among the instances sharing the database. */
  owner: string;
  /** How long the lease outlives its last renewal: how long a dead owner blocks the sweep. */
  ttlMs: number;
  now: () => number;
}

export type LeasedRun<T> =
  | {ok: true; value: T}
  | {ok: false; reason: 'held elsewhere'}
  | {ok: false; reason: 'storage unavailable'; cause: unknown};

/** A lease is renewed this many times per TTL, so one slow or failed renewal does not lose it. */
const RENEWALS_PER_TTL = 3;

/**
 * Runs `run` only while holding the durable lease on the sweep's name, so one instance at a time
 * runs it. The lease is renewed while the run goes on and released when it ends, even when it
 * throws (the error then propagates); an unreachable database skips the run instead of failing.
 */
export async function runUnderLease<T>(
  leases: SweepLeases,
  terms: LeaseTerms,
  run: () => Promise<T>,
  logger: Logger,
): Promise<LeasedRun<T>> {
  const {name, owner, ttlMs, now} = terms;
  let acquired: boolean;
  try {
    acquired = await leases.acquire(name, owner, now(), ttlMs);
  } catch (cause: unknown) {
    return {ok: false, reason: 'storage unavailable', cause};
  }
  if (!acquired) return {ok: false, reason: 'held elsewhere'};

  const renewal = setInterval(() => {
    leases.renew(name, owner, now(), ttlMs).then(
      (held) => {
        if (!held) logger.warn({sweep: name}, 'sweep lease lost to another instance mid-run');
      },
      (error: unknown) => logger.warn({err: error, sweep: name}, 'sweep lease renewal failed'),
    );
  }, ttlMs / RENEWALS_PER_TTL);
  renewal.unref();
  try {
    return {ok: true, value: await run()};
  } finally {
    clearInterval(renewal);
    // A lease that cannot be released expires on its own; the run's outcome stands.
    await leases
      .release(name, owner)
      .catch((error: unknown) =>
        logger.warn({err: error, sweep: name}, 'sweep lease release failed'),
      );
  }
}
