/**
 * Orders placed in the simulated shop (a paid draft order, a phone or point-of-sale order), and
 * the `orders/create` webhook body Shopify would send for each: the REST shape, with the fields
 * Heed asks for (webhooks/commerce-facts.ts `INCLUDE_FIELDS`) and a few around them.
 * https://shopify.dev/docs/api/webhooks/latest?reference=toml#list-of-topics-orders/create
 */
import {randomBytes} from 'node:crypto';
import {
  findCustomer,
  nextNumber,
  sumAmounts,
  type SimAttribute,
  type SimDraftOrder,
  type SimLineItem,
  type SimOrder,
} from './commerce-state';
import {draftOrderTotals} from './draft-order-totals';
import {findCodeDiscount, type ShopState} from './shop-state';

export interface OrderSpec {
  customerId?: string | null;
  email?: string | null;
  phone?: string | null;
  sourceName?: string;
  checkoutToken?: string | null;
  lineItems: SimLineItem[];
  discountCodes?: string[];
  totalDiscounts?: string;
  shipping?: string;
  customAttributes?: SimAttribute[];
  draftOrderId?: string | null;
  gateway?: string;
}

export interface PlacedOrder {
  order: SimOrder;
  /** The `orders/create` body, ready for `deliverWebhook`. */
  webhookBody: Record<string, unknown>;
}

const FIRST_ORDER_NUMBER = 1000;
const FIRST_ORDER_ID = 7000;

/** Places an order: paid in full by one sale, counted on its customer like Shopify counts it. */
export function placeOrder(state: ShopState, spec: OrderSpec, nowMs: number): PlacedOrder {
  const customer = findCustomer(state.customers, spec.customerId ?? null);
  const number = nextNumber(
    state.orders.map((o) => o.id),
    FIRST_ORDER_ID,
  );
  const subtotal = sumAmounts(
    spec.lineItems.map((l) => (Number(l.unitPrice) * l.quantity).toFixed(2)),
  );
  const totalDiscounts = spec.totalDiscounts ?? '0.00';
  const shipping = spec.shipping ?? '0.00';
  const total = sumAmounts([subtotal, `-${totalDiscounts}`, shipping]);
  const createdAt = new Date(nowMs).toISOString();
  const id = `gid://shopify/Order/${number}`;
  const order: SimOrder = {
    id,
    name: `#${nextOrderNumber(state)}`,
    customerId: customer?.id ?? null,
    email: spec.email ?? customer?.email ?? null,
    phone: spec.phone ?? customer?.phone ?? null,
    customerLocale: customer?.locale ?? null,
    createdAt,
    sourceName: spec.sourceName ?? 'web',
    checkoutToken: spec.checkoutToken ?? null,
    draftOrderId: spec.draftOrderId ?? null,
    lineItems: spec.lineItems,
    discountCodes: spec.discountCodes ?? [],
    customAttributes: spec.customAttributes ?? [],
    subtotal,
    totalDiscounts,
    shipping,
    total,
    billingAddress: null,
    shippingAddress: null,
    transactions: [
      {
        id: `gid://shopify/OrderTransaction/${number}1`,
        kind: 'SALE',
        status: 'SUCCESS',
        gateway: spec.gateway ?? 'shopify_payments',
        amount: total,
        parentId: null,
        createdAt,
      },
    ],
    refunds: [],
  };
  state.orders.push(order);
  if (customer) {
    customer.numberOfOrders += 1;
    customer.amountSpent = {
      ...customer.amountSpent,
      amount: sumAmounts([customer.amountSpent.amount, total]),
    };
  }
  return {order, webhookBody: orderWebhookBody(state, order)};
}

/**
 * The shopper pays the draft order's invoice: Shopify turns it into an order whose
 * `source_name` is `shopify_draft_order` and whose note attributes are the draft's custom
 * attributes (the case id among them), and marks the draft completed.
 */
