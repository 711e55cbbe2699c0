import type {Sayer} from '../sentences/wording';
import {customerGid} from '../shopify-ids';
import type {Journey} from './journey';

/** Whether the shopper ordered before, as far as Shopify has said. */
export type CustomerStatus = 'new' | 'returning' | 'unknown';

export interface ShopperDetail {
  customerId: string | null;
  status: CustomerStatus;
  /** Why Heed says so, in words a staff member reads, in their language. */
  basis: string;
  acceptsEmailMarketing: boolean | null;
}

/**
 * Who the shopper is, without anything personal: the customer's id, never an email. Shopify tells
 * whether an order is the customer's first only on the placed order (`Order.customer.isFirstOrder`
 * of the pixel's `checkout_completed`), so a shopper is new or returning only when it said so; a
 * missing answer is never read as "new".
 * https://shopify.dev/docs/api/web-pixels-api/standard-events/checkout_completed
 */
export function shopperOf(journey: Journey, sayer: Sayer): ShopperDetail {
  const {identity} = journey;
  const customerId = customerGid(identity.customerId);
  return {
    customerId,
    status: statusOf(identity.isFirstOrder),
    basis: sayer.say({
      key: `signals:shopper.${basisOf(identity.isFirstOrder, customerId !== null, journey.completion !== null)}`,
    }),
    acceptsEmailMarketing: identity.acceptsEmailMarketing,
  };
}

function statusOf(isFirstOrder: boolean | null): CustomerStatus {
  if (isFirstOrder === false) return 'returning';
  if (isFirstOrder === true) return 'new';
  return 'unknown';
}

type Basis = 'returning' | 'first' | 'signedIn' | 'notYet' | 'unsaid';

function basisOf(isFirstOrder: boolean | null, known: boolean, completed: boolean): Basis {
  if (isFirstOrder === false) return 'returning';
  if (isFirstOrder === true) return 'first';
  if (!completed) return known ? 'signedIn' : 'notYet';
  return 'unsaid';
}
