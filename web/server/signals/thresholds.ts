import {z} from 'zod';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export const STALL_AFTER_MS = 4 * MINUTE_MS;
export const ABANDON_AFTER_MS = 30 * MINUTE_MS;
export const SHIPPING_SHOCK_LEFT_AFTER_MS = 10 * MINUTE_MS;
export const REPEATED_EDITS_AT = 4;
export const SHIPPING_SHOCK_SHARE = 0.25;

const duration = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * What counts as hesitation in one shop. Every field has a default, so `{}` is a valid setting and
 * a shop only stores what it changed.
 */
export const thresholdsSchema = z.object({
  /** Time on one step without moving on before it is a stall. */
  stallAfterMs: duration(MINUTE_MS / 2, DAY_MS).default(STALL_AFTER_MS),
  /** Per-step overrides: payment often needs longer than contact. */
  stallAfterMsByStep: z
    .object({
      contact: duration(MINUTE_MS / 2, DAY_MS).optional(),
      delivery: duration(MINUTE_MS / 2, DAY_MS).optional(),
      shipping: duration(MINUTE_MS / 2, DAY_MS).optional(),
      payment: duration(MINUTE_MS / 2, DAY_MS).optional(),
    })
    .default({}),
  /** No order this long after the last activity: abandoned. */
  abandonAfterMs: duration(5 * MINUTE_MS, 30 * DAY_MS).default(ABANDON_AFTER_MS),
  /** Changes of one field before they are "repeated edits". */
  repeatedEditsAt: z.number().int().min(2).max(100).default(REPEATED_EDITS_AT),
  /** Shipping above this share of the subtotal is a shock (0.25 = 25 %). */
  shippingShockShare: z.number().positive().max(10).default(SHIPPING_SHOCK_SHARE),
  /** Silence after seeing that shipping that counts as having left. */
  shippingShockLeftAfterMs: duration(MINUTE_MS, DAY_MS).default(SHIPPING_SHOCK_LEFT_AFTER_MS),
});

export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = thresholdsSchema.parse({});

export type StallStep = keyof Thresholds['stallAfterMsByStep'];

export function stallAfterMs(thresholds: Thresholds, step: StallStep): number {
  return thresholds.stallAfterMsByStep[step] ?? thresholds.stallAfterMs;
}