export function payDraftOrder(state: ShopState, draftOrderId: string, nowMs: number): PlacedOrder {
  const draft = state.draftOrders.find((d) => d.id === draftOrderId);
  if (!draft) throw new Error(`The simulated shop has no draft order ${draftOrderId}`);
  if (draft.status === 'COMPLETED') throw new Error(`Draft order ${draft.name} is already paid`);
  const placed = placeOrder(state, orderSpecOf(draft, state, nowMs), nowMs);
  draft.status = 'COMPLETED';
  draft.orderId = placed.order.id;
  return placed;
}

function orderSpecOf(draft: SimDraftOrder, state: ShopState, nowMs: number): OrderSpec {
  const totals = draftOrderTotals(draft, state, nowMs);
  return {
    customerId: draft.customerId,
    email: draft.email,
    sourceName: 'shopify_draft_order',
    lineItems: draft.lineItems,
    discountCodes: totals.appliedCodes,
    totalDiscounts: totals.discount,
    shipping: totals.shipping,
    customAttributes: draft.customAttributes,
    draftOrderId: draft.id,
  };
}

function nextOrderNumber(state: ShopState): number {
  const numbers = state.orders.map((o) => Number(o.name.replace(/^#/, '')) || 0);
  return Math.max(FIRST_ORDER_NUMBER, ...numbers) + 1;
}

/** Webhooks name resources by number; `admin_graphql_api_id` carries the GID. */
export function orderWebhookBody(state: ShopState, order: SimOrder): Record<string, unknown> {
  const legacy = (gid: string | null | undefined) =>
    gid ? Number(/(\d+)$/.exec(gid)?.[1] ?? 0) : null;
  const customer = findCustomer(state.customers, order.customerId);
  const currency = state.shop.currencyCode;
  return {
    id: legacy(order.id),
    admin_graphql_api_id: order.id,
    name: order.name,
    order_number: Number(order.name.replace(/^#/, '')),
    token: randomBytes(16).toString('hex'),
    checkout_token: order.checkoutToken,
    created_at: order.createdAt,
    updated_at: order.createdAt,
    processed_at: order.createdAt,
    cancelled_at: null,
    source_name: order.sourceName,
    email: order.email,
    contact_email: order.email,
    phone: order.phone,
    customer_locale: order.customerLocale,
    currency,
    presentment_currency: currency,
    financial_status: 'paid',
    buyer_accepts_marketing: customer?.emailMarketingConsent.marketingState === 'SUBSCRIBED',
    subtotal_price: order.subtotal,
    total_discounts: order.totalDiscounts,
    total_tax: '0.00',
    total_price: order.total,
    discount_codes: order.discountCodes.map((code) => ({
      code,
      amount: order.totalDiscounts,
      type: codeTypeOf(state, code),
    })),
    note_attributes: order.customAttributes.map(({key, value}) => ({name: key, value})),
    line_items: order.lineItems.map((l, i) => ({
      id: (legacy(order.id) ?? 0) * 100 + i,
      title: l.title,
      quantity: l.quantity,
      price: l.unitPrice,
      total_discount: '0.00',
      product_id: legacy(l.productId),
      variant_id: legacy(l.variantId),
      sku: l.sku ?? null,
      properties: (l.customAttributes ?? []).map(({key, value}) => ({name: key, value})),
    })),
    shipping_lines: Number(order.shipping) > 0 ? [{price: order.shipping, title: 'Shipping'}] : [],
    shipping_address: order.shippingAddress
      ? {country_code: order.shippingAddress.countryCode}
      : null,
    customer: customer
      ? {
          id: legacy(customer.id),
          admin_graphql_api_id: customer.id,
          email: customer.email,
          first_name: customer.firstName,
          last_name: customer.lastName,
          created_at: customer.createdAt,
        }
      : null,
  };
}

function codeTypeOf(state: ShopState, code: string): string {
  const discount = findCodeDiscount(state, code);
  if (discount?.kind === 'free_shipping') return 'shipping';
  return discount?.value?.type === 'fixed_amount' ? 'fixed_amount' : 'percentage';
}
