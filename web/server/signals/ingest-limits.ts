import type {Logger} from '../logger';
import {
  createSharedQuota,
  type Quota,
  type QuotaDecision,
  type QuotaStore,
} from '../http/shared-quota';

/** What the pixel ingest endpoint allows before it answers 429. */
export interface IngestLimits {
  /** Events a shop may send per window, whatever their batches: a batch of 300 costs 300. */
  eventsPerShop: Quota;
  /** Refused batches (unknown shop, wrong key) one source may send per window. */
  refusedPerSource: Quota;
}

/**
 * About a fifth of what one instance ingests with journey work (README, Performance): a flash
 * sale's worth for one shop, while one shop alone cannot take the instance from the others.
 */
export const DEFAULT_INGEST_EVENTS_PER_SECOND = 1_000;
/**
 * A shopper's browser whose pixel carries an old key sends a few batches a minute; a source
 * refused more often than this is guessing keys or flooding.
 */
export const DEFAULT_INGEST_REFUSED_PER_MINUTE = 30;

export function ingestLimitsOf(eventsPerSecond: number, refusedPerMinute: number): IngestLimits {
  return {
    eventsPerShop: {points: eventsPerSecond, perSeconds: 1},
    refusedPerSource: {points: refusedPerMinute, perSeconds: 60},
  };
}

export interface IngestGate {
  /** Before anything else: a source over its refused quota is answered at once. */
  source(ip: string): QuotaDecision;
  /** A batch whose shop or key was refused counts against its source. */
  refused(ip: string): Promise<QuotaDecision>;
  /** Whether this instance already refused the shop's events in this window (no query). */
  shopRefusedHere(shop: string): QuotaDecision;
  /** A known shop's batch counts its events, before anything of it is stored. */
  events(shop: string, count: number): Promise<QuotaDecision>;
}

/** The ingest endpoint's quotas, shared by every instance on PostgreSQL. */
export function createIngestGate(
  limits: IngestLimits,
  store: QuotaStore,
  logger: Logger,
): IngestGate {
  const events = createSharedQuota('ingest-events', limits.eventsPerShop, store, logger);
  const refused = createSharedQuota('ingest-refused', limits.refusedPerSource, store, logger);
  return {
    source: (ip) => refused.refusedHere(ip),
    refused: (ip) => refused.consume(ip, 1),
    shopRefusedHere: (shop) => events.refusedHere(shop),
    events: (shop, count) => events.consume(shop, count),
  };
}

/** No limit worth the name: benches measure storage, not the quota. */
export const UNLIMITED_INGEST: IngestLimits = ingestLimitsOf(1e9, 1e9);
