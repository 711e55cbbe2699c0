/** What became of one tick of a guarded sweep. */
export type GuardedTick<T> = {ran: true; value: T} | {ran: false; reason: 'still running'};

export interface SweepGuard<T> {
  /**
   * Starts a run unless the previous one is still going: such a tick is skipped, never queued,
   * so a run slower than its interval is not doubled. Rejects with the run's error, if any.
   */
  tick(): Promise<GuardedTick<T>>;
  /** Resolves when the run in flight, if any, has ended (whether it succeeded or not). */
  idle(): Promise<void>;
}

/** Wraps `run` so that at most one run of it is in flight within this process. */
export function guardSweep<T>(run: () => Promise<T>): SweepGuard<T> {
  let inFlight: Promise<unknown> | null = null;
  return {
    async tick() {
      if (inFlight) return {ran: false, reason: 'still running'};
      const current = run();
      inFlight = current;
      try {
        return {ran: true, value: await current};
      } finally {
        inFlight = null;
      }
    },
    async idle() {
      await inFlight?.catch(() => undefined);
    },
  };
}
