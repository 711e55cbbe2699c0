import {JourneyWriteConflict, type JourneyRecord} from '../storage/journeys-repository';

/** How often one unit of journey work starts again after losing a race before it gives up. */
const MAX_ATTEMPTS = 8;

/**
 * The revision each journey was read at, for `saveRevised`. A journey read twice (by token and by
 * client) keeps the older revision: whichever copy the work used, a newer row refuses the write.
 */
export function revisionsOf(...reads: Array<Iterable<JourneyRecord>>): Map<string, number> {
  const revisions = new Map<string, number>();
  for (const records of reads) {
    for (const record of records) {
      const revision = record.revision ?? 0;
      const known = revisions.get(record.id);
      revisions.set(record.id, known === undefined ? revision : Math.min(known, revision));
    }
  }
  return revisions;
}

/**
 * Runs a unit of journey work (read, apply, commit) again while its commit loses the race with
 * another instance writing the same journey: each attempt reads what is stored now, so the
 * events of both end up in the journey. Nothing of a lost attempt was written (its transaction
 * rolled back), so every event is still applied exactly once. After `MAX_ATTEMPTS` the conflict
 * is the caller's failure: pixel events stay waiting for recovery, a webhook is retried.
 */
export async function untilWritten<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error: unknown) {
      if (!(error instanceof JourneyWriteConflict) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
