import {z} from 'zod/mini';
import type {ApiClient} from './api-client';

/**
 * `GET/PUT /api/settings/hesitation`: what counts as hesitation in the shop. Durations are
 * milliseconds; `shippingShockShare` is a share of the subtotal (0.25 = 25 %).
 */
export const HESITATION_SETTINGS_PATH = '/api/settings/hesitation';

export const STALL_STEPS = ['contact', 'delivery', 'shipping', 'payment'] as const;

const thresholdsSchema = z.object({
  stallAfterMs: z.number(),
  stallAfterMsByStep: z.object({
    contact: z.optional(z.number()),
    delivery: z.optional(z.number()),
    shipping: z.optional(z.number()),
    payment: z.optional(z.number()),
  }),
  abandonAfterMs: z.number(),
  repeatedEditsAt: z.number(),
  shippingShockShare: z.number(),
  shippingShockLeftAfterMs: z.number(),
});

const hesitationSettingsSchema = z.object({
  /** What applies now. */
  thresholds: thresholdsSchema,
  /** Heed's own values, which apply wherever the shop changed nothing. */
  defaults: thresholdsSchema,
  /** Only what this shop changed. */
  overrides: z.partial(thresholdsSchema),
});

export type Thresholds = z.infer<typeof thresholdsSchema>;
export type ThresholdOverrides = Partial<Thresholds>;
export type HesitationSettings = z.infer<typeof hesitationSettingsSchema>;
export type StallStep = (typeof STALL_STEPS)[number];

// Module-level: `useApiQuery` refetches when its parser changes identity.
export const parseHesitationSettings = (body: unknown): HesitationSettings =>
  hesitationSettingsSchema.parse(body);

/** Keeps exactly `overrides` (`{}` restores every default) and answers the settings now in force. */
export function saveHesitationOverrides(
  client: ApiClient,
  overrides: ThresholdOverrides,
): Promise<HesitationSettings> {
  return client.request(HESITATION_SETTINGS_PATH, parseHesitationSettings, {
    method: 'PUT',
    body: overrides,
  });
}
