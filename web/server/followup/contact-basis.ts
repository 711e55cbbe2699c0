import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
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
  | {allowed: true; basis: ContactBasis; reason: string}
  | {allowed: false; basis: null; reason: string};

const PROMISE_WORDS: ReadonlyMap<string, string> = new Map([
  ['promo_not_applied', 'the shop’s promised discount did not apply'],
  ['promo_missing_on_order', 'the order was placed without the shop’s promised discount'],
]);

const NOT_SUBSCRIBED_WORDS: Readonly<Record<MarketingState, string>> = {
  SUBSCRIBED: '',
  NOT_SUBSCRIBED: 'the shopper is not subscribed to email marketing',
  PENDING: 'the shopper has not yet confirmed their email marketing subscription',
  UNSUBSCRIBED: 'the shopper unsubscribed from email marketing',
  REDACTED: 'the shopper’s data was erased',
  INVALID: 'the shopper’s email address is not valid',
};

/**
 * Whether Heed may contact this shopper at all, and on what basis. A shopper who asked for a
 * person gave the basis themselves, and it is recorded as theirs even where a promise broke; a
 * promise the shop made to this shopper and broke is service recovery; otherwise the shopper must
 * be subscribed to email marketing. Shopify's fresh marketing state wins over what the checkout
 * said: a shopper who unsubscribed since is not contacted on the checkout's old word.
 */
export function contactBasis(input: ContactBasisInput): ContactBasisDecision {
  if (input.shopperAsked) return allowed('shopper_asked', 'the shopper asked for help');
  const promise = input.signalTypes.find((type) => PROMISE_SIGNAL_TYPES.has(type));
  if (promise !== undefined) {
    return allowed('service_recovery', PROMISE_WORDS.get(promise) ?? 'the shop broke a promise');
  }
  if (input.marketingState === 'SUBSCRIBED') {
    return allowed('email_marketing', 'the shopper is subscribed to email marketing');
  }
  if (input.marketingState === null && input.acceptsEmailMarketing === true) {
    return allowed('email_marketing', 'the shopper accepted email marketing at checkout');
  }
  const why =
    input.marketingState !== null
      ? NOT_SUBSCRIBED_WORDS[input.marketingState]
      : input.acceptsEmailMarketing === false
        ? 'the shopper did not accept email marketing'
        : 'nothing says the shopper accepts email marketing';
  return {
    allowed: false,
    basis: null,
    reason: `Heed may not contact this shopper: ${why}, no promise of the shop was broken, and they did not ask for help.`,
  };
}

function allowed(basis: ContactBasis, why: string): ContactBasisDecision {
  return {allowed: true, basis, reason: `Heed may contact this shopper: ${why}.`};
}
