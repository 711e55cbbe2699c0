import type {Storage} from '../storage';
import type {IngestBatch} from '../storage/pixel-events-repository';
import {isStorageUnavailable} from '../storage/failures';
import {createGroupCommitter} from './group-commit';

/**
 * How long one batch may wait for its commit, in milliseconds: past it the pixel gets a 503 with
 * Retry-After (storage is locked or away) instead of a request that hangs.
 */
export const INGEST_MAX_WAIT_MS = 2_000;

/**
 * Ingest batches, group-committed (see group-commit.ts). A group that fails for a reason that is
 * not storage being away (one batch holding a value one engine refuses) is written again batch
 * by batch, so one shop's bad batch never fails another shop's that shared its transaction.
 */
export function createBatchWriter(
  storage: Storage,
  options: {maxWaitingEvents: number; maxWaitMs?: number},
) {
  return createGroupCommitter(
    (batches: IngestBatch[]) => storage.pixelEvents.insertBatches(batches),
    {
      weight: (batch) => batch.events.length + batch.quarantined.length,
      maxWaiting: options.maxWaitingEvents,
      maxWaitMs: options.maxWaitMs ?? INGEST_MAX_WAIT_MS,
      retryAlone: (error) => !isStorageUnavailable(error),
    },
  );
}
