import {z} from 'zod';
import type {QuarantinedEvent, StoredPixelEvent} from '../storage/pixel-events-repository';
import {findUnstorable, shallowCopy, storableString} from '../http/storable-input';

/** Shopify's pixel sandbox sends small batches; these caps keep one request from costing much. */
export const MAX_EVENT_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
export const MAX_EVENTS_PER_BATCH = 500;

export const ingestEnvelope = z.object({
  shop: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, 'must be a myshopify.com domain'),
  key: storableString().min(16).max(200),
  // Each event is checked on its own (splitBatch): a bad one is quarantined, not the batch refused.
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_BATCH),
});

export type IngestEnvelope = z.infer<typeof ingestEnvelope>;

/** One checked event: its stored form, and the value the journeys are built from. */
export type ParsedEvent<E = unknown> =
  | {ok: true; event: StoredPixelEvent; value: E}
  | {ok: false; reason: string};

/**
 * Splits a batch into events to store and events to quarantine, each with its reason: nothing is
 * dropped silently, and good + quarantined = received. `batchBytes`, the size of the whole body,
 * spares measuring each event when the batch itself is within one event's limit; `redact` says
 * what of a rejected event quarantine keeps. An event no storage can hold (U+0000) or nested deep
 * enough to overflow the serializer is quarantined before anything walks it recursively; the
 * others of its batch are stored as usual.
 */
export function splitBatch<E>(
  events: unknown[],
  parse: (raw: unknown) => ParsedEvent<E>,
  options: {batchBytes?: number; redact?: (raw: unknown) => unknown} = {},
): {good: Array<{event: StoredPixelEvent; value: E}>; quarantined: QuarantinedEvent[]} {
  const good: Array<{event: StoredPixelEvent; value: E}> = [];
  const quarantined: QuarantinedEvent[] = [];
  const measure = (options.batchBytes ?? Infinity) > MAX_EVENT_BYTES;
  // What quarantine keeps of a rejected event: by default all of it.
  const kept = (raw: unknown) =>
    JSON.stringify(options.redact ? options.redact(raw) : raw) ?? 'null';
  for (const raw of events) {
    const unstorable = findUnstorable(raw);
    if (unstorable) {
      quarantined.push({
        reason: `${unstorable.path || 'event'}: ${unstorable.message}`,
        payload: kept(shallowCopy(raw)),
      });
      continue;
    }
    if (measure && Buffer.byteLength(JSON.stringify(raw) ?? 'null') > MAX_EVENT_BYTES) {
      quarantined.push({
        reason: `event larger than ${MAX_EVENT_BYTES} bytes`,
        payload: kept(raw).slice(0, 1024),
      });
      continue;
    }
    const parsed = parse(raw);
    if (parsed.ok) good.push({event: parsed.event, value: parsed.value});
    else quarantined.push({reason: parsed.reason, payload: kept(raw)});
  }
  return {good, quarantined};
}
