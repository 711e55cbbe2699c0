import type {Logger} from '../logger';
import type {SweepLeases} from './run-under-lease';
import {createSweepRunner, type Sweep} from './sweep-runner';

/**
 * How long a sweep's lease outlives its last renewal, in milliseconds. Renewed a few times per TTL
 * while a run goes on, so it bounds only how long an instance that died mid-run blocks the sweep.
 */
export const SWEEP_LEASE_TTL_MS = 120_000;
/** How long stopping waits for the runs in flight before going on without them, in milliseconds. */
export const SWEEP_STOP_WAIT_MS = 5_000;

export interface ScheduleSweepsDeps {
  sweeps: Sweep[];
  leases: SweepLeases;
  owner: string;
  logger: Logger;
  now?: () => number;
  leaseTtlMs?: number;
}

export interface ScheduledSweeps {
  /** Clears the timers, then waits (at most SWEEP_STOP_WAIT_MS) for the runs in flight. */
  stop(): Promise<void>;
}

/** Runs every sweep now and then every `everyMs`; timers never keep the process alive. */
export function scheduleSweeps(deps: ScheduleSweepsDeps): ScheduledSweeps {
  const runnerDeps = {
    leases: deps.leases,
    owner: deps.owner,
    logger: deps.logger,
    now: deps.now ?? Date.now,
    leaseTtlMs: deps.leaseTtlMs ?? SWEEP_LEASE_TTL_MS,
  };
  const scheduled = deps.sweeps.map((sweep) => {
    const runner = createSweepRunner(sweep, runnerDeps);
    void runner.tick();
    const timer = setInterval(() => void runner.tick(), sweep.everyMs);
    timer.unref();
    return {runner, timer};
  });
  return {
    async stop() {
      for (const {timer} of scheduled) clearInterval(timer);
      let giveUp: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        giveUp = setTimeout(resolve, SWEEP_STOP_WAIT_MS);
        giveUp.unref();
      });
      await Promise.race([Promise.all(scheduled.map(({runner}) => runner.idle())), deadline]);
      clearTimeout(giveUp);
    },
  };
}
