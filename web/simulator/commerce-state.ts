/**
 * The simulated shop's people and money: customers, orders with their payments and refunds,
 * draft orders with the invoices sent, abandoned checkouts, and the staff users the online token
 * exchange names. Amounts are decimal strings and times ISO 8601, as the Admin API sends them.
 */
import type {SimMoney} from './shop-state';

export type SimMarketingState =
  | 'SUBSCRIBED'
  | 'NOT_SUBSCRIBED'
  | 'UNSUBSCRIBED'
  | 'PENDING'
  | 'INVALID';

export interface SimAttribute {
  key: string;
  value: string;
}

export interface SimAddress {
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  countryCode: string;
}

export interface SimCustomer {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** The customer's language, as Shopify's `locale` (`en`, `de`, `en-CA`). */
  locale: string;
  /** Shopify's counter: orders the shop had before the simulated ones, and those since. */
  numberOfOrders: number;
  amountSpent: SimMoney;
  emailMarketingConsent: {marketingState: SimMarketingState; consentUpdatedAt: string | null};
  createdAt: string;
}

export interface SimLineItem {
  title: string;
  productId: string;
  /** `gid://shopify/ProductVariant/…`; absent for lines of a custom item. */
  variantId?: string | null;
  sku?: string | null;
  quantity: number;
  unitPrice: string;
  customAttributes?: SimAttribute[];
}

export type SimTransactionKind = 'SALE' | 'AUTHORIZATION' | 'CAPTURE' | 'REFUND';

export interface SimTransaction {
  id: string;
  kind: SimTransactionKind;
  status: 'SUCCESS' | 'FAILURE' | 'PENDING';
  gateway: string;
  amount: string;
  parentId: string | null;
  createdAt: string;
}

export interface SimRefund {
  id: string;
  /** The `@idempotent` key it was made with: the same key never refunds twice. */
  idempotencyKey: string | null;
  note: string | null;
  createdAt: string;
  amount: string;
  transactionIds: string[];
}

export interface SimOrder {
  id: string;
  name: string;
  customerId: string | null;
  email: string | null;
  phone: string | null;
  customerLocale: string | null;
  createdAt: string;
  /** `web`, `shopify_draft_order`, `pos`, … */
  sourceName: string;
  checkoutToken: string | null;
  draftOrderId: string | null;
  lineItems: SimLineItem[];
  discountCodes: string[];
  customAttributes: SimAttribute[];
  subtotal: string;
  totalDiscounts: string;
  shipping: string;
  total: string;
  billingAddress: SimAddress | null;
  shippingAddress: SimAddress | null;
  transactions: SimTransaction[];
  refunds: SimRefund[];
}

export interface SimAppliedDiscount {
  title: string | null;
  description: string | null;
  value: number;
  valueType: 'PERCENTAGE' | 'FIXED_AMOUNT';
}

/** An invoice email Shopify sent for a draft order, as `draftOrderInvoiceSend` asked. */
export interface SimSentInvoice {
  draftOrderId: string;
  to: string;
  subject: string | null;
  customMessage: string | null;
  sentAt: string;
}

export interface SimDraftOrder {
  id: string;
  name: string;
  customerId: string | null;
  email: string | null;
  status: 'OPEN' | 'INVOICE_SENT' | 'COMPLETED';
  lineItems: SimLineItem[];
  discountCodes: string[];
  appliedDiscount: SimAppliedDiscount | null;
  shippingLine: {title: string; price: string} | null;
  customAttributes: SimAttribute[];
  note: string | null;
  invoiceUrl: string;
  createdAt: string;
  invoiceSentAt: string | null;
  invoices: SimSentInvoice[];
  /** The order it became once paid. */
  orderId: string | null;
}

export interface SimAbandonedCheckout {
  id: string;
  customerId: string | null;
  createdAt: string;
  lineItems: SimLineItem[];
  discountCodes: string[];
  abandonedCheckoutUrl: string;
  billingAddress: SimAddress | null;
  shippingAddress: SimAddress | null;
}

/** A staff account as the online token exchange's `associated_user` names it. */
export interface SimStaffUser {
  /** The session token's `sub`. */
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  accountOwner: boolean;
  locale: string;
}

export function findCustomer(customers: SimCustomer[], id: unknown): SimCustomer | undefined {
  return typeof id === 'string' ? customers.find((c) => c.id === id) : undefined;
}

/** The next number after every GID of this resource in the list (ids stay unique per shop). */
export function nextNumber(ids: string[], floor: number): number {
  const numbers = ids.map((id) => Number(/\/(\d+)$/.exec(id)?.[1] ?? 0));
  return Math.max(floor, ...numbers) + 1;
}

/** Sum of decimal strings, kept in cents so that 0.1 + 0.2 is 0.30. */
export function sumAmounts(amounts: string[]): string {
  const cents = amounts.reduce((total, a) => total + Math.round(Number(a) * 100), 0);
  return (cents / 100).toFixed(2);
}
