import {z} from 'zod/mini';

/**
 * The shapes `/api/journeys` and `/api/live` answer with. Times are epoch milliseconds. Signal
 * types stay plain strings: a type the server adds later must still render (with a generic label).
 */

export const CHECKOUT_STEPS = ['contact', 'delivery', 'shipping', 'payment', 'completed'] as const;
export const SIGNAL_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

const moneySchema = z.object({amount: z.number(), currencyCode: z.string()});

const journeySignalSchema = z.object({
  type: z.string(),
  severity: z.enum(SIGNAL_SEVERITIES),
  sentence: z.string(),
  occurredAt: z.number(),
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

/** `event: signal` on the live stream: one newly raised signal. */
export const liveSignalSchema = z.object({
  id: z.string(),
  journeyId: z.nullable(z.string()),
  type: z.string(),
  severity: z.enum(SIGNAL_SEVERITIES),
  sentence: z.string(),
  occurredAt: z.number(),
  campaignId: z.nullable(z.string()),
});

export const journeyListSchema = z.object({journeys: z.array(journeySummarySchema)});
export const journeyDetailSchema = z.object({
  journey: journeySummarySchema,
  timeline: z.array(z.object({step: z.enum(CHECKOUT_STEPS), at: z.number(), event: z.string()})),
});

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];
export type JourneySignal = z.infer<typeof journeySignalSchema>;
export type JourneySummary = z.infer<typeof journeySummarySchema>;
export type LiveSignal = z.infer<typeof liveSignalSchema>;
export type JourneyDetail = z.infer<typeof journeyDetailSchema>;
export type TimelineStep = JourneyDetail['timeline'][number];
