import {z} from 'zod/mini';

/**
 * The shapes `/api/journeys` and `/api/live` answer with. Times are epoch milliseconds. Signal
 * types stay plain strings: a type the server adds later must still render (with a generic label).
 */

export const CHECKOUT_STEPS = ['contact', 'delivery', 'shipping', 'payment', 'completed'] as const;
export const SIGNAL_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

const moneySchema = z.object({amount: z.number(), currencyCode: z.string()});

/**
 * A signal ends when a later fact contradicts it (the order came, the code applied): it stays in
 * the story with that fact, and counts no more in the score.
 */
const signalEndingShape = {
  resolvedAt: z.nullable(z.number()),
  /** The fact that ended it, in a sentence: "The shopper bought at 10:52: the checkout completed." */
  resolution: z.nullable(z.string()),
};

const journeySignalSchema = z.object({
  id: z.string(),
  type: z.string(),
  severity: z.enum(SIGNAL_SEVERITIES),
  sentence: z.string(),
  occurredAt: z.number(),
  ...signalEndingShape,
});

export const journeySummarySchema = z.object({
  id: z.string(),
  checkoutToken: z.nullable(z.string()),
  currentStep: z.nullable(z.enum(CHECKOUT_STEPS)),
  startedAt: z.number(),
  lastActivityAt: z.number(),
  completedAt: z.nullable(z.number()),
  campaignKey: z.nullable(z.string()),
  cart: z.nullable(
    z.object({
      total: z.nullable(moneySchema),
      lines: z.number(),
      currencyCode: z.nullable(z.string()),
    }),
  ),
  score: z.number(),
  reasons: z.array(z.string()),
  signals: z.array(journeySignalSchema),
});

/** `event: signal` on the live stream: a signal raised, told anew, or ended. */
export const liveSignalSchema = z.object({
  id: z.string(),
  journeyId: z.nullable(z.string()),
  type: z.string(),
  severity: z.enum(SIGNAL_SEVERITIES),
  sentence: z.string(),
  occurredAt: z.number(),
  campaignId: z.nullable(z.string()),
  ...signalEndingShape,
});

export const CUSTOMER_STATUSES = ['new', 'returning', 'unknown'] as const;
export const CODE_EFFECTS = ['applied', 'no_allocation', 'absent'] as const;

const cartLineSchema = z.object({
  title: z.nullable(z.string()),
  /** The Admin API GID, `gid://shopify/ProductVariant/…`. */
  variantId: z.nullable(z.string()),
  sku: z.nullable(z.string()),
  quantity: z.number(),
  linePrice: z.nullable(moneySchema),
  discountAllocations: z.array(z.object({code: z.string(), type: z.string(), amount: moneySchema})),
});

/** What a staff member acts on: the cart, the codes, the promise, who the shopper is. */
const journeyFactsSchema = z.object({
  cart: z.nullable(
    z.object({
      asOf: z.number(),
      source: z.string(),
      currencyCode: z.string(),
      lines: z.array(cartLineSchema),
      subtotal: z.nullable(moneySchema),
      shipping: z.nullable(moneySchema),
      tax: z.nullable(moneySchema),
      total: z.nullable(moneySchema),
      discountsAmount: z.nullable(moneySchema),
    }),
  ),
  codes: z.object({
    tried: z.array(
      z.object({
        code: z.nullable(z.string()),
        message: z.string(),
        times: z.number(),
        firstAt: z.number(),
        appliedLater: z.boolean(),
      }),
    ),
    applied: z.array(
      z.object({
        code: z.string(),
        type: z.string(),
        targetType: z.nullable(z.string()),
        amount: z.nullable(moneySchema),
      }),
    ),
    seen: z.array(z.string()),
  }),
  promise: z.nullable(
    z.object({
      campaign: z.nullable(z.object({id: z.string(), name: z.string(), key: z.string()})),
      campaignKey: z.nullable(z.string()),
      promised: z.nullable(z.string()),
      codes: z.array(z.object({code: z.string(), effect: z.nullable(z.enum(CODE_EFFECTS))})),
      applied: z.nullable(z.boolean()),
      brokenSignal: z.nullable(
        z.object({type: z.string(), sentence: z.string(), occurredAt: z.number()}),
      ),
    }),
  ),
  shopper: z.object({
    customerId: z.nullable(z.string()),
    status: z.enum(CUSTOMER_STATUSES),
    basis: z.string(),
    acceptsEmailMarketing: z.nullable(z.boolean()),
  }),
  progress: z.object({
    current: z.nullable(z.enum(CHECKOUT_STEPS)),
    furthest: z.nullable(z.enum(CHECKOUT_STEPS)),
  }),
  completion: z.nullable(z.object({at: z.number(), orderId: z.nullable(z.string())})),
});

export const journeyListSchema = z.object({journeys: z.array(journeySummarySchema)});
/** What the live list needs of `GET /api/journeys/:id`: the journey's row, nothing more. */
export const journeyOfDetailSchema = z.object({journey: journeySummarySchema});
export const journeyDetailSchema = z.object({
  journey: journeySummarySchema,
  timeline: z.array(z.object({step: z.enum(CHECKOUT_STEPS), at: z.number(), event: z.string()})),
  detail: journeyFactsSchema,
});

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];
export type JourneySignal = z.infer<typeof journeySignalSchema>;
export type JourneySummary = z.infer<typeof journeySummarySchema>;
export type LiveSignal = z.infer<typeof liveSignalSchema>;
export type JourneyDetail = z.infer<typeof journeyDetailSchema>;
export type TimelineStep = JourneyDetail['timeline'][number];
export type JourneyFacts = z.infer<typeof journeyFactsSchema>;
export type CartFacts = NonNullable<JourneyFacts['cart']>;
export type CodeFacts = JourneyFacts['codes'];
export type PromiseFacts = NonNullable<JourneyFacts['promise']>;
export type ShopperFacts = JourneyFacts['shopper'];
export type CustomerStatus = ShopperFacts['status'];
export type Money = z.infer<typeof moneySchema>;
