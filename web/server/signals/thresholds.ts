import {z} from 'zod';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export const STALL_AFTER_MS = 4 * MINUTE_MS;
export const ABANDON_AFTER_MS = 30 * MINUTE_MS;
export const SHIPPING_SHOCK_LEFT_AFTER_MS = 10 * MINUTE_MS;
export const REPEATED_EDITS_AT = 4;
export const SHIPPING_SHOCK_SHARE = 0.25;

const duration = (min: number, max: number) => z.number().int().min(min).max(max);

/** Each threshold with the range a shop may set it in. */
const stall = duration(MINUTE_MS / 2, DAY_MS);
const abandon = duration(5 * MINUTE_MS, 30 * DAY_MS);
const repeatedEdits = z.number().int().min(2).max(100);
const shockShare = z.number().positive().max(10);
const shockLeftAfter = duration(MINUTE_MS, DAY_MS);
const stallByStep = z.strictObject({
  contact: stall.optional(),
  delivery: stall.optional(),
  shipping: stall.optional(),
  payment: stall.optional(),
});

/**
 * What counts as hesitation in one shop. Every field has a default, so `{}` is a valid setting and
 * a shop only stores what it changed.
 */
export const thresholdsSchema = z.object({
  /** Time on one step without moving on before it is a stall. */
  stallAfterMs: stall.default(STALL_AFTER_MS),
  /** Per-step overrides: payment often needs longer than contact. */
  stallAfterMsByStep: stallByStep.default({}),
  /** No order this long after the last activity: abandoned. */
  abandonAfterMs: abandon.default(ABANDON_AFTER_MS),
  /** Changes of one field before they are "repeated edits". */
  repeatedEditsAt: repeatedEdits.default(REPEATED_EDITS_AT),
  /** Shipping above this share of the subtotal is a shock (0.25 = 25 %). */
  shippingShockShare: shockShare.default(SHIPPING_SHOCK_SHARE),
  /** Silence after seeing that shipping that counts as having left. */
  shippingShockLeftAfterMs: shockLeftAfter.default(SHIPPING_SHOCK_LEFT_AFTER_MS),
});

/** What a merchant may change: any of the thresholds, nothing else. */
export const thresholdOverridesSchema = z.strictObject({
  stallAfterMs: stall.optional(),
  stallAfterMsByStep: stallByStep.optional(),
  abandonAfterMs: abandon.optional(),
  repeatedEditsAt: repeatedEdits.optional(),
  shippingShockShare: shockShare.optional(),
  shippingShockLeftAfterMs: shockLeftAfter.optional(),
});

export type ThresholdOverrides = z.infer<typeof thresholdOverridesSchema>;

export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = thresholdsSchema.parse({});

export type StallStep = keyof Thresholds['stallAfterMsByStep'];

export function stallAfterMs(thresholds: Thresholds, step: StallStep): number {
  return thresholds.stallAfterMsByStep[step] ?? thresholds.stallAfterMs;
}

/**
 * A shop's thresholds from what it stored. Stored settings were checked when saved; should they no
 * longer fit (a range narrowed in a later release), the defaults apply rather than a failure.
 */
export function thresholdsFrom(stored: unknown): Thresholds {
  const overrides = thresholdOverridesSchema.safeParse(stored);
  return overrides.success ? thresholdsSchema.parse(overrides.data) : DEFAULT_THRESHOLDS;
}

/** The shortest quiet spell after which any shop's time-based detectors could fire. */
export const SHORTEST_QUIET_MS = MINUTE_MS / 2;
