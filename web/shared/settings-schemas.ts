import {z} from 'zod/mini';

/**
 * The shop's hesitation thresholds, one definition for the server (what it accepts and stores)
 * and the admin (what its form allows, and what it reads back). Durations are milliseconds;
 * `shippingShockShare` is a share of the subtotal (0.25 = 25 %). zod/mini keeps the admin's bundle
 * small; the server reads the same schemas.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

export const STALL_STEPS = ['contact', 'delivery', 'shipping', 'payment'] as const;
export type StallStep = (typeof STALL_STEPS)[number];

/** The range a shop may set each threshold in; `exclusiveMin`: the minimum itself is refused. */
export const THRESHOLD_LIMITS = {
  stall: {min: MINUTE_MS / 2, max: DAY_MS, whole: true, exclusiveMin: false},
  abandon: {min: 5 * MINUTE_MS, max: 30 * DAY_MS, whole: true, exclusiveMin: false},
  repeatedEdits: {min: 2, max: 100, whole: true, exclusiveMin: false},
  shockShare: {min: 0, max: 10, whole: false, exclusiveMin: true},
  shockLeftAfter: {min: MINUTE_MS, max: DAY_MS, whole: true, exclusiveMin: false},
} as const;

export type ThresholdLimit = (typeof THRESHOLD_LIMITS)[keyof typeof THRESHOLD_LIMITS];

export const THRESHOLD_DEFAULTS = {
  stallAfterMs: 4 * MINUTE_MS,
  abandonAfterMs: 30 * MINUTE_MS,
  repeatedEditsAt: 4,
  shippingShockShare: 0.25,
  shippingShockLeftAfterMs: 10 * MINUTE_MS,
} as const;

/** Whether `value` lies in `limit`'s range: the one test the schemas and the form both make. */
export function withinLimit(limit: ThresholdLimit, value: number): boolean {
  if (limit.whole && !Number.isInteger(value)) return false;
  const tooLow = limit.exclusiveMin ? value <= limit.min : value < limit.min;
  return !tooLow && value <= limit.max;
}

/**
 * What the server says of a value outside its range, in English; the admin says the same in the
 * merchant's language (`settings:hesitation.fields.<key>.outOfRange`, `hesitation.whole`).
 */
export const THRESHOLD_MESSAGES = {
  stall: 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)',
  abandon: 'Use 5 to 43,200 minutes (30 days)',
  repeatedEdits: 'Use a whole number from 2 to 100',
  shippingShock: 'Use more than 0% and at most 1,000%',
  shockLeftAfter: 'Use 1 to 1,440 minutes (1 day)',
  whole: 'Enter a whole number',
} as const;

function limited(limit: ThresholdLimit, outOfRange: string) {
  const range = [
    limit.exclusiveMin
      ? z.gt(limit.min, {error: outOfRange})
      : z.gte(limit.min, {error: outOfRange}),
    z.lte(limit.max, {error: outOfRange}),
  ];
  return limit.whole
    ? z.number().check(z.refine(Number.isInteger, {error: THRESHOLD_MESSAGES.whole}), ...range)
    : z.number().check(...range);
}

const stall = limited(THRESHOLD_LIMITS.stall, THRESHOLD_MESSAGES.stall);
const abandon = limited(THRESHOLD_LIMITS.abandon, THRESHOLD_MESSAGES.abandon);
const repeatedEdits = limited(THRESHOLD_LIMITS.repeatedEdits, THRESHOLD_MESSAGES.repeatedEdits);
const shockShare = limited(THRESHOLD_LIMITS.shockShare, THRESHOLD_MESSAGES.shippingShock);
const shockLeftAfter = limited(THRESHOLD_LIMITS.shockLeftAfter, THRESHOLD_MESSAGES.shockLeftAfter);
const stallByStep = z.strictObject({
  contact: z.optional(stall),
  delivery: z.optional(stall),
  shipping: z.optional(stall),
  payment: z.optional(stall),
});

/**
 * What counts as hesitation in one shop. Every field has a default, so `{}` is a valid setting and
 * a shop only stores what it changed.
 */
export const thresholdsSchema = z.object({
  /** Time on one step without moving on before it is a stall. */
  stallAfterMs: z._default(stall, THRESHOLD_DEFAULTS.stallAfterMs),
  /** Per-step overrides: payment often needs longer than contact. */
  stallAfterMsByStep: z._default(stallByStep, {}),
  /** No order this long after the last activity: abandoned. */
  abandonAfterMs: z._default(abandon, THRESHOLD_DEFAULTS.abandonAfterMs),
  /** Changes of one field before they are "repeated edits". */
  repeatedEditsAt: z._default(repeatedEdits, THRESHOLD_DEFAULTS.repeatedEditsAt),
  /** Shipping above this share of the subtotal is a shock (0.25 = 25 %). */
  shippingShockShare: z._default(shockShare, THRESHOLD_DEFAULTS.shippingShockShare),
  /** Silence after seeing that shipping that counts as having left. */
  shippingShockLeftAfterMs: z._default(shockLeftAfter, THRESHOLD_DEFAULTS.shippingShockLeftAfterMs),
});

/** What a merchant may change: any of the thresholds, nothing else. */
export const thresholdOverridesSchema = z.strictObject({
  stallAfterMs: z.optional(stall),
  stallAfterMsByStep: z.optional(stallByStep),
  abandonAfterMs: z.optional(abandon),
  repeatedEditsAt: z.optional(repeatedEdits),
  shippingShockShare: z.optional(shockShare),
  shippingShockLeftAfterMs: z.optional(shockLeftAfter),
});

export type Thresholds = z.output<typeof thresholdsSchema>;
export type ThresholdOverrides = z.output<typeof thresholdOverridesSchema>;

/** `GET/PUT /api/settings/hesitation`'s answer: what applies, Heed's defaults, what the shop changed. */
export const hesitationSettingsSchema = z.object({
  thresholds: thresholdsSchema,
  defaults: thresholdsSchema,
  overrides: thresholdOverridesSchema,
});

export type HesitationSettings = z.output<typeof hesitationSettingsSchema>;
