import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {Signal} from '../storage/signals-repository';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {detectSignals} from './detectors';
import {hesitationScore} from './score';
import {journeySummary} from './journey-summary';
import {SHORTEST_QUIET_MS, thresholdsFrom, type Thresholds} from './thresholds';
import {publicSignal} from './process-journeys';

/** Checkouts quiet for longer than this are no longer watched for stalls or abandonment. */
const WATCH_FOR_MS = 3 * 60 * 60_000;
const PAGE_SIZE = 500;

/**
 * Stalls and abandonment are noticed by time passing, not by an event: this sweep re-runs the
 * detectors on quiet, open checkouts, page by page, each with its shop's thresholds. Several
 * instances may run it at once: each signal is stored once per journey (unique key), only the
 * instance whose insert wins announces it, and a journey's score is updated only if no new event
 * changed the journey meanwhile.
 */
export function createQuietJourneySweep(deps: {
  storage: Storage;
  live: LiveHub;
  now: () => number;
  /** Journeys read per query. */
  pageSize?: number;
}) {
  const pageSize = deps.pageSize ?? PAGE_SIZE;
  async function raise(
    records: JourneyRecord[],
    thresholdsOf: (shop: string) => Promise<Thresholds>,
    now: number,
  ) {
    const detected: Signal[] = [];
    for (const record of records) {
      const journey = record.state as Journey;
      for (const d of detectSignals(journey, now, await thresholdsOf(record.shop))) {
        detected.push({
          id: randomUUID(),
          shop: record.shop,
          type: d.type,
          severity: d.severity,
          sentence: d.sentence,
          evidence: {...d.evidence, step: d.step},
          source: 'sweep',
          campaignId: typeof d.evidence.campaignId === 'string' ? d.evidence.campaignId : null,
          checkoutToken: journey.checkoutToken,
          orderId: null,
          customerId: journey.identity.customerId,
          occurredAt: d.occurredAt,
          recordedAt: now,
          journeyId: journey.id,
          dedupeKey: d.dedupeKey,
        });
      }
    }
    const stored = await deps.storage.signals.addNew(detected);
    for (const record of records) {
      const mine = stored.filter((s) => s.journeyId === record.id);
      if (mine.length === 0) continue;
      await announce(record, mine, now);
    }
    return stored.length;
  }

  async function announce(record: JourneyRecord, added: Signal[], now: number) {
    const signals =
      (await deps.storage.signals.forJourneys(record.shop, [record.id])).get(record.id) ?? [];
    const score = hesitationScore(signals);
    await deps.storage.journeys.updateScoreIfUnchanged(
      record.shop,
      record.id,
      score.score,
      record.lastActivityAt,
      now,
    );
    for (const signal of added)
      deps.live.publish(record.shop, {kind: 'signal', data: publicSignal(signal)});
    deps.live.publish(record.shop, {
      kind: 'journey',
      data: journeySummary(record.state as Journey, score, signals),
    });
  }

  return {
    async run(): Promise<number> {
      const now = deps.now();
      const thresholds = new Map<string, Promise<Thresholds>>();
      const thresholdsOf = (shop: string) => {
        let found = thresholds.get(shop);
        if (!found) {
          found = deps.storage.shops.hesitationSettings(shop).then(thresholdsFrom);
          thresholds.set(shop, found);
        }
        return found;
      };
      let raised = 0;
      let after: {lastActivityAt: number; id: string} | undefined;
      for (;;) {
        const page = await deps.storage.journeys.quietOpen(
          now - SHORTEST_QUIET_MS,
          now - WATCH_FOR_MS,
          pageSize,
          after,
        );
        raised += await raise(page, thresholdsOf, now);
        const last = page[page.length - 1];
        if (!last || page.length < pageSize) break;
        after = {lastActivityAt: last.lastActivityAt, id: last.id};
      }
      return raised;
    },
  };
}
