import {z} from 'zod';
import {HeedError} from '../errors';
import {customerGid, orderGid, variantGid} from '../shopify-ids';
import {CHECKOUT_STEPS, JOURNEY_VERSION, type Journey} from './journey';

/**
 * Stored journey states are read through here, never cast: the state is checked against its
 * schema, and states written by an older Heed are upgraded first, in `upgrade` (the one place
 * old shapes are known).
 */
const num = z.number().finite();
const money = z.object({amount: num, currencyCode: z.string()});
const orderKey = {at: num, seq: num, eventId: z.string()};
const step = z.enum(CHECKOUT_STEPS);

const journeySchema = z.object({
  version: z.literal(JOURNEY_VERSION),
  id: z.string().regex(/^jrn_[0-9a-f]{8,64}$/),
  shop: z.string(),
  checkoutToken: z.string().nullable(),
  clientIds: z.array(z.string()),
  clock: z.object({offsetMs: num}).nullable(),
  startedAt: num,
  lastActivityAt: num,
  lastActivity: z.object(orderKey).nullable(),
  currentStep: step.nullable(),
  steps: z.partialRecord(step, z.object({firstAt: num, lastAt: num})),
  stepEvents: z.array(z.object({...orderKey, name: z.string(), step})),
  cart: z
    .object({
      asOf: z.object(orderKey),
      source: z.enum(['pixel', 'webhook']),
      currencyCode: z.string().nullable(),
      lines: z.array(
        z.object({
          title: z.string().nullable(),
          variantId: z.string().nullable(),
          sku: z.string().nullable(),
          quantity: num,
          linePrice: money.nullable(),
          discountAllocations: z.array(
            z.object({code: z.string(), type: z.string(), amount: money}),
          ),
        }),
      ),
      subtotal: money.nullable(),
      total: money.nullable(),
      shipping: money.nullable(),
      tax: money.nullable(),
      discountsAmount: money.nullable(),
      discountApplications: z.array(
        z.object({
          type: z.string(),
          title: z.string(),
          targetType: z.string().nullable(),
          value: z
            .union([
              z.object({kind: z.literal('percentage'), percentage: num}),
              z.object({kind: z.literal('fixed'), amount: money}),
            ])
            .nullable(),
          allocated: num,
        }),
      ),
    })
    .nullable(),
  discountCodesSeen: z.array(z.string()),
  attribution: z
    .object({
      asOf: z.object(orderKey),
      campaignKey: z.string().nullable(),
      source: z.string().nullable(),
      medium: z.string().nullable(),
      code: z.string().nullable(),
      landedAt: z.string().nullable(),
    })
    .nullable(),
  identity: z.object({
    asOf: num.nullable(),
    customerId: z.string().nullable(),
    emailHash: z.string().nullable(),
    isFirstOrder: z.boolean().nullable(),
    acceptsEmailMarketing: z.boolean().nullable(),
  }),
  alerts: z.array(
    z.object({
      ...orderKey,
      kind: z.enum(['discount', 'payment', 'input', 'other']),
      type: z.string(),
      target: z.string(),
      message: z.string(),
      code: z.string().nullable(),
    }),
  ),
  extensionErrors: z.array(
    z.object({
      ...orderKey,
      appName: z.string().nullable(),
      extensionName: z.string().nullable(),
      extensionTarget: z.string().nullable(),
      message: z.string(),
    }),
  ),
  fieldEdits: z.array(
    z.object({
      field: z.string(),
      count: num,
      firstAt: num,
      lastAt: num,
      edits: z.array(z.object(orderKey)),
    }),
  ),
  outcomes: z.array(
    z.object({
      at: num,
      source: z.enum(['extension', 'pixel']),
      eventId: z.string().nullable(),
      state: z.enum(['applied', 'could_not_apply', 'thank_you_mismatch', 'thank_you_confirmed']),
      reason: z.string().nullable(),
      campaignId: z.string().nullable(),
      code: z.string().nullable(),
      orderId: z.string().nullable(),
    }),
  ),
  completion: z
    .object({
      at: num,
      orderId: z.string().nullable(),
      source: z.enum(['pixel', 'webhook']),
      eventId: z.string().nullable(),
    })
    .nullable(),
  otherOrders: z.array(z.object({orderId: z.string(), at: num, sourceName: z.string().nullable()})),
  webhookStep: z.object({step, at: num}).nullable(),
  checkoutWebhookAt: num.nullable(),
  eventIds: z.array(z.string()),
  ignoredEvents: num,
});

// The schema and the type must describe the same thing, both ways.
type Parsed = z.infer<typeof journeySchema>;
const sameShape: [Parsed, Journey] extends [Journey, Parsed] ? true : never = true;
void sameShape;

export type JourneyRead = {ok: true; journey: Journey} | {ok: false; reason: string};

/** Trust boundary for stored states: upgraded, checked, or refused with the reason. */
export function parseJourneyState(raw: unknown): JourneyRead {
  const parsed = journeySchema.safeParse(upgrade(raw));
  if (parsed.success) return {ok: true, journey: parsed.data};
  const reason = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'state'}: ${issue.message}`)
    .join('; ');
  return {ok: false, reason};
}

/**
 * A stored journey, or a `STORED_DATA_INVALID` error naming what is wrong: a state that fails
 * its schema was written by a bug or edited by hand, and nothing should be built on it.
 */
export function readJourney(raw: unknown): Journey {
  const read = parseJourneyState(raw);
  if (read.ok) return read.journey;
  throw new HeedError('INTERNAL', `Stored journey state is not valid: ${read.reason}`);
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 → 2: ids became GIDs; the clock, other orders and the webhook step are new. */
function upgrade(raw: unknown): unknown {
  if (!isObject(raw) || raw.version !== 1) return raw;
  const {mergedFrom: _merged, ...rest} = raw;
  const completion = isObject(raw.completion)
    ? {...raw.completion, orderId: gidOrKeep(orderGid, raw.completion.orderId)}
    : raw.completion;
  const identity = isObject(raw.identity)
    ? {...raw.identity, customerId: gidOrKeep(customerGid, raw.identity.customerId)}
    : raw.identity;
  const outcomes = Array.isArray(raw.outcomes)
    ? raw.outcomes.map((o: unknown) =>
        isObject(o) ? {...o, orderId: gidOrKeep(orderGid, o.orderId)} : o,
      )
    : raw.outcomes;
  const cart =
    isObject(raw.cart) && Array.isArray(raw.cart.lines)
      ? {
          ...raw.cart,
          lines: raw.cart.lines.map((line: unknown) =>
            isObject(line) ? {...line, variantId: gidOrKeep(variantGid, line.variantId)} : line,
          ),
        }
      : raw.cart;
  return {
    ...rest,
    version: 2,
    // Version 1 kept the browser's times as they came.
    clock: {offsetMs: 0},
    completion,
    identity,
    outcomes,
    cart,
    otherOrders: [],
    webhookStep: null,
  };
}

function gidOrKeep(toGid: (id: string) => string | null, value: unknown): unknown {
  return typeof value === 'string' ? (toGid(value) ?? value) : value;
}
