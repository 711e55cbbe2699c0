import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {scheduleSweeps, SWEEP_STOP_WAIT_MS} from '../../../web/server/sweeps/schedule-sweeps';
import type {SweepLeases} from '../../../web/server/sweeps/run-under-lease';
import {captureLogger} from '../../support/capture-logger';

const freeLeases: SweepLeases = {
  acquire: async () => true,
  renew: async () => true,
  release: async () => undefined,
};

function schedule(run: () => Promise<unknown>) {
  return scheduleSweeps({
    sweeps: [{name: 'quiet journeys', everyMs: 1_000, run}],
    leases: freeLeases,
    owner: 'instance-a',
    logger: captureLogger().logger,
  });
}

describe('scheduleSweeps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('when a run is slower than its interval, then the ticks during it do not start another', async () => {
    const run = vi.fn(() => new Promise((resolve) => setTimeout(resolve, 3_500)));
    const scheduled = schedule(run);
    await vi.advanceTimersByTimeAsync(3_400);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(700);
    expect(run).toHaveBeenCalledTimes(2);
    const stopping = scheduled.stop();
    await vi.advanceTimersByTimeAsync(3_500);
    await stopping;
  });

  it('when stopped, then no further tick runs', async () => {
    const run = vi.fn(async () => undefined);
    const scheduled = schedule(run);
    await vi.advanceTimersByTimeAsync(0);
    await scheduled.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('when a run never ends, then stop gives up waiting for it after the stop wait', async () => {
    const scheduled = schedule(() => new Promise(() => undefined));
    let stopped = false;
    const stopping = scheduled.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(SWEEP_STOP_WAIT_MS - 1);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await stopping;
    expect(stopped).toBe(true);
  });
});
