import type {ShopperStatus} from './types';

/**
 * The status as a case keeps it: who the shopper is to the shop, never their name or how to reach
 * them. Name, address and number live in the case's contact details alone, which go when the case no longer needs them.
 */
export function withoutContact(status: ShopperStatus): ShopperStatus {
  if (status.state !== 'known' || !status.customer) return status;
  const c = status.customer;
  return {
    ...status,
    customer: {
      ...c,
      firstName: null,
      lastName: null,
      email: c.email ? {address: null, marketingState: c.email.marketingState} : null,
      phone: null,
    },
  };
}
