import {reasonWording} from '../../checkout/outcome-signal';
import type {WordValue} from '../../sentences/wording';
import {furthestStep, hasReached, stepTransitions} from '../journey-views';
import type {Journey} from '../journey';
import {eventIds} from '../signal';
import type {DetectedSignal, DetectionContext, Detector} from '../signal';
import {clause, clockAt, place, promiseWording, sentenceOf, told} from '../wording';
import {codeEffect, promisedOffer} from './promised-offer';
import type {PromisedOffer} from './promised-offer';

/**
 * The shopper came from a campaign, got past the contact step, and the newest snapshot of their
 * checkout shows none of the campaign's codes taking anything off — or, with no snapshot (no
 * analytics consent), the checkout extension reported it could not apply the code. The sentence
 * says when and where it was first true, and where the shopper went since.
 */
export const detectPromoNotApplied: Detector = (journey, _now, _thresholds, context) => {
  const offer = promisedOffer(journey, context);
  if (!offer || offer.codes.length === 0) return [];
  // The Thank you page's own report tells the broken promise on the order (promo_missing_on_order).
  if (journey.outcomes.some((o) => o.state === 'thank_you_mismatch')) return [];
  const cart = journey.cart;
  // With no snapshot of the cart (no analytics consent), the extension's report is the evidence.
  if (!cart) return fromExtension(journey, offer, context);
  if (!hasReached(journey, 'delivery')) return [];
  const effects = offer.codes.map((code) => ({code, effect: codeEffect(cart, code)}));
  if (effects.some(({effect}) => effect === 'applied')) return [];
  const listed = effects.find(({effect}) => effect === 'no_allocation');
  const code = listed?.code ?? offer.codes[0] ?? '';
  const step = furthestStep(journey);
  const seenAt = firstMissingAt(journey);
  const then = sinceThen(journey, seenAt);
  const facts = {
    promise: promisePhrase(offer, context, cart.currencyCode),
    time: clockAt(seenAt.at),
    place: place('on', seenAt.step),
    what: clause(listed ? 'promoNotApplied.listed' : 'promoNotApplied.missing', {code}),
  };
  const wording = then
    ? sentenceOf('promoNotApplied.seenThen', {...facts, then})
    : sentenceOf('promoNotApplied.seen', facts);
  const signal: DetectedSignal = {
    type: 'promo_not_applied',
    severity: step === 'completed' ? 'critical' : 'high',
    ...told(wording, context.timeZone),
    dedupeKey: `promo_not_applied:${code}`,
    occurredAt: seenAt.at,
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

function promisePhrase(
  offer: PromisedOffer,
  context: DetectionContext,
  currencyCode: string | null,
): WordValue {
  const currency = currencyCode ?? context.currencyCode;
  return offer.campaign
    ? clause('promoNotApplied.promisedBy', {
        promise: {say: promiseWording(offer.campaign.promise, currency)},
        campaign: offer.campaign.name,
      })
    : clause('promoNotApplied.cameFrom', {link: offer.campaignKey ?? offer.codes[0] ?? ''});
}

/** When the promise was first seen broken: on reaching the delivery step, where it is checked. */
function firstMissingAt(journey: Journey): {at: number; step: Journey['currentStep']} {
  const reached = stepTransitions(journey).find((t) => t.to !== 'contact');
  if (reached) return {at: reached.at, step: reached.to};
  const byWebhook = journey.webhookStep;
  if (byWebhook) return {at: byWebhook.at, step: byWebhook.step};
  const done = journey.completion;
  return {at: done?.at ?? journey.lastActivityAt, step: done ? 'completed' : journey.currentStep};
}

/** "went on to the payment step at 10:44", "placed the order at 10:52 without it"; or nothing. */
function sinceThen(
  journey: Journey,
  seen: {at: number; step: Journey['currentStep']},
): WordValue | null {
  if (journey.completion && seen.step !== 'completed')
    return clause('promoNotApplied.ordered', {time: clockAt(journey.completion.at)});
  const latest = stepTransitions(journey).at(-1);
  if (latest && latest.at > seen.at && latest.to !== seen.step)
    return clause('promoNotApplied.wentOn', {
      place: place('to', latest.to),
      time: clockAt(latest.at),
    });
  return null;
}

function fromExtension(
  journey: Journey,
  offer: PromisedOffer,
  context: DetectionContext,
): DetectedSignal[] {
  const refused = journey.outcomes.find((o) => o.state === 'could_not_apply');
  if (!refused) return [];
  const applied = journey.outcomes.some((o) => o.state === 'applied' && o.at > refused.at);
  if (applied) return [];
  const code = refused.code ?? offer.codes[0] ?? '';
  const wording = sentenceOf('promoNotApplied.refused', {
    promise: promisePhrase(offer, context, journey.cart?.currencyCode ?? null),
    time: clockAt(refused.at),
    reason: reasonWording(refused.reason),
    code,
  });
  return [
    {
      type: 'promo_not_applied',
      severity: journey.completion ? 'critical' : 'high',
      ...told(wording, context.timeZone),
      dedupeKey: `promo_not_applied:${code.toUpperCase()}`,
      occurredAt: refused.at,
      step: furthestStep(journey),
      evidence: {
        eventIds: eventIds(...offer.eventIds, refused.eventId),
        campaignId: offer.campaignId,
        campaignKey: offer.campaignKey,
        code,
        codeInCheckout: false,
        discountsAmount: 0,
        extensionReasons: journey.outcomes
          .filter((o) => o.state === 'could_not_apply' && o.reason !== null)
          .map((o) => o.reason ?? ''),
      },
    },
  ];
}
