import type {Journey} from '../signals/journey';
import {contactBasis, type ContactBasisDecision} from './contact-basis';
import type {ShopperFacts} from './match-rules';
import type {ShopperStatus} from './types';

export interface ShopperFactsInput {
  journey: Pick<Journey, 'identity' | 'completion'>;
  /** Read fresh from the Admin API; null or `unavailable` when it could not be. */
  status: ShopperStatus | null;
  signalTypes: string[];
  shopperAsked: boolean;
}

/**
 * What the matcher may know of the shopper. Shopify's fresh answer wins; without it, what the
 * checkout said. A shopper is returning only when one of them said so, and new only when one of
 * them said so: "unknown" is never read as "new".
 */
export function shopperFactsOf(input: ShopperFactsInput): ShopperFacts & {
  basis: ContactBasisDecision;
} {
  const customer = input.status?.state === 'known' ? input.status.customer : null;
  const basis = contactBasis({
    signalTypes: input.signalTypes,
    shopperAsked: input.shopperAsked,
    marketingState: customer?.email?.marketingState ?? null,
    acceptsEmailMarketing: input.journey.identity.acceptsEmailMarketing,
  });
  return {
    returning: returningOf(input, customer?.numberOfOrders ?? null),
    contactBasis: basis.basis,
    basis,
  };
}

function returningOf(input: ShopperFactsInput, numberOfOrders: number | null): boolean | null {
  if (numberOfOrders !== null) {
    // Once this checkout became an order, Shopify counts it too.
    const before = numberOfOrders - (input.journey.completion ? 1 : 0);
    return before > 0;
  }
  const isFirst = input.journey.identity.isFirstOrder;
  return isFirst === null ? null : !isFirst;
}
