import type {BadgeProps} from '@shopify/polaris';

interface ScoreLook {
  label: string;
  tone: BadgeProps['tone'];
}

/**
 * How worried to be about a journey, from its hesitation score (0–100). One broken promise (a
 * high-severity signal, 30 points) is already worth a look; a critical one (45) or several
 * problems together call for a person.
 */
export function scoreLook(score: number): ScoreLook {
  if (score >= 60) return {label: 'High', tone: 'critical'};
  if (score >= 30) return {label: 'Medium', tone: 'warning'};
  if (score > 0) return {label: 'Low', tone: 'attention'};
  return {label: 'None', tone: 'success'};
}
