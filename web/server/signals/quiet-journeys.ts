import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {detectSignals} from './detectors';
import {DEFAULT_THRESHOLDS} from './thresholds';
import {publicSignal} from './process-journeys';

/** Checkouts quiet for longer than this are no longer watched for stalls or abandonment. */
const WATCH_FOR_MS = 3 * 60 * 60_000;
const BATCH = 500;

/**
 * Stalls and abandonment are noticed by time passing, not by an event: this sweep re-runs the
 * detectors on quiet, open checkouts. Several instances may run it at once: each signal is stored
 * once per journey (unique key), and only the instance whose insert wins announces it.
 */
export function createQuietJourneySweep(deps: {
  storage: Storage;
  live: LiveHub;
  now: () => number;
}) {
  return {
    async run(): Promise<number> {
      const now = deps.now();
      const quiet = await deps.storage.journeys.quietOpen(
        now - minQuietMs(),
        now - WATCH_FOR_MS,
        BATCH,
      );
      let raised = 0;
      for (const record of quiet) {
        const journey = record.state as Journey;
        const detected = detectSignals(journey, now, DEFAULT_THRESHOLDS);
        const stored = await deps.storage.signals.addNew(
          detected.map((d) => ({
            id: randomUUID(),
            shop: record.shop,
            type: d.type,
            severity: d.severity,
            sentence: d.sentence,
            evidence: {...d.evidence, step: d.step},
            source: 'sweep' as const,
            campaignId: null,
            checkoutToken: journey.checkoutToken,
            orderId: null,
            customerId: journey.identity.customerId,
            occurredAt: d.occurredAt,
            recordedAt: now,
            journeyId: journey.id,
            dedupeKey: d.dedupeKey,
          })),
        );
        for (const signal of stored)
          deps.live.publish(record.shop, {kind: 'signal', data: publicSignal(signal)});
        raised += stored.length;
      }
      return raised;
    },
  };
}

function minQuietMs(): number {
  return Math.min(DEFAULT_THRESHOLDS.stallAfterMs, DEFAULT_THRESHOLDS.abandonAfterMs);
}
