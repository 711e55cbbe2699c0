import type {BadgeProps} from '@shopify/polaris';
import type {Health} from '../api/campaign-schemas';

/**
 * How a verdict looks. Its words are `campaigns:health.<health>.label` (short, for a badge in a
 * table row) and `.verdict` (at the top of a report).
 */
interface HealthLook {
  tone: BadgeProps['tone'];
  progress: BadgeProps['progress'];
}

export const HEALTH_LOOK: Record<Health, HealthLook> = {
  ready: {
    tone: 'success',
    progress: 'complete',
  },
  warnings: {
    tone: 'warning',
    progress: 'partiallyComplete',
  },
  blocked: {
    tone: 'critical',
    progress: 'incomplete',
  },
  unverified: {
    tone: undefined,
    progress: 'incomplete',
  },
};
