import {compareText} from './pixel-event';
import type {SignalSeverity} from './signal';

/** How much one signal of each severity weighs; repeats of a type add a little each. */
export const SEVERITY_POINTS: Readonly<Record<SignalSeverity, number>> = {
  critical: 45,
  high: 30,
  medium: 15,
  low: 5,
};
const REPEAT_POINTS = 5;
const MAX_REPEAT_POINTS = 10;

const TYPE_LABELS: ReadonlyMap<string, string> = new Map([
  ['promo_not_applied', 'Promised discount not applied'],
  ['promo_missing_on_order', 'Order placed without the promised discount'],
  ['code_rejected', 'Discount code rejected'],
  ['checkout_error', 'Checkout error'],
  ['stalled', 'Stalled on a step'],
  ['step_regression', 'Went back a step'],
  ['repeated_edits', 'Edited a field again and again'],
  ['shipping_shock', 'Left after seeing the shipping price'],
  ['payment_failed', 'Payment failed'],
  ['abandoned', 'Abandoned checkout'],
]);

export interface HesitationScore {
  /** 0 (no hesitation seen) to 100. */
  score: number;
  /** One line per signal type, heaviest first: "+30 Payment failed: …". */
  reasons: string[];
}

/**
 * One number per journey, explained. Each signal type counts once at its worst severity, plus a
 * little for each repeat, so ten small edits never outweigh one broken promise. Works on detected
 * and on stored signals (any `type` string); ended signals count nothing.
 */
export function hesitationScore(
  signals: ReadonlyArray<{
    type: string;
    severity: SignalSeverity;
    sentence: string;
    resolvedAt?: number | null;
  }>,
): HesitationScore {
  const byType = new Map<string, Array<(typeof signals)[number]>>();
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
    const label = TYPE_LABELS.get(type) ?? type.replace(/_/g, ' ');
    const times = group.length > 1 ? ` (${group.length} times)` : '';
    return {type, points, reason: `+${points} ${label}${times}: ${worst.sentence}`};
  });
  parts.sort((a, b) => b.points - a.points || compareText(a.type, b.type));
  const total = parts.reduce((sum, part) => sum + part.points, 0);
  return {score: Math.min(100, total), reasons: parts.map((part) => part.reason)};
}
