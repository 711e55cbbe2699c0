import {CUSTOMER_STATUS_QUERY, ORDERS_SEARCH_QUERY} from '../admin-api/documents';
import type {AdminQuery} from '../campaigns/read-discounts';
import {adminFailureWording, describeAdminFailure} from './admin-failure';
import {
  customerStatusAnswer,
  ordersSearchAnswer,
  toCustomerFacts,
  toOrderRef,
} from './admin-answers';
import type {CustomerFacts, OrderRef, ShopperStatus} from './types';

/** Orders since one checkout: more than a handful means the case is long settled. */
const ORDERS_SINCE_PAGE = 10;

export interface ShopperLookup {
  /** `gid://shopify/Customer/…`, when the checkout named a customer. */
  customerId: string | null;
  /** The raw email Shopify gave for the case (Heed keeps only its hash). */
  email: string | null;
  /** Epoch ms: orders placed at or after this count as "ordered since". */
  since: number;
}

/**
 * Who the shopper is and whether they ordered since the checkout, by customer and by email, from
 * every channel, read fresh from the Admin API. When Shopify cannot answer, the status says so:
 * it never guesses a shopper new, nor that they have not ordered.
 */
export async function readShopperStatus(
  query: AdminQuery,
  shop: string,
  lookup: ShopperLookup,
  now: number,
): Promise<ShopperStatus> {
  const unavailable = (reason: string): ShopperStatus => ({
    state: 'unavailable',
    readAt: now,
    reason: describeAdminFailure(reason),
    wording: adminFailureWording(reason),
  });
  const createdSince = `created_at:>='${new Date(lookup.since).toISOString()}'`;

  let customer: CustomerFacts | null = null;
  const orders: OrderRef[] = [];
  if (lookup.customerId) {
    const result = await query(
      shop,
      CUSTOMER_STATUS_QUERY,
      {id: lookup.customerId, ordersQuery: createdSince, first: ORDERS_SINCE_PAGE},
      customerStatusAnswer,
    );
    if (!result.ok) return unavailable(result.reason);
    const answer = result.data.customer;
    if (answer) {
      customer = toCustomerFacts(answer);
      orders.push(...answer.orders.nodes.map(toOrderRef));
    }
  }

  // A guest order (or one placed under another account) with the same email is theirs too.
  // Top-level `orders` sees the last 60 days without `read_all_orders`: ample for "since the
  // checkout" of an open case.
  const email = lookup.email ?? customer?.email?.address ?? null;
  if (email) {
    const result = await query(
      shop,
      ORDERS_SEARCH_QUERY,
      {query: `email:${searchValue(email)} ${createdSince}`, first: ORDERS_SINCE_PAGE},
      ordersSearchAnswer,
    );
    if (!result.ok) return unavailable(result.reason);
    orders.push(...result.data.orders.nodes.map(toOrderRef));
  }

  return {
    state: 'known',
    readAt: now,
    customer,
    orderedSince: sinceNewestFirst(orders, lookup.since),
  };
}

/** Shopify search syntax: a value in double quotes, its quotes and backslashes escaped. */
export function searchValue(value: string): string {
  return `"${value.trim().replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function sinceNewestFirst(orders: OrderRef[], since: number): OrderRef[] {
  const byId = new Map<string, OrderRef>();
  for (const order of orders) if (order.createdAt >= since) byId.set(order.id, order);
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt);
}
export {describeShopper} from './describe-shopper';
