import type {Logger} from '../logger';
import {guardSweep} from './guard-sweep';
import {runUnderLease, type SweepLeases} from './run-under-lease';

/** A background job Heed runs every `everyMs` (webhook recovery, quiet journeys, retention, …). */
export interface Sweep {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export type SweepTickOutcome =
  | 'ran'
  | 'failed'
  | 'still running'
  | 'held elsewhere'
  | 'storage unavailable';

export interface SweepRunnerDeps {
  leases: SweepLeases;
  /** This process's id among the instances sharing the database. */
  owner: string;
  logger: Logger;
  now: () => number;
  leaseTtlMs: number;
}

export interface SweepRunner {
  /** One tick: skipped while this process still runs the sweep or another instance holds it. */
  tick(): Promise<SweepTickOutcome>;
  /** Resolves when the run in flight, if any, has ended. */
  idle(): Promise<void>;
}

/** One sweep guarded twice: in this process, then across instances by its durable lease. */
export function createSweepRunner(sweep: Sweep, deps: SweepRunnerDeps): SweepRunner {
  const {leases, owner, logger, now, leaseTtlMs} = deps;
  const terms = {name: sweep.name, owner, ttlMs: leaseTtlMs, now};
  const guard = guardSweep(() => runUnderLease(leases, terms, () => sweep.run(), logger));
  return {
    async tick() {
      try {
        const local = await guard.tick();
        if (!local.ran) {
          logger.warn({sweep: sweep.name}, 'sweep skipped: its previous run is still going');
          return local.reason;
        }
        const leased = local.value;
        if (leased.ok) return 'ran';
        if (leased.reason === 'storage unavailable') {
          logger.warn({err: leased.cause, sweep: sweep.name}, 'sweep skipped: no lease storage');
        } else {
          logger.debug({sweep: sweep.name}, 'sweep skipped: another instance runs it');
        }
        return leased.reason;
      } catch (error: unknown) {
        logger.error({err: error, sweep: sweep.name}, 'sweep failed');
        return 'failed';
      }
    },
    idle: () => guard.idle(),
  };
}
