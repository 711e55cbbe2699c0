import {z} from 'zod';
import {ORDER_TRANSACTIONS_QUERY, REFUND_CREATE_MUTATION} from '../admin-api/documents';
import type {AdminQuery} from '../campaigns/read-discounts';
import {adminCallFailure, userErrorFailure, type AdminCallFailure} from './admin-failure';
import {mutationPayload, toMoney} from './admin-answers';
import type {Money} from './types';
import {englishSayer} from '../sentences/wording';
import {caseWording} from './case-words';

const moneyV2 = z.object({amount: z.string(), currencyCode: z.string()});

const transactionsAnswer = z.object({
  order: z
    .object({
      id: z.string(),
      name: z.string(),
      refundable: z.boolean(),
      transactions: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          status: z.string(),
          gateway: z.string().nullable(),
          amountSet: z.object({presentmentMoney: moneyV2}),
          maximumRefundableV2: moneyV2.nullable(),
          parentTransaction: z.object({id: z.string()}).nullable(),
        }),
      ),
    })
    .nullable(),
});

const refundAnswer = z.object({
  refundCreate: mutationPayload({
    refund: z
      .object({
        id: z.string(),
        createdAt: z.string().nullable(),
        totalRefundedSet: z.object({presentmentMoney: moneyV2}),
      })
      .nullable(),
  }).nullable(),
});

export interface RefundRef {
  /** `gid://shopify/Refund/…` */
  id: string;
  orderId: string;
  orderName: string;
  amount: Money;
  createdAt: number | null;
}

type Transaction = NonNullable<z.infer<typeof transactionsAnswer>['order']>['transactions'][number];

/**
 * Gives back the part of an order the promise owed (the shopper paid without the promised
 * discount): a refund transaction of that amount on the payment that took the money, through the
 * same gateway. Needs the `write_orders` scope. The shopper is notified by Shopify.
 */
export async function refundDifference(
  query: AdminQuery,
  shop: string,
  orderId: string,
  amount: Money,
  note: string,
  /** Stable for one intended refund (e.g. `refund:<case id>`): Shopify refunds a key only once. */
  idempotencyKey: string,
): Promise<{ok: true; refund: RefundRef} | AdminCallFailure> {
  const cents = Math.round(amount.amount * 100);
  if (!Number.isFinite(cents) || cents <= 0) return refusal('noDifference');
  const decimal = (cents / 100).toFixed(2);

  const read = await query(shop, ORDER_TRANSACTIONS_QUERY, {id: orderId}, transactionsAnswer);
  if (!read.ok) return adminCallFailure(read);
  const order = read.data.order;
  if (!order) return refusal('noSuchOrder');
  if (!order.refundable) return refusal('notRefundable', {order: order.name});
  const parent = paymentFor(order.transactions, cents, amount.currencyCode);
  if (!parent) {
    return refusal('noPayment', {
      order: order.name,
      amount: decimal,
      currency: amount.currencyCode,
    });
  }

  const result = await query(
    shop,
    REFUND_CREATE_MUTATION,
    {
      input: {
        orderId: order.id,
        note,
        notify: true,
        currency: amount.currencyCode,
        transactions: [
          {
            orderId: order.id,
            parentId: parent.id,
            gateway: parent.gateway,
            kind: 'REFUND',
            amount: decimal,
          },
        ],
      },
      idempotencyKey,
    },
    refundAnswer,
  );
  if (!result.ok) return adminCallFailure(result);
  const payload = result.data.refundCreate;
  const refused = userErrorFailure('the refund', payload?.userErrors ?? []);
  if (refused) return refused;
  const refund = payload?.refund;
  if (!refund) return refusal('unknownOutcome');
  return {
    ok: true,
    refund: {
      id: refund.id,
      orderId: order.id,
      orderName: order.name,
      amount: toMoney(refund.totalRefundedSet.presentmentMoney),
      createdAt: refund.createdAt === null ? null : Date.parse(refund.createdAt),
    },
  };
}

/** A successful sale or capture in the refund's currency with enough left to refund. */
function paymentFor(
  transactions: Transaction[],
  cents: number,
  currencyCode: string,
): (Transaction & {gateway: string}) | null {
  for (const t of transactions) {
    if (t.status !== 'SUCCESS' || (t.kind !== 'SALE' && t.kind !== 'CAPTURE')) continue;
    if (t.gateway === null) continue;
    const left = t.maximumRefundableV2 ?? t.amountSet.presentmentMoney;
    if (left.currencyCode !== currencyCode) continue;
    if (Math.round(Number(left.amount) * 100) >= cents) return {...t, gateway: t.gateway};
  }
  return null;
}

function refusal(key: string, values?: Record<string, string>): AdminCallFailure {
  const wording = caseWording(`refund.${key}`, values);
  return {
    ok: false,
    reason: englishSayer(null).say(wording),
    retryable: false,
    userErrors: [],
    wording,
  };
}
