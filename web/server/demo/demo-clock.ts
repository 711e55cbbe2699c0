/**
 * The demo's clock: the real time, except while the demo tells its store's past week, when it
 * stands at the moment being told and runs on from there. Within that telling it only moves
 * forward, as a clock does: a journey, a rate limit or a lease never sees time go back.
 */
export interface DemoClock {
  now(): number;
  /** Stands at `at`, back in the past, to begin telling it. */
  setTo(at: number): void;
  /** Moves on to `at` (or stays, if the clock is already later) and runs on from there. */
  advanceTo(at: number): void;
  /** Back to the real time. */
  resume(): void;
}

export function createDemoClock(): DemoClock {
  let offset = 0;
  const now = () => Date.now() + offset;
  return {
    now,
    setTo(at) {
      offset = at - Date.now();
    },
    advanceTo(at) {
      offset = Math.max(at, now()) - Date.now();
    },
    resume() {
      offset = 0;
    },
  };
}
