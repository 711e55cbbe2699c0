import {describePromise} from '../../campaigns/wording';
import {furthestStep, hasReached} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {stepPhrase} from '../wording';
import {codeEffect, promisedOffer} from './promised-offer';

/**
 * The shopper came from a campaign, got past the contact step, and the newest snapshot of their
 * checkout shows none of the campaign's codes taking anything off.
 */
export const detectPromoNotApplied: Detector = (journey, _now, _thresholds, context) => {
  const offer = promisedOffer(journey, context);
  const cart = journey.cart;
  if (!offer || offer.codes.length === 0 || !cart || !hasReached(journey, 'delivery')) return [];
  const effects = offer.codes.map((code) => ({code, effect: codeEffect(cart, code)}));
  if (effects.some(({effect}) => effect === 'applied')) return [];
  const listed = effects.find(({effect}) => effect === 'no_allocation');
  const code = listed?.code ?? offer.codes[0] ?? '';
  const step = furthestStep(journey);
  const where = step === 'completed' ? 'placed the order' : `reached ${stepPhrase(step)}`;
  const what = listed
    ? `with the code ${code} in the checkout taking nothing off`
    : `with no discount applied (code ${code})`;
  const currency = cart.currencyCode ?? context.currencyCode;
  const sentence = offer.campaign
    ? `Was promised ${describePromise(offer.campaign.promise, currency)} by the “${offer.campaign.name}” email but ${where} ${what}.`
    : `Came from the “${offer.campaignKey ?? code}” email link but ${where} ${what}.`;
  const signal: DetectedSignal = {
    type: 'promo_not_applied',
    severity: step === 'completed' ? 'critical' : 'high',
    sentence,
    dedupeKey: `promo_not_applied:${code}`,
    occurredAt: cart.asOf.at,
    step,
    evidence: {
      eventIds: eventIds(...offer.eventIds, cart.asOf.eventId),
      campaignId: offer.campaignId,
      campaignKey: offer.campaignKey,
      code,
      codeInCheckout: listed !== undefined,
      discountsAmount: cart.discountsAmount?.amount ?? 0,
      extensionReasons: journey.outcomes
        .filter((o) => o.state === 'could_not_apply' && o.reason !== null)
        .map((o) => o.reason ?? ''),
    },
  };
  return [signal];
};
