import {
  hesitationSettingsSchema,
  type HesitationSettings,
  type ThresholdOverrides,
} from '../../../shared/settings-schemas';
import type {ApiClient} from './api-client';

/**
 * `GET/PUT /api/settings/hesitation`: what counts as hesitation in the shop, read and written
 * with the schemas the server checks it with (web/shared/settings-schemas.ts).
 */
export const HESITATION_SETTINGS_PATH = '/api/settings/hesitation';

export {STALL_STEPS} from '../../../shared/settings-schemas';
export type {
  HesitationSettings,
  StallStep,
  ThresholdOverrides,
  Thresholds,
} from '../../../shared/settings-schemas';

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
