import type {FollowupCase, ShopperStatus} from './types';
import {withoutContact} from './shopper-contact';

/**
 * A case holds the shopper's contact details (name, email, phone, read from Shopify for the case)
 * only while a person may contact them. Once the case is resolved they go: from the case's
 * contact, from the shopper's status, which keeps only what the page tells in words (customer
 * since, orders, marketing state), and from the shopper's own request (the address or number they
 * gave; what they asked for and were told stays). A reopened case reads them from Shopify again.
 */
export function forgetContact(followup: FollowupCase): FollowupCase {
  return {
    ...followup,
    contactDetails: null,
    shopperStatus: statusWithoutContact(followup.shopperStatus),
    ...(followup.shopperRequest
      ? {shopperRequest: {...followup.shopperRequest, contact: null}}
      : {}),
  };
}

/** What a resolved case may hold: `followup` itself while open, else without contact details. */
export function keptContact(followup: FollowupCase): FollowupCase {
  return followup.resolvedAt === null ? followup : forgetContact(followup);
}

/** The status without the shopper's name, email address and phone number. */
export function statusWithoutContact(status: ShopperStatus | null): ShopperStatus | null {
  return status === null ? null : withoutContact(status);
}
