import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
import {englishSayer, type Wording} from '../sentences/wording';
import {caseWording, clause} from './case-words';
import type {ContactBasis, MarketingState} from './types';

export interface ContactBasisInput {
  /** The types of the case's signals. */
  signalTypes: string[];
  /** The shopper asked for a person ("Have someone from the shop contact me"). */
  shopperAsked: boolean;
  /** Fresh from the Admin API; null when Heed could not read it. */
  marketingState: MarketingState | null;
  /** What the checkout said; read only when no fresh marketing state is known. */
  acceptsEmailMarketing: boolean | null;
}

export type ContactBasisDecision =
  | {allowed: true; basis: ContactBasis; reason: string; wording: Wording}
  | {allowed: false; basis: null; reason: string; wording: Wording};

const PROMISE_WORDS: ReadonlyMap<string, string> = new Map([
  ['promo_not_applied', 'promoNotApplied'],
  ['promo_missing_on_order', 'promoMissingOnOrder'],
]);

const NOT_SUBSCRIBED_WORDS: Readonly<Record<Exclude<MarketingState, 'SUBSCRIBED'>, string>> = {
  NOT_SUBSCRIBED: 'notSubscribed',
  PENDING: 'pending',
  UNSUBSCRIBED: 'unsubscribed',
  REDACTED: 'redacted',
  INVALID: 'invalid',
};

/**
 * Whether Heed may contact this shopper at all, and on what basis. A shopper who asked for a
 * person gave the basis themselves, and it is recorded as theirs even where a promise broke; a
 * promise the shop made to this shopper and broke is service recovery; otherwise the shopper must
 * be subscribed to email marketing. Shopify's fresh marketing state wins over what the checkout
 * said: a shopper who unsubscribed since is not contacted on the checkout's old word.
 */
export function contactBasis(input: ContactBasisInput): ContactBasisDecision {
  if (input.shopperAsked) return allowed('shopper_asked', 'shopperAsked');
  const promise = input.signalTypes.find((type) => PROMISE_SIGNAL_TYPES.has(type));
  if (promise !== undefined) {
    return allowed('service_recovery', PROMISE_WORDS.get(promise) ?? 'brokePromise');
  }
  if (input.marketingState === 'SUBSCRIBED') return allowed('email_marketing', 'subscribed');
  if (input.marketingState === null && input.acceptsEmailMarketing === true) {
    return allowed('email_marketing', 'acceptedAtCheckout');
  }
  const why =
    input.marketingState !== null
      ? NOT_SUBSCRIBED_WORDS[input.marketingState]
      : input.acceptsEmailMarketing === false
        ? 'declinedAtCheckout'
        : 'nothingSays';
  const wording = caseWording('basis.mayNot', {why: clause(`basis.${why}`)});
  return {allowed: false, basis: null, wording, reason: englishSayer(null).say(wording)};
}

function allowed(basis: ContactBasis, why: string): ContactBasisDecision {
  const wording = caseWording('basis.may', {why: clause(`basis.${why}`)});
  return {allowed: true, basis, wording, reason: englishSayer(null).say(wording)};
}
