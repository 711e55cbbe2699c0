import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import {createSweepRunner, type Sweep} from '../../web/server/sweeps/sweep-runner';
import {captureLogger} from '../support/capture-logger';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

/** A sweep that takes `ms` to run and counts how many of its runs overlap. */
function slowSweep(name: string, ms: number) {
  const seen = {runs: 0, running: 0, mostAtOnce: 0};
  const sweep: Sweep = {
    name,
    everyMs: 1_000,
    run: async () => {
      seen.running += 1;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
      await sleep(ms);
      seen.running -= 1;
      seen.runs += 1;
    },
  };
  return {sweep, seen};
}

describe.each(batteryEngines())('sweep leases on %s', (engine) => {
  let isolated: IsolatedTarget;
  // Two instances of Heed on one database.
  let first: Storage;
  let second: Storage;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    first = await openStorage(isolated.target);
    second = await openStorage(isolated.target);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await isolated.dispose();
  });

  const runnerOn = (storage: Storage, owner: string, sweep: Sweep, leaseTtlMs = 60_000) =>
    createSweepRunner(sweep, {
      leases: storage.sweepLeases,
      owner,
      logger: captureLogger().logger,
      now: Date.now,
      leaseTtlMs,
    });

  it('when two instances start the same slow sweep at once, then only one runs it at a time', async () => {
    const {sweep, seen} = slowSweep('quiet journeys', 300);
    const a = runnerOn(first, 'instance-a', sweep);
    const b = runnerOn(second, 'instance-b', sweep);
    const outcomes = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(outcomes.slice(2)).toEqual(['still running', 'still running']);
    expect(outcomes.slice(0, 2).sort()).toEqual(['held elsewhere', 'ran']);
    expect(seen).toMatchObject({runs: 1, mostAtOnce: 1});
    // The run released its lease: either instance may run the next tick at once.
    await expect(b.tick()).resolves.toBe('ran');
    await expect(a.tick()).resolves.toBe('ran');
    expect(seen).toMatchObject({runs: 3, mostAtOnce: 1});
  });

  it('when both instances race for a lease, then exactly one gets it', async () => {
    const attempts = Array.from({length: 10}, (_, n) =>
      (n % 2 ? first : second).sweepLeases.acquire('webhook recovery', `owner-${n}`, 1_000, 60_000),
    );
    const won = await Promise.all(attempts);
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('when an instance died holding a lease, then another takes it over once expired, not before', async () => {
    const name = 'raw event retention';
    await expect(first.sweepLeases.acquire(name, 'dead', 1_000, 500)).resolves.toBe(true);
    await expect(second.sweepLeases.acquire(name, 'alive', 1_499, 500)).resolves.toBe(false);
    await expect(second.sweepLeases.acquire(name, 'alive', 1_500, 500)).resolves.toBe(true);
    await expect(first.sweepLeases.renew(name, 'dead', 1_600, 500)).resolves.toBe(false);
    await expect(first.sweepLeases.acquire(name, 'dead', 1_700, 500)).resolves.toBe(false);
  });

  it('when the holder releases its lease, then the next acquire succeeds at once', async () => {
    const name = 'campaign re-verification';
    await expect(first.sweepLeases.acquire(name, 'a', 10_000, 60_000)).resolves.toBe(true);
    await expect(first.sweepLeases.acquire(name, 'a', 10_001, 60_000)).resolves.toBe(true);
    await expect(second.sweepLeases.acquire(name, 'b', 10_002, 60_000)).resolves.toBe(false);
    await second.sweepLeases.release(name, 'b');
    await expect(second.sweepLeases.acquire(name, 'b', 10_003, 60_000)).resolves.toBe(false);
    await first.sweepLeases.release(name, 'a');
    await expect(second.sweepLeases.acquire(name, 'b', 10_004, 60_000)).resolves.toBe(true);
  });

  it('when a run outlasts its lease TTL, then renewals keep the other instance out', async () => {
    const {sweep, seen} = slowSweep('long sweep', 1_500);
    const a = runnerOn(first, 'instance-a', sweep, 600);
    const b = runnerOn(second, 'instance-b', sweep, 600);
    const running = a.tick();
    await sleep(900);
    await expect(b.tick()).resolves.toBe('held elsewhere');
    await sleep(300);
    await expect(b.tick()).resolves.toBe('held elsewhere');
    await expect(running).resolves.toBe('ran');
    expect(seen).toMatchObject({runs: 1, mostAtOnce: 1});
  });
});
