import type {BadgeProps} from '@shopify/polaris';
import type {Health} from '../api/campaign-schemas';

interface HealthLook {
  /** Short, for a badge in a table row. */
  label: string;
  /** The verdict at the top of a report. */
  verdict: string;
  tone: BadgeProps['tone'];
  progress: BadgeProps['progress'];
}

export const HEALTH_LOOK: Record<Health, HealthLook> = {
  ready: {
    label: 'Ready',
    verdict: 'Ready to send',
    tone: 'success',
    progress: 'complete',
  },
  warnings: {
    label: 'Warnings',
    verdict: 'Warnings — review before sending',
    tone: 'warning',
    progress: 'partiallyComplete',
  },
  blocked: {
    label: 'Blocked',
    verdict: 'Blocked — do not send yet',
    tone: 'critical',
    progress: 'incomplete',
  },
  unverified: {
    label: 'Not yet verified',
    verdict: 'Not yet verified',
    tone: undefined,
    progress: 'incomplete',
  },
};
