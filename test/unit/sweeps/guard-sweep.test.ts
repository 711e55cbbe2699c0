import {describe, expect, it} from 'vitest';
import {guardSweep} from '../../../web/server/sweeps/guard-sweep';

/** A run that ends when the test says so. */
function slowRun() {
  let calls = 0;
  let finish: (() => void) | undefined;
  let fail: ((error: Error) => void) | undefined;
  const run = () => {
    calls += 1;
    return new Promise<number>((resolve, reject) => {
      finish = () => resolve(calls);
      fail = reject;
    });
  };
  return {
    run,
    calls: () => calls,
    finish: () => finish?.(),
    fail: (error: Error) => fail?.(error),
  };
}

describe('guardSweep', () => {
  it('when ticks come while a run is still going, then they are skipped, not queued', async () => {
    const slow = slowRun();
    const guard = guardSweep(slow.run);
    const first = guard.tick();
    await expect(guard.tick()).resolves.toEqual({ran: false, reason: 'still running'});
    await expect(guard.tick()).resolves.toEqual({ran: false, reason: 'still running'});
    slow.finish();
    await expect(first).resolves.toEqual({ran: true, value: 1});
    expect(slow.calls()).toBe(1);
  });

  it('when the previous run has ended, then the next tick runs again', async () => {
    const slow = slowRun();
    const guard = guardSweep(slow.run);
    const first = guard.tick();
    slow.finish();
    await first;
    const second = guard.tick();
    slow.finish();
    await expect(second).resolves.toEqual({ran: true, value: 2});
  });

  it('when a run throws, then the tick rejects with its error and the guard is released', async () => {
    const slow = slowRun();
    const guard = guardSweep(slow.run);
    const failing = guard.tick();
    slow.fail(new Error('database went away'));
    await expect(failing).rejects.toThrow('database went away');
    const next = guard.tick();
    slow.finish();
    await expect(next).resolves.toEqual({ran: true, value: 2});
  });

  it('when a run is in flight, then idle resolves only once it has ended, even by failing', async () => {
    const slow = slowRun();
    const guard = guardSweep(slow.run);
    const failing = guard.tick().catch(() => 'failed');
    let idle = false;
    const waiting = guard.idle().then(() => {
      idle = true;
    });
    await Promise.resolve();
    expect(idle).toBe(false);
    slow.fail(new Error('boom'));
    await waiting;
    expect(idle).toBe(true);
    await expect(failing).resolves.toBe('failed');
    await expect(guardSweep(slow.run).idle()).resolves.toBeUndefined();
  });
});
