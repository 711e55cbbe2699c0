import type {CampaignSummary} from '../storage/campaigns-repository';
import type {Signal} from '../storage/signals-repository';
import {describePromise} from '../campaigns/wording';

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

export const REASON_WORDS: ReadonlyMap<string, string> = new Map<OutcomeReason, string>([
  ['apply_error', 'Shopify refused the code when Heed applied it'],
  ['no_allocation', 'the code was in the checkout but took nothing off'],
  ['cannot_update', 'the checkout did not allow Heed to add the code'],
]);

/**
 * Outcomes that break a promise become signals for a person: what the email promised, what the
 * shopper met, in one sentence. Outcomes that kept it are not signals.
 */
export function outcomeSignal(
  outcome: CheckoutOutcome,
  campaign: CampaignSummary,
  context: {shop: string; customerId: string | null; currencyCode: string; id: string; now: number},
): Signal | null {
  if (outcome.state === 'applied' || outcome.state === 'thank_you_confirmed') return null;
  const promised = describePromise(campaign.promise, context.currencyCode);
  const mismatch = outcome.state === 'thank_you_mismatch';
  const sentence = mismatch
    ? `Placed an order from the “${campaign.name}” email without its promised ${promised} (code ${outcome.code}); the difference is owed.`
    : `Came from the “${campaign.name}” email promising ${promised}, but ${REASON_WORDS.get(outcome.reason ?? 'apply_error') ?? ''} (code ${outcome.code}).`;
  return {
    id: context.id,
    shop: context.shop,
    type: mismatch ? 'promo_missing_on_order' : 'promo_not_applied',
    severity: mismatch ? 'critical' : 'high',
    sentence,
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
