import type {StandardApi} from '@shopify/ui-extensions/checkout';
import {postOutcome, type GetToken, type Outcome} from './backend';
import type {CheckoutView, ThankYouView} from './decide';
import type {Offer} from './offer';

/** The custom event the hesitation pixel listens for. */
export const NOT_APPLIED_EVENT = 'heed:promo_not_applied';

export interface ReportContext {
  getToken: GetToken;
  analytics: StandardApi['analytics'];
}

/**
 * Tells Heed (and, for a failed promise, the web pixel) what the shopper met. Never awaited by the
 * UI and never throws: reporting is for the people behind the store, not for this checkout.
 */
export function reportOutcome(outcome: Outcome, context: ReportContext): void {
  if (outcome.state === 'could_not_apply') {
    const event = {campaignId: outcome.campaignId, code: outcome.code, reason: outcome.reason};
    try {
      context.analytics.publish(NOT_APPLIED_EVENT, event).catch(() => undefined);
    } catch {
      // Publishing is best effort; the outcome below reaches Heed regardless.
    }
  }
  void postOutcome(outcome, context.getToken);
}

/** A key per distinct outcome, so that re-renders report each one once per visit. */
export function outcomeKey(outcome: Outcome): string {
  return [outcome.campaignId, outcome.state, outcome.reason ?? ''].join('|');
}

/** What Heed hears from the checkout step; waiting states say nothing. */
export function checkoutOutcome(
  view: CheckoutView,
  offer: Offer,
  checkoutToken?: string,
): Outcome | null {
  const base = {
    campaignId: offer.campaignId,
    code: offer.code,
    ...(checkoutToken && {checkoutToken}),
  };
  if (view.kind === 'applied') {
    return {...base, state: 'applied', ...(view.saved && {amountSaved: view.saved})};
  }
  if (view.kind === 'not_applied') return {...base, state: 'could_not_apply', reason: view.reason};
  return null;
}

/** What Heed hears from the thank-you page; a mismatch becomes a case for a person. */
export function thankYouOutcome(
  view: ThankYouView,
  offer: Offer,
  orderId: string,
  checkoutToken?: string,
): Outcome {
  // The checkout token joins the order's outcome to the shopper's journey in Heed.
  const base = {
    campaignId: offer.campaignId,
    code: offer.code,
    orderId,
    ...(checkoutToken && {checkoutToken}),
  };
  return view.kind === 'confirmed'
    ? {...base, state: 'thank_you_confirmed', ...(view.saved && {amountSaved: view.saved})}
    : {...base, state: 'thank_you_mismatch', ...(view.reason && {reason: view.reason})};
}
