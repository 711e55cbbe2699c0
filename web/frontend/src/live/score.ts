import type {BadgeProps} from '@shopify/polaris';
import type {JourneySignal, SignalSeverity} from '../api/journey-schemas';
import {openSignals} from './signal-ending';
import {mostSevere, SEVERITY_LOOK} from './signal-types';

interface ScoreLook {
  /** The word in English; the admin shows `severity.<level>` from the `live` namespace. */
  label: string;
  level: SignalSeverity | 'none';
  tone: BadgeProps['tone'];
}

const NO_WORRY: ScoreLook = {label: 'None', level: 'none', tone: 'success'};
const LEVELS: readonly SignalSeverity[] = ['low', 'medium', 'high', 'critical'];

/**
 * How worried to be about a journey, from its hesitation score (0–100), on the signals' own scale
 * (SEVERITY_LOOK: one word, one colour). One broken promise (a high-severity signal, 30 points) is
 * already worth a look; several problems together call for a person. The word is never milder than
 * the worst open signal: a critical signal alone (45 points) reads Critical, as its badge does.
 */
export function scoreLook(score: number, signals: readonly JourneySignal[] = []): ScoreLook {
  const byScore = levelOf(score);
  const worst = mostSevere(openSignals(signals))?.severity;
  const rank = (level: SignalSeverity | null) => (level === null ? -1 : LEVELS.indexOf(level));
  const level = rank(worst ?? null) > rank(byScore) ? (worst ?? null) : byScore;
  return level === null ? NO_WORRY : {...SEVERITY_LOOK[level], level};
}

function levelOf(score: number): SignalSeverity | null {
  if (score >= 80) return 'critical';
  if (score >= 60) return 'high';
  if (score >= 30) return 'medium';
  if (score > 0) return 'low';
  return null;
}
