import type {Storage} from '../storage';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {LiveHub} from './live-hub';
import {SHORTEST_QUIET_MS} from './thresholds';
import {
  commitJourneys,
  readShopContext,
  type ShopContext,
  type SignalsChanged,
} from './commit-journeys';
import {readJourney} from './journey-state';

/** Checkouts quiet for longer than this are no longer watched for stalls or abandonment. */
const WATCH_FOR_MS = 3 * 60 * 60_000;
const PAGE_SIZE = 500;

/**
 * Stalls and abandonment are noticed by time passing, not by an event: this sweep re-runs the
 * detectors on quiet, open checkouts, page by page, each with its shop's context, through the same
 * reconciliation as every other change (a stall becomes leaving, and is told once, as leaving).
 * Several instances may run it at once: each signal is stored once per journey (unique key), only
 * the writer that changed a row announces it, and a journey's score is updated only if no new
 * event changed the journey meanwhile (its state is never written here).
 */
export function createQuietJourneySweep(deps: {
  storage: Storage;
  live: LiveHub;
  now: () => number;
  signalsChanged?: SignalsChanged;
  /** Journeys read per query. */
  pageSize?: number;
}) {
  const pageSize = deps.pageSize ?? PAGE_SIZE;

  async function sweepPage(
    records: JourneyRecord[],
    contextOf: (shop: string) => Promise<ShopContext>,
  ) {
    const byShop = new Map<string, JourneyRecord[]>();
    for (const record of records) {
      const list = byShop.get(record.shop) ?? [];
      list.push(record);
      byShop.set(record.shop, list);
    }
    let added = 0;
    for (const [shop, list] of byShop) {
      const written = await commitJourneys(
        deps,
        shop,
        list.map((r) => readJourney(r.state)),
        await contextOf(shop),
        {write: 'score'},
      );
      added += written.added;
    }
    return added;
  }

  return {
    /** Answers how many new signals the quiet journeys showed. */
    async run(): Promise<number> {
      const now = deps.now();
      const contexts = new Map<string, Promise<ShopContext>>();
      const contextOf = (shop: string) => {
        let found = contexts.get(shop);
        if (!found) {
          found = readShopContext(deps.storage, shop);
          contexts.set(shop, found);
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
        raised += await sweepPage(page, contextOf);
        const last = page[page.length - 1];
        if (!last || page.length < pageSize) break;
        after = {lastActivityAt: last.lastActivityAt, id: last.id};
      }
      return raised;
    },
  };
}
