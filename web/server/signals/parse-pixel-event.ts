import {z} from 'zod';
import type {ParsedEvent} from './ingest-batch';

/** The envelope of one event as the pixel forwards it (Shopify's own shape, `context` dropped). */
const forwardedEvent = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  type: z.string().min(1).max(30),
  timestamp: z.iso.datetime({offset: true}),
  clientId: z.string().min(1).max(100),
  seq: z.number().int().min(0).optional(),
  data: z.unknown().optional(),
  customData: z.unknown().optional(),
});

const withCheckoutToken = z
  .object({checkout: z.object({token: z.string().max(255).nullish()}).loose()})
  .loose();

/** Validates one event and picks out the columns Heed stores it by. */
export function parsePixelEvent(raw: unknown): ParsedEvent {
  const parsed = forwardedEvent.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'invalid event',
    };
  }
  const event = parsed.data;
  const token = withCheckoutToken.safeParse(event.data);
  return {
    ok: true,
    event: {
      eventId: event.id,
      name: event.name,
      clientId: event.clientId,
      checkoutToken: token.success ? (token.data.checkout.token ?? null) : null,
      occurredAt: Date.parse(event.timestamp),
      seq: event.seq ?? null,
      payload: JSON.stringify(event),
    },
  };
}
