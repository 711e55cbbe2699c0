/**
 * Customers, orders (with their payments and refunds) and abandoned checkouts as Admin GraphQL
 * objects, and the root fields that read them. Links between objects are functions, resolved only
 * when a document asks for them, so a customer's orders and an order's customer do not recurse.
 */
import {connection} from './admin-objects';
import {
  findCustomer,
  sumAmounts,
  type SimAddress,
  type SimCustomer,
  type SimOrder,
  type SimTransaction,
} from './commerce-state';
import {searchFilter} from './order-search';
import type {ShopState} from './shop-state';

type Args = Record<string, unknown>;
type GqlObject = Record<string, unknown>;

export function customerRootFields(state: ShopState): Record<string, unknown> {
  return {
    customer: (args: Args) => {
      const customer = findCustomer(state.customers, args.id);
      return customer ? customerNode(customer, state) : null;
    },
    orders: (args: Args) => {
      const matching = sorted(state.orders.filter(searchFilter(args.query)), args);
      return connection(
        matching.map((o) => orderNode(o, state)),
        args,
      );
    },
    order: (args: Args) => {
      const order = state.orders.find((o) => o.id === args.id);
      return order ? orderNode(order, state) : null;
    },
    abandonedCheckouts: (args: Args) => {
      const matching = state.abandonedCheckouts.filter(searchFilter(args.query));
      const nodes = matching.map((c) => ({
        id: c.id,
        createdAt: c.createdAt,
        updatedAt: c.createdAt,
        completedAt: null,
        discountCodes: c.discountCodes,
        abandonedCheckoutUrl: c.abandonedCheckoutUrl,
        customer: () => customerOf(c.customerId, state),
        billingAddress: address(c.billingAddress),
        shippingAddress: address(c.shippingAddress),
      }));
      return connection(nodes, args);
    },
  };
}

export function customerNode(c: SimCustomer, state: ShopState): GqlObject & {id: string} {
  const own = () => state.orders.filter((o) => o.customerId === c.id);
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    displayName: `${c.firstName} ${c.lastName}`.trim(),
    locale: c.locale,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
    // UnsignedInt64 travels as a string.
    numberOfOrders: String(c.numberOfOrders),
    amountSpent: {amount: c.amountSpent.amount, currencyCode: c.amountSpent.currencyCode},
    emailMarketingConsent: {...c.emailMarketingConsent, marketingOptInLevel: 'SINGLE_OPT_IN'},
    defaultEmailAddress: c.email
      ? {
          emailAddress: c.email,
          marketingState: c.emailMarketingConsent.marketingState,
          marketingOptInLevel: 'SINGLE_OPT_IN',
          marketingUpdatedAt: c.emailMarketingConsent.consentUpdatedAt,
          validFormat: true,
        }
      : null,
    defaultPhoneNumber: c.phone ? {phoneNumber: c.phone} : null,
    lastOrder: () => {
      const latest = sorted(own(), {sortKey: 'CREATED_AT', reverse: true})[0];
      return latest ? orderNode(latest, state) : null;
    },
    orders: (args: Args) =>
      connection(
        sorted(own().filter(searchFilter(args.query)), args).map((o) => orderNode(o, state)),
        args,
      ),
  };
}

export function orderNode(o: SimOrder, state: ShopState): GqlObject & {id: string} {
  const currency = state.shop.currencyCode;
  const refunded = sumAmounts(o.refunds.map((r) => r.amount));
  const current = sumAmounts([o.total, `-${refunded}`]);
  const bag = (amount: string) => moneyBag(amount, currency);
  return {
    id: o.id,
    name: o.name,
    createdAt: o.createdAt,
    updatedAt: o.createdAt,
    processedAt: o.createdAt,
    sourceName: o.sourceName,
    email: o.email,
    phone: o.phone,
    customerLocale: o.customerLocale,
    discountCodes: o.discountCodes,
    customAttributes: o.customAttributes,
    currencyCode: currency,
    subtotalPriceSet: bag(o.subtotal),
    totalDiscountsSet: bag(o.totalDiscounts),
    totalPriceSet: bag(o.total),
    currentTotalPriceSet: bag(current),
    totalRefundedSet: bag(refunded),
    refundable: Number(current) > 0,
    displayFinancialStatus:
      Number(refunded) === 0 ? 'PAID' : Number(current) > 0 ? 'PARTIALLY_REFUNDED' : 'REFUNDED',
    customer: () => customerOf(o.customerId, state),
    billingAddress: address(o.billingAddress),
    shippingAddress: address(o.shippingAddress),
    transactions: () => o.transactions.map((t) => transactionNode(t, o, currency)),
  };
}

/** What is left to refund on a sale or capture: its amount less the refunds made from it. */
export function refundableLeft(t: SimTransaction, order: SimOrder): string | null {
  if (t.status !== 'SUCCESS' || (t.kind !== 'SALE' && t.kind !== 'CAPTURE')) return null;
  const refunds = order.transactions.filter(
    (r) => r.kind === 'REFUND' && r.status === 'SUCCESS' && r.parentId === t.id,
  );
  return sumAmounts([t.amount, ...refunds.map((r) => `-${r.amount}`)]);
}

function transactionNode(t: SimTransaction, order: SimOrder, currency: string): GqlObject {
  const left = refundableLeft(t, order);
  const parent = order.transactions.find((p) => p.id === t.parentId);
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    gateway: t.gateway,
    test: false,
    createdAt: t.createdAt,
    processedAt: t.createdAt,
    amountSet: moneyBag(t.amount, currency),
    maximumRefundableV2: left === null ? null : {amount: left, currencyCode: currency},
    parentTransaction: parent ? transactionNode(parent, order, currency) : null,
  };
}

function customerOf(id: string | null, state: ShopState): GqlObject | null {
  const customer = findCustomer(state.customers, id);
  return customer ? customerNode(customer, state) : null;
}

function address(a: SimAddress | null): GqlObject | null {
  if (a === null) return null;
  const name = [a.firstName, a.lastName].filter(Boolean).join(' ');
  return {...a, name: name || null, countryCodeV2: a.countryCode};
}

function moneyBag(amount: string, currencyCode: string): GqlObject {
  const money = {amount, currencyCode};
  return {shopMoney: money, presentmentMoney: money};
}

/** `sortKey: CREATED_AT` (else by id), `reverse: true` for newest first. */
function sorted(orders: SimOrder[], args: Args): SimOrder[] {
  const key = (o: SimOrder) =>
    args.sortKey === 'CREATED_AT' ? Date.parse(o.createdAt) : Number(/(\d+)$/.exec(o.id)?.[1]);
  const ascending = [...orders].sort((a, b) => key(a) - key(b));
  return args.reverse === true ? ascending.reverse() : ascending;
}
