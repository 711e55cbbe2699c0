import {describe, expect, it, vi} from 'vitest';
import {createSweepRunner} from '../../../web/server/sweeps/sweep-runner';
import type {SweepLeases} from '../../../web/server/sweeps/run-under-lease';
import {captureLogger} from '../../support/capture-logger';

const OWNER = 'instance-a';

/** Leases in memory, one holder per name, as the repository keeps them in the database. */
function memoryLeases(): SweepLeases & {holders: Map<string, string>} {
  const holders = new Map<string, string>();
  return {
    holders,
    acquire: async (name, owner) => {
      const holder = holders.get(name);
      if (holder !== undefined && holder !== owner) return false;
      holders.set(name, owner);
      return true;
    },
    renew: async (name, owner) => holders.get(name) === owner,
    release: async (name, owner) => {
      if (holders.get(name) === owner) holders.delete(name);
    },
  };
}

function runnerFor(run: () => Promise<unknown>, leases: SweepLeases = memoryLeases()) {
  const log = captureLogger();
  const runner = createSweepRunner(
    {name: 'quiet journeys', everyMs: 1_000, run},
    {leases, owner: OWNER, logger: log.logger, now: () => 1_000, leaseTtlMs: 60_000},
  );
  return {runner, log};
}

describe('createSweepRunner', () => {
  it('when the run ends, then the lease is released for the next instance', async () => {
    const leases = memoryLeases();
    const seen: Array<string | undefined> = [];
    const {runner} = runnerFor(async () => seen.push(leases.holders.get('quiet journeys')), leases);
    await expect(runner.tick()).resolves.toBe('ran');
    expect(seen).toEqual([OWNER]);
    expect(leases.holders.size).toBe(0);
  });

  it('when the run throws, then the lease is released and the failure is logged, not thrown', async () => {
    const leases = memoryLeases();
    const {runner, log} = runnerFor(() => Promise.reject(new Error('boom')), leases);
    await expect(runner.tick()).resolves.toBe('failed');
    expect(leases.holders.size).toBe(0);
    expect(log.text()).toContain('sweep failed');
  });

  it('when another instance holds the lease, then the tick is skipped without running', async () => {
    const leases = memoryLeases();
    leases.holders.set('quiet journeys', 'instance-b');
    const run = vi.fn(async () => undefined);
    const {runner} = runnerFor(run, leases);
    await expect(runner.tick()).resolves.toBe('held elsewhere');
    expect(run).not.toHaveBeenCalled();
    expect(leases.holders.get('quiet journeys')).toBe('instance-b');
  });

  it('when the lease storage is down, then the tick is skipped with a log line, not a crash', async () => {
    const leases: SweepLeases = {
      acquire: () => Promise.reject(new Error('connect ECONNREFUSED')),
      renew: async () => false,
      release: async () => undefined,
    };
    const run = vi.fn(async () => undefined);
    const {runner, log} = runnerFor(run, leases);
    await expect(runner.tick()).resolves.toBe('storage unavailable');
    expect(run).not.toHaveBeenCalled();
    expect(log.text()).toContain('sweep skipped: no lease storage');
  });

  it('when a tick comes while this process still runs the sweep, then the lease is not even asked for', async () => {
    const leases = memoryLeases();
    const acquire = vi.spyOn(leases, 'acquire');
    let finish: (() => void) | undefined;
    const {runner} = runnerFor(() => new Promise<void>((resolve) => (finish = resolve)), leases);
    const first = runner.tick();
    await expect(runner.tick()).resolves.toBe('still running');
    await vi.waitFor(() => expect(finish).toBeDefined());
    finish?.();
    await expect(first).resolves.toBe('ran');
    expect(acquire).toHaveBeenCalledTimes(1);
  });

  it('when a run outlasts a third of the TTL, then its lease is renewed until it ends', async () => {
    vi.useFakeTimers();
    try {
      const leases = memoryLeases();
      const renew = vi.spyOn(leases, 'renew');
      const {runner} = runnerFor(
        () => new Promise((resolve) => setTimeout(resolve, 70_000)),
        leases,
      );
      const tick = runner.tick();
      await vi.advanceTimersByTimeAsync(70_000);
      await expect(tick).resolves.toBe('ran');
      expect(renew).toHaveBeenCalledTimes(3);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(renew).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
