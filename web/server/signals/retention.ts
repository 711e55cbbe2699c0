import type {Logger} from '../logger';
import type {Storage} from '../storage';

const DAY_MS = 86_400_000;

/**
 * How long Heed keeps what it holds, in one place (the README's privacy table says the same).
 * Journeys and signals keep what a person needs to follow a checkout up, for a year after its
 * last activity; the raw events behind them are evidence for a month (a journey older than that
 * can no longer be rebuilt from its events). A webhook's body is kept until it is processed, and
 * at most a week when its handler keeps failing. Commerce facts go a year after Shopify last
 * updated the order or checkout; a data-request export a month after it was produced.
 *
 * A follow-up case holds the shopper's contact details (read from Shopify for it) only while it
 * is open: a resolution clears them at once (followup/contact-retention.ts), and a case left open
 * and unchanged for a month loses them here (Heed reads them again before any contact). The case
 * itself (snapshot, timeline, contacts made) is the journeys' story told again, so it goes a year
 * after it was resolved, as they do after their last activity; one never resolved goes a year
 * after it last changed.
 */
export const RETENTION = {
  /** Raw pixel events and quarantined payloads (one statement deletes both). */
  rawEventsMs: 30 * DAY_MS,
  unprocessedWebhookPayloadMs: 7 * DAY_MS,
  commerceRecordsMs: 365 * DAY_MS,
  journeysMs: 365 * DAY_MS,
  gdprExportsMs: 30 * DAY_MS,
  /** Contact details on an open case nobody changed for this long. */
  idleCaseContactMs: 30 * DAY_MS,
  /** A case after its resolution (or, never resolved, after its last change). */
  casesMs: 365 * DAY_MS,
} as const;

export type RetentionPeriods = {[K in keyof typeof RETENTION]: number};

/** Rows handled per statement: small enough that ingest never waits long behind the sweep. */
const PAGE = 2_000;

export interface RetentionResult {
  events: number;
  quarantined: number;
  webhookPayloads: number;
  commerceRecords: number;
  journeys: number;
  signals: number;
  gdprExports: number;
  /** Open cases whose contact details were cleared. */
  caseContacts: number;
  cases: number;
}

/**
 * Deletes (or clears) everything past its retention, a page at a time, until none is left. Safe
 * on several instances at once: each page handles whatever it still finds.
 */
export function createRetentionSweep(deps: {
  storage: Storage;
  now: () => number;
  logger?: Logger;
  periods?: Partial<RetentionPeriods>;
  pageSize?: number;
}) {
  const periods: RetentionPeriods = {...RETENTION, ...deps.periods};
  const pageSize = deps.pageSize ?? PAGE;
  const {storage} = deps;

  /** Runs `page` until it handles less than a page; answers how many rows it handled. */
  async function pages(page: () => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await page();
      total += handled;
      if (handled < pageSize) return total;
      // Let requests in between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async function rawEvents(now: number) {
    const before = now - periods.rawEventsMs;
    const total = {events: 0, quarantined: 0};
    for (;;) {
      const page = await storage.pixelEvents.deleteReceivedBefore(before, pageSize);
      total.events += page.events;
      total.quarantined += page.quarantined;
      if (page.events < pageSize && page.quarantined < pageSize) return total;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** A journey goes with its signals, in one transaction, so no signal outlives its journey. */
  async function journeys(before: number) {
    let signals = 0;
    const deleted = await pages(() =>
      storage.transaction(async (tx) => {
        const gone = await tx.journeys.deleteInactiveBefore(before, pageSize);
        for (const [shop, ids] of groupByShop(gone)) {
          signals += await tx.signals.deleteForJourneys(shop, ids);
        }
        return gone.length;
      }),
    );
    signals += await pages(() => storage.signals.deleteInactiveBefore(before, pageSize));
    return {journeys: deleted, signals};
  }

  /** A case goes whole, in one transaction: its timeline, contacts and journey links with it. */
  async function cases(now: number) {
    return pages(() =>
      storage.transaction(async (tx) => {
        const gone = await tx.cases.expired(now - periods.casesMs, pageSize);
        for (const [shop, ids] of groupByShop(gone)) await tx.cases.deleteCases(shop, ids);
        return gone.length;
      }),
    );
  }

  return {
    async run(): Promise<RetentionResult> {
      const now = deps.now();
      const result: RetentionResult = {
        ...(await rawEvents(now)),
        webhookPayloads: await pages(() =>
          storage.webhookDeliveries.expirePayloadsReceivedBefore(
            now - periods.unprocessedWebhookPayloadMs,
            pageSize,
          ),
        ),
        commerceRecords: await pages(() =>
          storage.commerceRecords.deleteUpdatedBefore(now - periods.commerceRecordsMs, pageSize),
        ),
        ...(await journeys(now - periods.journeysMs)),
        gdprExports: await pages(() =>
          storage.gdprRequests.clearExportsCompletedBefore(now - periods.gdprExportsMs, pageSize),
        ),
        caseContacts: await pages(() =>
          storage.cases.forgetIdleContacts(now - periods.idleCaseContactMs, pageSize),
        ),
        cases: await cases(now),
      };
      if (Object.values(result).some((n) => n > 0)) {
        deps.logger?.info({...result, now}, 'data past retention deleted');
      }
      return result;
    },
  };
}

function groupByShop(rows: Array<{shop: string; id: string}>): Map<string, string[]> {
  const byShop = new Map<string, string[]>();
  for (const {shop, id} of rows) byShop.set(shop, [...(byShop.get(shop) ?? []), id]);
  return byShop;
}
