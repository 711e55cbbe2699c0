import express, {type Request, type Response, type Router} from 'express';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import {ingestEnvelope, MAX_BATCH_BYTES, splitBatch, type ParsedEvent} from './ingest-batch';
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

/**
 * POST /api/pixel/events — batches from the web pixel. The pixel sends text/plain (no CORS
 * preflight from the sandbox) with `keepalive`; the body is parsed here, after its size is checked.
 * The answer comes only after the batch is durably stored.
 */
export function createIngestRoute<E>(deps: IngestDeps<E>): Router {
  const router = express.Router();
  const keyCheck = createIngestKeyCheck({
    read: (shop) => deps.storage.reads.shops.ingestKeyHash(shop),
    now: deps.now,
  });
  const writer = createBatchWriter(deps.storage, {
    maxWaitingEvents: deps.maxWaitingEvents ?? MAX_WAITING_EVENTS,
  });
  router.use((req, res, next) => {
    // The pixel reads Retry-After to resend a batch once after a 429 or 503.
    res.set({'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After'});
    if (req.method === 'OPTIONS') {
      res
        .set({
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
        })
        .status(204)
        .end();
      return;
    }
    next();
  });
  router.post(
    '/',
    express.text({type: '*/*', limit: MAX_BATCH_BYTES}),
    async (req: Request, res: Response) => {
      // The source is the client IP as Express sees it behind one proxy (`trust proxy` in app.ts).
      const source = req.ip ?? 'unknown';
      refuseOver(res, deps.gate.source(source), 'Too many refused batches from this source');
      // A shop over its quota sends big batches many times a second: the shop its body names
      // first is enough to refuse it without parsing them (the pixel writes `shop` first).
      const claimed = claimedShop(req.body);
      if (claimed) refuseOver(res, deps.gate.shopRefusedHere(claimed), 'Ingest rate limit reached');
      const envelope = parseInput(ingestEnvelope, parseJson(req.body), {checkStorable: false});
      const known = await keyCheck(envelope.shop, envelope.key).catch((error: unknown) => {
        throw new HeedError('STORAGE_UNAVAILABLE', 'Could not read the ingest key', {
          cause: error,
        });
      });
      if (!known) {
        refuseOver(
          res,
          await deps.gate.refused(source),
          'Too many refused batches from this source',
        );
        throw new HeedError('FORBIDDEN', 'Unknown shop or ingest key');
      }
      // Counted before anything is stored: a refused batch leaves nothing behind, and the pixel
      // resends it after Retry-After.
      refuseOver(
        res,
        await deps.gate.events(envelope.shop, envelope.events.length),
        'Ingest rate limit reached',
      );
      const receivedAt = deps.now();
      const {good, quarantined} = splitBatch(
        envelope.events,
        (raw) => deps.parseEvent(raw, envelope.shop, receivedAt),
        {
          batchBytes: Buffer.byteLength(req.body as string),
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
          res.set('Retry-After', '1');
          throw new HeedError('STORAGE_UNAVAILABLE', 'Ingest backlog full or storage stuck', {
            cause: error,
          });
        }
        throw new HeedError('STORAGE_UNAVAILABLE', 'Could not store the batch', {cause: error});
      }
      res.status(200).json({
        received: envelope.events.length,
        accepted: result.accepted.length,
        duplicates: result.duplicates,
        quarantined: result.quarantined,
      });
      if (result.accepted.length > 0) {
        const accepted = new Set(result.accepted);
        deps.afterCommit(
          envelope.shop,
          good.filter((g) => accepted.has(g.event.eventId)).map((g) => g.value),
          receivedAt,
        );
      }
    },
  );
  return router;
}

const SHOP_FIRST = /^\s*\{\s*"shop"\s*:\s*"([a-z0-9][a-z0-9-]*\.myshopify\.com)"/;

function claimedShop(body: unknown): string | null {
  return typeof body === 'string' ? (SHOP_FIRST.exec(body.slice(0, 200))?.[1] ?? null) : null;
}

function refuseOver(res: Response, decision: QuotaDecision, message: string) {
  if (decision.ok) return;
  res.set('Retry-After', String(decision.retryAfterSeconds));
  throw new HeedError('RATE_LIMITED', message);
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
