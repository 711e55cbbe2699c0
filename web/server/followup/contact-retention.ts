import type {FollowupCase, ShopperStatus} from './types';

/**
 * A case holds the shopper's contact details (name, email, phone, read from Shopify for the case)
 * only while a person may contact them. Once the case is resolved they go: from the case's
 * contact, and from the shopper's status, which keeps only what the page tells in words (customer
 * since, orders, marketing state). A reopened case reads them from Shopify again.
 */
export function forgetContact(followup: FollowupCase): FollowupCase {
  return {
    ...followup,
    contactDetails: null,
    shopperStatus: statusWithoutContact(followup.shopperStatus),
  };
}

/** What a resolved case may hold: `followup` itself while open, else without contact details. */
export function keptContact(followup: FollowupCase): FollowupCase {
  return followup.resolvedAt === null ? followup : forgetContact(followup);
}

/** The status without the shopper's name, email address and phone number. */
export function statusWithoutContact(status: ShopperStatus | null): ShopperStatus | null {
  if (status?.state !== 'known' || status.customer === null) return status;
  const {customer} = status;
  return {
    ...status,
    customer: {
      ...customer,
      firstName: null,
      lastName: null,
      // The address goes; whether there was one and its marketing state are the page's words.
      email: customer.email ? {address: '', marketingState: customer.email.marketingState} : null,
      phone: null,
    },
  };
}
