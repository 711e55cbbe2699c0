import {describe, expect, it} from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  SHORTEST_QUIET_MS,
  stallAfterMs,
  thresholdOverridesSchema,
  thresholdsFrom,
} from '../../../web/server/signals/thresholds';

describe('per-shop thresholds', () => {
  it('when a shop stored nothing, then the defaults apply', () => {
    expect(thresholdsFrom({})).toEqual(DEFAULT_THRESHOLDS);
  });

  it('when a shop changed one step, then that step follows it and the others the general value', () => {
    const thresholds = thresholdsFrom({
      stallAfterMs: 300_000,
      stallAfterMsByStep: {payment: 900_000},
    });
    expect(stallAfterMs(thresholds, 'payment')).toBe(900_000);
    expect(stallAfterMs(thresholds, 'contact')).toBe(300_000);
  });

  it('when what was stored no longer fits the ranges, then the defaults apply rather than a failure', () => {
    expect(thresholdsFrom({repeatedEditsAt: 1})).toEqual(DEFAULT_THRESHOLDS);
    expect(thresholdsFrom('garbage')).toEqual(DEFAULT_THRESHOLDS);
  });

  it('when a merchant sends an unknown setting, then it is refused', () => {
    expect(thresholdOverridesSchema.safeParse({stalAfterMs: 300_000}).success).toBe(false);
    expect(thresholdOverridesSchema.safeParse({stallAfterMsByStep: {review: 60_000}}).success).toBe(
      false,
    );
  });

  it('when the sweep looks for quiet checkouts, then it looks no later than the shortest threshold any shop may set', () => {
    const shortest = thresholdsFrom({
      stallAfterMs: SHORTEST_QUIET_MS,
      shippingShockLeftAfterMs: 60_000,
      abandonAfterMs: 5 * 60_000,
    });
    expect(
      Math.min(shortest.stallAfterMs, shortest.shippingShockLeftAfterMs, shortest.abandonAfterMs),
    ).toBe(SHORTEST_QUIET_MS);
    expect(thresholdOverridesSchema.safeParse({stallAfterMs: SHORTEST_QUIET_MS - 1}).success).toBe(
      false,
    );
  });
});
