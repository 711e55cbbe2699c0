import {sayStored, englishSayer, type Sayer, type Wording} from '../sentences/wording';
import {SIGNAL_TYPES} from '../../shared/rule-schemas';
import {compareText} from './pixel-event';
import type {SignalSeverity} from './signal';
import {clause, sentenceOf} from './wording';

/** How much one signal of each severity weighs; repeats of a type add a little each. */
export const SEVERITY_POINTS: Readonly<Record<SignalSeverity, number>> = {
  critical: 45,
  high: 30,
  medium: 15,
  low: 5,
};
const REPEAT_POINTS = 5;
const MAX_REPEAT_POINTS = 10;

/** Every signal type has its own label among the score's reasons. */
const LABELLED_TYPES: ReadonlySet<string> = new Set(SIGNAL_TYPES);

export interface HesitationScore {
  /** 0 (no hesitation seen) to 100. */
  score: number;
  /** One line per signal type, heaviest first: "+30 Payment failed: …", in English. */
  reasons: string[];
}

/** What the score reads of a signal: detected and stored signals alike (any `type` string). */
export interface ScoredSignal {
  type: string;
  severity: SignalSeverity;
  sentence: string;
  wording?: Wording | null;
  resolvedAt?: number | null;
}

interface ScorePart<S> {
  type: string;
  points: number;
  count: number;
  worst: S;
}

/**
 * One number per journey, explained. Each signal type counts once at its worst severity, plus a
 * little for each repeat, so ten small edits never outweigh one broken promise. Works on detected
 * and on stored signals (any `type` string); ended signals count nothing.
 */
export function hesitationScore(signals: readonly ScoredSignal[]): HesitationScore {
  const parts = scoreParts(signals);
  const total = parts.reduce((sum, part) => sum + part.points, 0);
  // Staff mail and logs read the sentences as they were stored.
  const english = englishSayer(null);
  return {
    score: Math.min(100, total),
    reasons: parts.map((part) => reasonOf(part, english, part.worst.sentence)),
  };
}

/** The score's reasons for one reader, each signal's sentence in their language. */
export function sayReasons(signals: readonly ScoredSignal[], sayer: Sayer): string[] {
  return scoreParts(signals).map((part) =>
    reasonOf(part, sayer, sayStored(sayer, part.worst.sentence, part.worst.wording)),
  );
}

function scoreParts<S extends ScoredSignal>(signals: readonly S[]): Array<ScorePart<S>> {
  const byType = new Map<string, S[]>();
  // A signal a later fact ended no longer counts (signal-lifecycle.ts).
  for (const signal of signals.filter((s) => s.resolvedAt === null || s.resolvedAt === undefined)) {
    byType.set(signal.type, [...(byType.get(signal.type) ?? []), signal]);
  }
  const parts = [...byType.entries()].map(([type, group]) => {
    const worst = group.reduce((a, b) =>
      SEVERITY_POINTS[b.severity] > SEVERITY_POINTS[a.severity] ? b : a,
    );
    const points =
      SEVERITY_POINTS[worst.severity] +
      Math.min(MAX_REPEAT_POINTS, REPEAT_POINTS * (group.length - 1));
    return {type, points, count: group.length, worst};
  });
  return parts.sort((a, b) => b.points - a.points || compareText(a.type, b.type));
}

function reasonOf(part: ScorePart<ScoredSignal>, sayer: Sayer, sentence: string): string {
  const label = LABELLED_TYPES.has(part.type)
    ? clause(`score.label.${part.type}`)
    : part.type.replace(/_/g, ' ');
  const facts = {points: part.points, label, sentence};
  return sayer.say(
    part.count > 1
      ? sentenceOf('score.reasonRepeated', {...facts, times: part.count})
      : sentenceOf('score.reason', facts),
  );
}
