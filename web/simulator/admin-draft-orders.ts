/**
 * `draftOrderCreate`, `draftOrderInvoiceSend` and `draftOrder`. The mutations refuse, with
 * `userErrors`, what Shopify refuses: no lines, an unknown variant or customer, an invoice with no
 * one to send it to, a paid draft order. A sent invoice is recorded for tests to read.
 */
import {randomBytes} from 'node:crypto';
import {orderNode} from './admin-customers';
import {connection} from './admin-objects';
import {
  findCustomer,
  nextNumber,
  type SimAppliedDiscount,
  type SimAttribute,
  type SimDraftOrder,
  type SimLineItem,
} from './commerce-state';
import {draftOrderTotals} from './draft-order-totals';
import {findVariant, type ShopState} from './shop-state';

type Args = Record<string, unknown>;
type GqlObject = Record<string, unknown>;
interface UserError {
  field: string[] | null;
  message: string;
}

const FIRST_DRAFT_ID = 8000;

export function draftOrderRootFields(state: ShopState, nowMs: number): Record<string, unknown> {
  return {
    draftOrder: (args: Args) => {
      const draft = state.draftOrders.find((d) => d.id === args.id);
      return draft ? draftOrderNode(draft, state) : null;
    },

    draftOrderCreate: (args: Args) => {
      const input = record(args.input);
      const errors: UserError[] = [];
      const lineItems = linesOf(input.lineItems, state, errors);
      if (lineItems.length === 0 && errors.length === 0) {
        errors.push({field: ['lineItems'], message: 'Add at least 1 product'});
      }
      const purchasing = record(input.purchasingEntity);
      const customerId = stringOr(purchasing.customerId) ?? stringOr(input.customerId);
      const customer = customerId ? findCustomer(state.customers, customerId) : undefined;
      if (customerId && !customer) {
        errors.push({
          field: ['purchasingEntity', 'customerId'],
          message: 'Customer does not exist',
        });
      }
      if (errors.length > 0) return {draftOrder: null, userErrors: errors};

      const number = nextNumber(
        state.draftOrders.map((d) => d.id),
        FIRST_DRAFT_ID,
      );
      const shipping = record(input.shippingLine);
      const shippingPrice = record(shipping.priceWithCurrency);
      const draft: SimDraftOrder = {
        id: `gid://shopify/DraftOrder/${number}`,
        name: `#D${number - FIRST_DRAFT_ID}`,
        customerId: customer?.id ?? null,
        email: stringOr(input.email) ?? customer?.email ?? null,
        status: 'OPEN',
        lineItems,
        discountCodes: stringsOf(input.discountCodes),
        appliedDiscount: appliedDiscountOf(input.appliedDiscount),
        shippingLine:
          input.shippingLine === undefined || input.shippingLine === null
            ? null
            : {
                title: stringOr(shipping.title) ?? 'Shipping',
                price: stringOr(shippingPrice.amount) ?? '0.00',
              },
        customAttributes: attributesOf(input.customAttributes),
        note: stringOr(input.note),
        invoiceUrl: `https://${state.shop.myshopifyDomain}/${number}/invoices/${randomBytes(12).toString('hex')}`,
        createdAt: new Date(nowMs).toISOString(),
        invoiceSentAt: null,
        invoices: [],
        orderId: null,
      };
      state.draftOrders.push(draft);
      return {draftOrder: draftOrderNode(draft, state), userErrors: []};
    },

    draftOrderInvoiceSend: (args: Args) => {
      const draft = state.draftOrders.find((d) => d.id === args.id);
      if (!draft) {
        return refusal({field: ['id'], message: 'Draft order does not exist'});
      }
      if (draft.status === 'COMPLETED') {
        return refusal({field: ['id'], message: 'Draft order has already been paid'});
      }
      const email = record(args.email);
      const to = stringOr(email.to) ?? draft.email;
      if (!to) return refusal({field: ['email', 'to'], message: "To can't be blank"});
      const sentAt = new Date(nowMs).toISOString();
      draft.invoices.push({
        draftOrderId: draft.id,
        to,
        subject: stringOr(email.subject),
        customMessage: stringOr(email.customMessage),
        sentAt,
      });
      draft.status = 'INVOICE_SENT';
      draft.invoiceSentAt = sentAt;
      return {draftOrder: draftOrderNode(draft, state), userErrors: []};
    },
  };
}

