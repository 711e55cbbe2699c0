import type {Storage} from '../storage';
import type {BatchResult, IngestBatch} from '../storage/pixel-events-repository';
import {isStorageUnavailable} from '../storage/failures';
import {promptly} from '../storage/writer-priority';
import {createGroupCommitter} from './group-commit';

/**
 * How long one batch may wait for its commit, in milliseconds: past it the pixel gets a 503 with
 * Retry-After (storage is locked or away) instead of a request that hangs.
 */
export const INGEST_MAX_WAIT_MS = 2_000;

/**
 * Events one transaction holds at most. A shop's big batch (the pixel may send hundreds of events
 * at once) is committed in parts of this size, acknowledged when the last has committed, so a
 * small batch of another shop waits behind one part rather than the whole.
 */
export const EVENTS_PER_WRITE = 60;

/**
 * Ingest batches, group-committed (see group-commit.ts), fairly across shops and in bounded
 * parts. A group that fails for a reason that is
 * not storage being away (one batch holding a value one engine refuses) is written again batch
 * by batch, so one shop's bad batch never fails another shop's that shared its transaction.
 */
export function createBatchWriter(
  storage: Storage,
  options: {maxWaitingEvents: number; maxWaitMs?: number},
) {
  return createGroupCommitter(
    // The pixel waits on this commit: it goes before queued journey and case work.
    (batches: IngestBatch[]) => promptly(() => storage.pixelEvents.insertBatches(batches)),
    {
      weight: (batch) => batch.events.length + batch.quarantined.length,
      maxWaiting: options.maxWaitingEvents,
      maxWaitMs: options.maxWaitMs ?? INGEST_MAX_WAIT_MS,
      retryAlone: (error) => !isStorageUnavailable(error),
      key: (batch) => batch.shop,
      maxGroupWeight: EVENTS_PER_WRITE,
      split: splitBatch,
      join: joinResults,
    },
  );
}

/** A batch in parts of at most `maxEvents`; its quarantined events go with the first. */
export function splitBatch(batch: IngestBatch, maxEvents: number): IngestBatch[] {
  const parts: IngestBatch[] = [];
  for (let i = 0; i < batch.events.length; i += maxEvents) {
    parts.push({...batch, events: batch.events.slice(i, i + maxEvents), quarantined: []});
  }
  const [first] = parts;
  if (!first) return [batch];
  first.quarantined = batch.quarantined;
  return parts;
}

/**
 * The batch's result from its parts': an event id repeated across parts is stored once and counts
 * as a duplicate in the later part, as it would within one transaction.
 */
export function joinResults(results: BatchResult[]): BatchResult {
  return {
    accepted: results.flatMap((r) => r.accepted),
    duplicates: results.reduce((sum, r) => sum + r.duplicates, 0),
    quarantined: results.reduce((sum, r) => sum + r.quarantined, 0),
  };
}
