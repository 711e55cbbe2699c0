import type {Signal} from '../storage/signals-repository';
import type {Journey} from './journey';

/**
 * What the admin's live view shows of a journey: no personal data, just the story. Ended signals
 * stay in it, with the fact that ended them, so a person sees what the shopper met and that it is
 * over; the score and its reasons count only the open ones.
 */
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
      id: s.id,
      type: s.type,
      severity: s.severity,
      sentence: s.sentence,
      occurredAt: s.occurredAt,
      resolvedAt: s.resolvedAt ?? null,
      resolution: s.resolution ?? null,
    })),
  };
}