function draftOrderNode(d: SimDraftOrder, state: ShopState): GqlObject & {id: string} {
  const totals = draftOrderTotals(d, state);
  const money = (amount: string) => {
    const m = {amount, currencyCode: state.shop.currencyCode};
    return {shopMoney: m, presentmentMoney: m};
  };
  return {
    id: d.id,
    name: d.name,
    status: d.status,
    email: d.email,
    // Shopify's field for the draft order's note is `note2`.
    note2: d.note,
    invoiceUrl: d.invoiceUrl,
    invoiceSentAt: d.invoiceSentAt,
    createdAt: d.createdAt,
    updatedAt: d.invoiceSentAt ?? d.createdAt,
    discountCodes: d.discountCodes,
    // Shopify skips a code that does not apply, and says so here rather than in userErrors.
    warnings: d.discountCodes
      .filter((code) => !totals.appliedCodes.some((a) => a.toLowerCase() === code.toLowerCase()))
      .map((code) => ({
        __typename: 'DraftOrderDiscountNotAppliedWarning',
        errorCode: 'DISCOUNT_NOT_APPLIED',
        field: 'discount_codes',
        message: `Discount code ${code} could not be applied`,
        discountCode: code,
        discountTitle: null,
        priceRule: null,
      })),
    appliedDiscount: d.appliedDiscount && {
      ...d.appliedDiscount,
      description: d.appliedDiscount.description ?? '',
      amountSet: money(totals.discount),
    },
    customAttributes: d.customAttributes,
    subtotalPriceSet: money(totals.subtotal),
    totalDiscountsSet: money(totals.discount),
    totalPriceSet: money(totals.total),
    order: () => {
      const order = state.orders.find((o) => o.id === d.orderId);
      return order ? orderNode(order, state) : null;
    },
    lineItems: (args: Args) =>
      connection(
        d.lineItems.map((l, i) => ({
          id: `gid://shopify/DraftOrderLineItem/${i + 1}`,
          name: l.title,
          title: l.title,
          quantity: l.quantity,
          sku: l.sku ?? null,
          customAttributes: l.customAttributes ?? [],
        })),
        args,
      ),
  };
}

function linesOf(value: unknown, state: ShopState, errors: UserError[]): SimLineItem[] {
  const lines: SimLineItem[] = [];
  (Array.isArray(value) ? value : []).forEach((raw, i) => {
    const line = record(raw);
    const quantity = typeof line.quantity === 'number' ? line.quantity : 0;
    if (quantity < 1) {
      errors.push({
        field: ['lineItems', String(i), 'quantity'],
        message: 'Quantity must be at least 1',
      });
      return;
    }
    const variantId = stringOr(line.variantId);
    const found = variantId ? findVariant(state, variantId) : undefined;
    if (!found) {
      errors.push({
        field: ['lineItems', String(i), 'variantId'],
        message: variantId ? `Product variant ${variantId} does not exist` : "Title can't be blank",
      });
      return;
    }
    lines.push({
      title: found.product.title,
      productId: found.product.id,
      variantId: found.variant.id,
      sku: found.variant.sku,
      quantity,
      unitPrice: found.variant.price,
      customAttributes: attributesOf(line.customAttributes),
    });
  });
  return lines;
}

function appliedDiscountOf(value: unknown): SimAppliedDiscount | null {
  if (value === null || value === undefined) return null;
  const d = record(value);
  return {
    title: stringOr(d.title),
    description: stringOr(d.description),
    value: typeof d.value === 'number' ? d.value : 0,
    valueType: d.valueType === 'FIXED_AMOUNT' ? 'FIXED_AMOUNT' : 'PERCENTAGE',
  };
}

function attributesOf(value: unknown): SimAttribute[] {
  return (Array.isArray(value) ? value : []).map((raw) => {
    const a = record(raw);
    return {key: String(a.key ?? ''), value: String(a.value ?? '')};
  });
}

function refusal(error: UserError) {
  return {draftOrder: null, userErrors: [error]};
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
