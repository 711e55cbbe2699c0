import type {CampaignSummary} from '../storage/campaigns-repository';
import type {Signal} from '../storage/signals-repository';
import type {WordValue} from '../sentences/wording';
import {clause, promiseWording, sentenceOf, told} from '../signals/wording';

export type OutcomeState =
  | 'applied'
  | 'could_not_apply'
  | 'thank_you_mismatch'
  | 'thank_you_confirmed';
export type OutcomeReason = 'apply_error' | 'no_allocation' | 'cannot_update';

export interface CheckoutOutcome {
  campaignId: string;
  code: string;
  state: OutcomeState;
  reason?: OutcomeReason | undefined;
  orderId?: string | undefined;
  checkoutToken?: string | undefined;
}

const OUTCOME_REASONS: ReadonlySet<string> = new Set<OutcomeReason>([
  'apply_error',
  'no_allocation',
  'cannot_update',
]);

/** "Shopify refused the code when Heed applied it": why the extension could not apply the code. */
export function reasonWording(reason: string | null | undefined): WordValue {
  const known = reason && OUTCOME_REASONS.has(reason) ? reason : 'apply_error';
  return clause(`promoNotApplied.reason.${known}`);
}

/**
 * Outcomes that break a promise become signals for a person: what the email promised, what the
 * shopper met, in one sentence. Outcomes that kept it are not signals.
 */
export function outcomeSignal(
  outcome: CheckoutOutcome,
  campaign: CampaignSummary,
  context: {
    shop: string;
    customerId: string | null;
    currencyCode: string;
    timeZone: string | null;
    id: string;
    now: number;
  },
): Signal | null {
  if (outcome.state === 'applied' || outcome.state === 'thank_you_confirmed') return null;
  const promise = {say: promiseWording(campaign.promise, context.currencyCode)};
  const mismatch = outcome.state === 'thank_you_mismatch';
  const wording = mismatch
    ? sentenceOf('promoMissing.withCode', {
        email: clause('promoMissing.email', {campaign: campaign.name}),
        promised: clause('promoMissing.promised', {promise}),
        code: outcome.code,
      })
    : sentenceOf('promoNotApplied.outcome', {
        campaign: campaign.name,
        promise,
        reason: reasonWording(outcome.reason),
        code: outcome.code,
      });
  return {
    id: context.id,
    shop: context.shop,
    type: mismatch ? 'promo_missing_on_order' : 'promo_not_applied',
    severity: mismatch ? 'critical' : 'high',
    ...told(wording, context.timeZone),
    evidence: {
      campaignId: campaign.id,
      code: outcome.code,
      state: outcome.state,
      reason: outcome.reason ?? null,
      orderId: outcome.orderId ?? null,
    },
    source: 'checkout_extension',
    campaignId: campaign.id,
    checkoutToken: outcome.checkoutToken ?? null,
    orderId: outcome.orderId ?? null,
    customerId: context.customerId,
    occurredAt: context.now,
    recordedAt: context.now,
  };
}
