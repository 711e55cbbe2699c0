import type {ParsedEvent} from './ingest-batch';
import {checkPixelEvent, occurredAt, type PixelEvent} from './pixel-event';
import {checkoutTokenOf} from './pixel-data';
import {minimizeEventData} from './minimize';

/**
 * How far an event's own time may be from when Heed received it, in milliseconds. Browser clocks
 * are often minutes wrong, sometimes days (journeys correct for that, see apply-event.ts), but an
 * event dated year 0 or 9999 is no shopper's: it is quarantined rather than stored.
 */
export const MAX_CLOCK_SKEW_MS = 366 * 86_400_000;

/**
 * Validates one event the shop's pixel forwarded and picks out the columns Heed stores it by. What
 * is stored is the schema's output, not the raw input: typed field values and browser context are
 * gone by then, and so are the shopper's email (kept as a per-shop hash), phone and addresses.
 */
export function parsePixelEvent(
  raw: unknown,
  shop: string,
  receivedAt: number,
): ParsedEvent<PixelEvent> {
  const checked = checkPixelEvent(raw);
  if (!checked.ok) return {ok: false, reason: checked.reason};
  if (Math.abs(occurredAt(checked.value) - receivedAt) > MAX_CLOCK_SKEW_MS) {
    return {ok: false, reason: 'timestamp: more than a year from when Heed received the event'};
  }
  const event =
    checked.value.data === undefined
      ? checked.value
      : {...checked.value, data: minimizeEventData(shop, checked.value.data)};
  return {
    ok: true,
    event: {
      eventId: event.id,
      name: event.name,
      clientId: event.clientId,
      checkoutToken: checkoutTokenOf(event),
      occurredAt: occurredAt(event),
      seq: event.seq,
      payload: JSON.stringify(event),
    },
    value: event,
  };
}
