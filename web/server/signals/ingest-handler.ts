import type {Storage} from '../storage';
import type {Logger} from '../logger';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import {ingestEnvelope, splitBatch, type ParsedEvent} from './ingest-batch';
import {createIngestKeyCheck} from './ingest-key';
import type {IngestGate} from './ingest-limits';
import type {QuotaDecision} from '../http/shared-quota';
import {BacklogFullError, StorageTimeoutError} from './group-commit';
import {createBatchWriter} from './batch-writer';

export interface IngestDeps<E> {
  storage: Storage;
  logger: Logger;
  now: () => number;
  /** Events per shop and refused batches per source (signals/ingest-limits.ts). */
  gate: IngestGate;
  /** Checks one event of the shop's batch: what to store, or why it is quarantined. */
  parseEvent: (raw: unknown, shop: string, receivedAt: number) => ParsedEvent<E>;
  /** What quarantine keeps of an event of the shop's batch that failed the checks. */
  redactRejected: (raw: unknown, shop: string) => unknown;
  /**
   * Runs after the batch is committed and acknowledged: journeys, detectors, live updates. Work
   * lost here (a crash) is not lost for good: stored events wait until they are applied.
   */
  afterCommit: (shop: string, accepted: E[], receivedAt: number) => void;
  /** Events that may wait for storage at once, all shops together; more are refused with a 503. */
  maxWaitingEvents?: number;
}

/**
 * About a second of traffic at the rate Heed is built for: beyond it storage is falling behind,
 * and a prompt 503 (the pixel's batch is lost either way) beats acknowledgements that take
 * seconds while memory grows.
 */
export const MAX_WAITING_EVENTS = 20_000;

/** What the pixel is told of a stored batch. */
export interface IngestAnswer {
  received: number;
  accepted: number;
  duplicates: number;
  quarantined: number;
}

/**
 * A batch's outcome: stored (answer, then `after` once the answer is on its way), or refused with
 * the error the app's error handling answers and the headers that go with it (Retry-After).
 */
export type IngestOutcome =
  | {ok: true; answer: IngestAnswer; after: () => void}
  | {ok: false; error: unknown; headers: Record<string, string>};

/**
 * One batch from the web pixel, whatever HTTP layer carried it (signals/ingest-route.ts for
 * Express, http/ingest-listener.ts for the dedicated one): `body` as text once its size is
 * checked, `source` the client's address. The answer comes only after the batch is durably stored.
 */
export function createIngestHandler<E>(deps: IngestDeps<E>) {
  const keyCheck = createIngestKeyCheck({
    read: (shop) => deps.storage.reads.shops.ingestKeyHash(shop),
    now: deps.now,
  });
  const writer = createBatchWriter(deps.storage, {
    maxWaitingEvents: deps.maxWaitingEvents ?? MAX_WAITING_EVENTS,
  });

  async function handle(body: unknown, source: string, headers: Record<string, string>) {
    const refuseOver = (decision: QuotaDecision, message: string) => {
      if (decision.ok) return;
      headers['Retry-After'] = String(decision.retryAfterSeconds);
      throw new HeedError('RATE_LIMITED', message);
    };
    refuseOver(deps.gate.source(source), 'Too many refused batches from this source');
    // A shop over its quota sends big batches many times a second: the shop its body names
    // first is enough to refuse it without parsing them (the pixel writes `shop` first).
    const claimed = claimedShop(body);
    if (claimed) refuseOver(deps.gate.shopRefusedHere(claimed), 'Ingest rate limit reached');
    const envelope = parseInput(ingestEnvelope, parseJson(body), {checkStorable: false});
    const known = await keyCheck(envelope.shop, envelope.key).catch((error: unknown) => {
      throw new HeedError('STORAGE_UNAVAILABLE', 'Could not read the ingest key', {cause: error});
    });
    if (!known) {
      refuseOver(await deps.gate.refused(source), 'Too many refused batches from this source');
      throw new HeedError('FORBIDDEN', 'Unknown shop or ingest key');
    }
    // Counted before anything is stored: a refused batch leaves nothing behind, and the pixel
    // resends it after Retry-After.
    refuseOver(
      await deps.gate.events(envelope.shop, envelope.events.length),
      'Ingest rate limit reached',
    );
    const receivedAt = deps.now();
    const {good, quarantined} = splitBatch(
      envelope.events,
      (raw) => deps.parseEvent(raw, envelope.shop, receivedAt),
      {
        batchBytes: Buffer.byteLength(body as string),
        redact: (raw) => deps.redactRejected(raw, envelope.shop),
      },
    );
    let result;
    try {
      result = await writer.submit({
        shop: envelope.shop,
        events: good.map((g) => g.event),
        quarantined,
        receivedAt,
      });
    } catch (error) {
      if (error instanceof BacklogFullError || error instanceof StorageTimeoutError) {
        headers['Retry-After'] = '1';
        throw new HeedError('STORAGE_UNAVAILABLE', 'Ingest backlog full or storage stuck', {
          cause: error,
        });
      }
      throw new HeedError('STORAGE_UNAVAILABLE', 'Could not store the batch', {cause: error});
    }
    const answer: IngestAnswer = {
      received: envelope.events.length,
      accepted: result.accepted.length,
      duplicates: result.duplicates,
      quarantined: result.quarantined,
    };
    const after = () => {
      if (result.accepted.length === 0) return;
      const accepted = new Set(result.accepted);
      deps.afterCommit(
        envelope.shop,
        good.filter((g) => accepted.has(g.event.eventId)).map((g) => g.value),
        receivedAt,
      );
    };
    return {answer, after};
  }

  return async (body: unknown, source: string): Promise<IngestOutcome> => {
    const headers: Record<string, string> = {};
    try {
      return {ok: true, ...(await handle(body, source, headers))};
    } catch (error) {
      return {ok: false, error, headers};
    }
  };
}

export type IngestHandler = ReturnType<typeof createIngestHandler>;

const SHOP_FIRST = /^\s*\{\s*"shop"\s*:\s*"([a-z0-9][a-z0-9-]*\.myshopify\.com)"/;

function claimedShop(body: unknown): string | null {
  return typeof body === 'string' ? (SHOP_FIRST.exec(body.slice(0, 200))?.[1] ?? null) : null;
}

function parseJson(body: unknown): unknown {
  if (typeof body !== 'string' || body.length === 0)
    throw new HeedError('BAD_REQUEST', 'Empty body');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new HeedError('BAD_REQUEST', 'Body is not JSON', {cause: error});
  }
}
