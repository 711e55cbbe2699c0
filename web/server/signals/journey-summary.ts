import type {Signal} from '../storage/signals-repository';
import type {Journey} from './journey';

/** What the admin's live view shows of a journey: no personal data, just the story. */
export function journeySummary(
  journey: Journey,
  score: {score: number; reasons: string[]},
  signals: Signal[],
) {
  return {
    id: journey.id,
    checkoutToken: journey.checkoutToken,
    currentStep: journey.currentStep,
    startedAt: journey.startedAt,
    lastActivityAt: journey.lastActivityAt,
    completedAt: journey.completion?.at ?? null,
    campaignKey: journey.attribution?.campaignKey ?? null,
    cart: journey.cart
      ? {
          total: journey.cart.total,
          lines: journey.cart.lines.length,
          currencyCode: journey.cart.currencyCode,
        }
      : null,
    score: score.score,
    reasons: score.reasons,
    signals: signals.map((s) => ({
      type: s.type,
      severity: s.severity,
      sentence: s.sentence,
      occurredAt: s.occurredAt,
    })),
  };
}
