import {randomUUID} from 'node:crypto';

/** A checkout standard event shaped like Shopify's pixel payloads (context dropped, as the pixel does). */
export function checkoutEvent(
  name: string,
  overrides: Record<string, unknown> = {},
  token = 'tok-ingest-1',
) {
  return {
    id: `sh-${randomUUID()}`,
    name,
    type: 'standard',
    timestamp: new Date().toISOString(),
    clientId: 'client-1',
    seq: 1,
    data: {
      checkout: {
        token,
        currencyCode: 'CAD',
        subtotalPrice: {amount: 189, currencyCode: 'CAD'},
        totalPrice: {amount: 214, currencyCode: 'CAD'},
        discountApplications: [],
        discountsAmount: {amount: 0, currencyCode: 'CAD'},
        lineItems: [
          {
            id: 'gid://shopify/CheckoutLineItem/1',
            quantity: 1,
            title: 'Sable Faux Fur Throw',
            variant: {price: {amount: 189, currencyCode: 'CAD'}},
          },
        ],
        attributes: [{key: '_heed_utm_campaign', value: 'winter-email'}],
      },
    },
    ...overrides,
  };
}
