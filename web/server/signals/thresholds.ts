import {
  MINUTE_MS,
  THRESHOLD_DEFAULTS,
  thresholdOverridesSchema,
  thresholdsSchema,
  type StallStep as SharedStallStep,
  type Thresholds,
} from '../../shared/settings-schemas';

// The schemas and limits are shared with the admin's form (web/shared/settings-schemas.ts).
export {thresholdOverridesSchema, thresholdsSchema};
export type {ThresholdOverrides, Thresholds} from '../../shared/settings-schemas';

export const STALL_AFTER_MS = THRESHOLD_DEFAULTS.stallAfterMs;
export const ABANDON_AFTER_MS = THRESHOLD_DEFAULTS.abandonAfterMs;
export const SHIPPING_SHOCK_LEFT_AFTER_MS = THRESHOLD_DEFAULTS.shippingShockLeftAfterMs;
export const REPEATED_EDITS_AT = THRESHOLD_DEFAULTS.repeatedEditsAt;
export const SHIPPING_SHOCK_SHARE = THRESHOLD_DEFAULTS.shippingShockShare;

export const DEFAULT_THRESHOLDS: Thresholds = thresholdsSchema.parse({});

export type StallStep = SharedStallStep;

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
