import type {Logger} from '../logger';
import type {Storage} from '../storage';

const DAY_MS = 86_400_000;

/**
 * How long Heed keeps raw pixel events and quarantined payloads. Journeys and signals keep what a
 * person needs to follow a checkout up; the raw events behind them are evidence for a month, then
 * go. (A journey older than this can no longer be rebuilt from its events.)
 */
export const RAW_EVENT_RETENTION_MS = 30 * DAY_MS;
/** Rows deleted per statement: small enough that ingest never waits long behind the sweep. */
const PAGE = 2_000;

/**
 * Deletes raw events past their retention, a page at a time, until none is left. Safe on several
 * instances at once: each page deletes whatever it still finds.
 */
export function createRetentionSweep(deps: {
  storage: Storage;
  now: () => number;
  logger?: Logger;
  retentionMs?: number;
  pageSize?: number;
}) {
  const retentionMs = deps.retentionMs ?? RAW_EVENT_RETENTION_MS;
  const pageSize = deps.pageSize ?? PAGE;
  return {
    async run(): Promise<{events: number; quarantined: number}> {
      const before = deps.now() - retentionMs;
      const total = {events: 0, quarantined: 0};
      for (;;) {
        const page = await deps.storage.pixelEvents.deleteReceivedBefore(before, pageSize);
        total.events += page.events;
        total.quarantined += page.quarantined;
        if (page.events < pageSize && page.quarantined < pageSize) {
          if (total.events + total.quarantined > 0) {
            deps.logger?.info({...total, before}, 'raw events past retention deleted');
          }
          return total;
        }
        // Let requests in between pages.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
