/**
 * `refundCreate` with refund transactions: each must name a successful sale or capture of the
 * order as its parent, through the same gateway, for no more than is left on it. Shopify refuses
 * anything else with `userErrors`, and so does the simulator.
 */
import {getDirectiveValues, GraphQLError, type GraphQLResolveInfo} from 'graphql';
import {refundableLeft} from './admin-customers';
import {nextNumber, sumAmounts, type SimRefund, type SimTransaction} from './commerce-state';
import type {ShopState} from './shop-state';

type Args = Record<string, unknown>;
interface UserError {
  field: string[] | null;
  message: string;
}

const FIRST_REFUND_ID = 9500;

export function refundRootFields(state: ShopState, nowMs: number): Record<string, unknown> {
  return {
    refundCreate: (args: Args, _context: unknown, info: GraphQLResolveInfo) => {
      const key = idempotencyKeyOf(info);
      const input = record(args.input);
      const order = state.orders.find((o) => o.id === input.orderId);
      if (!order) return refusal({field: ['orderId'], message: 'Order does not exist'});
      // The same key answers the refund it made the first time, and refunds nothing more.
      const earlier = order.refunds.find((r) => r.idempotencyKey === key);
      if (earlier) return refundAnswer(earlier, state.shop.currencyCode);
      const createdAt = new Date(nowMs).toISOString();
      const refundNumber = nextNumber(
        state.orders.flatMap((o) => o.refunds.map((r) => r.id)),
        FIRST_REFUND_ID,
      );
      const made: SimTransaction[] = [];
      const asked = Array.isArray(input.transactions) ? input.transactions : [];
      if (asked.length === 0) {
        return refusal({field: ['transactions'], message: 'Refund must include a transaction'});
      }
      for (const [i, raw] of asked.entries()) {
        const t = record(raw);
        const field = (name: string) => ['transactions', String(i), name];
        const parent = order.transactions.find((p) => p.id === t.parentId);
        const left = parent ? refundableLeft(parent, order) : null;
        if (!parent || left === null) {
          return refusal({
            field: field('parentId'),
            message: 'Parent transaction is not refundable',
          });
        }
        if (t.gateway !== parent.gateway) {
          return refusal({
            field: field('gateway'),
            message: 'Gateway must match the parent transaction',
          });
        }
        const amount = Number(t.amount);
        if (!Number.isFinite(amount) || amount <= 0) {
          return refusal({field: field('amount'), message: 'Amount must be greater than 0'});
        }
        if (Math.round(amount * 100) > Math.round(Number(left) * 100)) {
          return refusal({
            field: field('amount'),
            message: `Amount cannot be more than the ${left} left to refund`,
          });
        }
        made.push({
          id: `gid://shopify/OrderTransaction/${refundNumber}${i}`,
          kind: 'REFUND',
          status: 'SUCCESS',
          gateway: parent.gateway,
          amount: amount.toFixed(2),
          parentId: parent.id,
          createdAt,
        });
      }
      order.transactions.push(...made);
      const refund: SimRefund = {
        id: `gid://shopify/Refund/${refundNumber}`,
        idempotencyKey: key,
        note: typeof input.note === 'string' ? input.note : null,
        createdAt,
        amount: sumAmounts(made.map((t) => t.amount)),
        transactionIds: made.map((t) => t.id),
      };
      order.refunds.push(refund);
      return refundAnswer(refund, state.shop.currencyCode);
    },
  };
}

function refundAnswer(refund: SimRefund, currencyCode: string) {
  const money = {amount: refund.amount, currencyCode};
  return {
    refund: {
      id: refund.id,
      note: refund.note,
      createdAt: refund.createdAt,
      totalRefundedSet: {shopMoney: money, presentmentMoney: money},
    },
    userErrors: [],
  };
}

/** Since 2026-04 `refundCreate` refuses to run without `@idempotent(key:)`; so does the simulator. */
function idempotencyKeyOf(info: GraphQLResolveInfo): string {
  const directive = info.schema.getDirective('idempotent');
  const node = info.fieldNodes[0];
  const values =
    directive && node ? getDirectiveValues(directive, node, info.variableValues) : undefined;
  const key = typeof values?.key === 'string' ? values.key.trim() : '';
  if (key === '') {
    throw new GraphQLError(
      'The refundCreate mutation requires an idempotency key. Use the @idempotent directive.',
      {extensions: {code: 'BAD_REQUEST'}},
    );
  }
  return key;
}

function refusal(error: UserError) {
  return {refund: null, order: null, userErrors: [error]};
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
