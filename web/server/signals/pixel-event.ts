import {z} from 'zod';
import {regexes} from 'zod/v4/core';
import {codePointLength, sanitizeDomData} from './dom-element';

/** https://shopify.dev/docs/api/web-pixels-api/emitting-data (EventType). */
export const PIXEL_EVENT_TYPES = ['standard', 'dom', 'custom', 'advanced-dom', 'meta'] as const;

/** The checkout standard events Heed follows. https://shopify.dev/docs/api/web-pixels-api/standard-events */
export const CHECKOUT_EVENT = {
  started: 'checkout_started',
  contactSubmitted: 'checkout_contact_info_submitted',
  addressSubmitted: 'checkout_address_info_submitted',
  shippingSubmitted: 'checkout_shipping_info_submitted',
  paymentSubmitted: 'payment_info_submitted',
  completed: 'checkout_completed',
  alertDisplayed: 'alert_displayed',
  extensionErrored: 'ui_extension_errored',
} as const;

/** DOM events in checkout. https://shopify.dev/docs/api/web-pixels-api/dom-events */
export const DOM_EVENT = {
  inputChanged: 'input_changed',
  inputBlurred: 'input_blurred',
  clicked: 'clicked',
  formSubmitted: 'form_submitted',
} as const;

/** Heed's checkout extension publishes its own events under this prefix (`analytics.publish`). */
export const HEED_EVENT_PREFIX = 'heed:';
export const HEED_EVENT = {
  promoApplied: 'heed:promo_applied',
  promoNotApplied: 'heed:promo_not_applied',
} as const;

const MAX_NAME = 100;
/** The pattern zod builds for `z.iso.datetime({offset: true})`, for the check written by hand. */
const TIMESTAMP = regexes.datetime({offset: true});

/**
 * One event as the web pixel forwards it: Shopify's event object, with or without `context` (never
 * kept — it holds the page URL with its query string). DOM events lose what the shopper typed here,
 * before anything is stored; advanced DOM snapshots are not kept at all.
 */
export const pixelEventSchema = z
  .object({
    id: z.string().min(1).max(MAX_NAME),
    name: z.string().min(1).max(MAX_NAME),
    type: z.enum(PIXEL_EVENT_TYPES),
    timestamp: z.iso.datetime({offset: true}),
    clientId: z.string().min(1).max(MAX_NAME),
    seq: z.number().int().min(0),
    data: z.unknown().optional(),
    customData: z.unknown().optional(),
  })
  .transform((event) => {
    if (event.type === 'dom') return {...event, data: sanitizeDomData(event.data)};
    if (event.type === 'advanced-dom') return {...event, data: null};
    return event;
  });

export type PixelEvent = z.infer<typeof pixelEventSchema>;

export type PixelEventCheck = {ok: true; value: PixelEvent} | {ok: false; reason: string};

/**
 * Trust boundary: a result, never an exception. The reason names the first problems found.
 * Every event of every batch comes through here, so an event is first checked by hand
 * (`acceptPixelEvent`, several times cheaper than the schema); only one it does not accept goes
 * through the schema, which then decides, and names the reasons. The schema stays the definition:
 * test/unit/signals/pixel-event-fast.test.ts holds the two equal over a fuzzed corpus.
 */
export function checkPixelEvent(raw: unknown): PixelEventCheck {
  const accepted = acceptPixelEvent(raw);
  if (accepted) return {ok: true, value: accepted};
  const parsed = pixelEventSchema.safeParse(raw);
  if (parsed.success) return {ok: true, value: parsed.data};
  const reason = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`)
    .join('; ');
  return {ok: false, reason};
}

const EVENT_TYPES: ReadonlySet<unknown> = new Set(PIXEL_EVENT_TYPES);

/** A string of 1 to `max` code points, as zod measures `min(1).max(max)`. */
function isName(value: unknown, max = MAX_NAME): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    (value.length <= max || codePointLength(value) <= max)
  );
}

/**
 * `pixelEventSchema`'s output for an event it accepts, written by hand; null when the event is
 * not plainly valid (the schema then decides). Same keys in the same order as zod's output, which
 * is what the stored payload is serialized from.
 */
export function acceptPixelEvent(raw: unknown): PixelEvent | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const input = raw as Record<string, unknown>;
  const {id, name, type, timestamp, clientId, seq} = input;
  if (!isName(id) || !isName(name) || !isName(clientId)) return null;
  if (!EVENT_TYPES.has(type) || typeof timestamp !== 'string' || !TIMESTAMP.test(timestamp)) {
    return null;
  }
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  const event: PixelEvent = {
    id,
    name,
    type: type as PixelEvent['type'],
    timestamp,
    clientId,
    seq,
  };
  if ('data' in input) event.data = input.data;
  if ('customData' in input) event.customData = input.customData;
  if (type === 'dom') return {...event, data: sanitizeDomData(event.data)};
  if (type === 'advanced-dom') return {...event, data: null};
  return event;
}

/** When the event happened, in ms since the epoch (the schema guarantees a valid ISO date-time). */
export function occurredAt(event: Pick<PixelEvent, 'timestamp'>): number {
  return Date.parse(event.timestamp);
}

/** Events are placed by their time, then by the pixel's sequence number, then by id. */
export function compareEvents(a: PixelEvent, b: PixelEvent): number {
  return occurredAt(a) - occurredAt(b) || a.seq - b.seq || compareText(a.id, b.id);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
