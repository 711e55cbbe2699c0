import {beforeEach, describe, expect, it} from 'vitest';
import {z} from 'zod';
import {REFUND_CREATE_MUTATION} from '../../../web/server/admin-api/documents';
import {refundDifference} from '../../../web/server/followup/refund';
import {DEMO_CUSTOMERS} from '../../../web/simulator/demo-customers';
import {simulatedAdmin, type SimulatedAdmin} from '../../support/simulated-admin';

const NOW = Date.parse('2026-11-27T17:00:00Z');

let t: SimulatedAdmin;
beforeEach(async () => {
  t = await simulatedAdmin(NOW);
});

describe('refunding the difference in the simulated shop', () => {
  it('when the shopper paid without the promised 20%, then the difference goes back on the sale, once', async () => {
    const {order} = t.sim.placeOrder(t.shop, {
      customerId: DEMO_CUSTOMERS.longTime,
      lineItems: [
        {
          title: 'Sable Faux Fur Throw',
          productId: 'gid://shopify/Product/2001',
          quantity: 1,
          unitPrice: '189.00',
        },
      ],
    });
    const refunded = await refundDifference(
      t.query,
      t.shop,
      order.id,
      {amount: 37.8, currencyCode: 'CAD'},
      'The promised 20% did not apply',
      'refund:case_42',
    );
    expect(refunded).toMatchObject({
      ok: true,
      refund: {
        orderId: order.id,
        orderName: order.name,
        amount: {amount: 37.8, currencyCode: 'CAD'},
        createdAt: NOW,
      },
    });
    const refund = t.sim.requests.find((r) => r.operationName === 'RefundCreate');
    expect(refund?.variables).toMatchObject({
      input: {
        orderId: order.id,
        transactions: [
          {
            kind: 'REFUND',
            amount: '37.80',
            gateway: 'shopify_payments',
            parentId: order.transactions[0]?.id,
          },
        ],
      },
    });
    expect(order.refunds).toHaveLength(1);
    expect(refund?.query).toMatch(/@idempotent\(key: \$idempotencyKey\)/);
    expect(refund?.variables).toMatchObject({idempotencyKey: 'refund:case_42'});
  });

  it('when the same refund is asked again with its key (a retry), then Shopify refunds once and answers the same refund', async () => {
    const {order} = t.sim.placeOrder(t.shop, {
      customerId: DEMO_CUSTOMERS.longTime,
      lineItems: [
        {
          title: 'Sable Faux Fur Throw',
          productId: 'gid://shopify/Product/2001',
          quantity: 1,
          unitPrice: '189.00',
        },
      ],
    });
    const money = {amount: 37.8, currencyCode: 'CAD'};
    const first = await refundDifference(t.query, t.shop, order.id, money, 'n', 'refund:case_9');
    const again = await refundDifference(t.query, t.shop, order.id, money, 'n', 'refund:case_9');
    expect(first.ok && again.ok && again.refund.id === first.refund.id).toBe(true);
    expect(order.refunds).toHaveLength(1);
    const other = await refundDifference(t.query, t.shop, order.id, money, 'n', 'refund:case_10');
    expect(other).toMatchObject({ok: true});
    expect(order.refunds).toHaveLength(2);
  });

  it.each<[string, number, RegExp]>([
    ['more than was paid', 500, /No payment of order #\d+ can take a refund of 500\.00 CAD/],
    ['nothing', 0, /no difference to refund/],
  ])('when the refund is %s, then nothing is refunded', async (_case, amount, reason) => {
    const {order} = t.sim.placeOrder(t.shop, {
      customerId: DEMO_CUSTOMERS.longTime,
      lineItems: [
        {
          title: 'Sable Faux Fur Throw',
          productId: 'gid://shopify/Product/2001',
          quantity: 1,
          unitPrice: '189.00',
        },
      ],
    });
    const refunded = await refundDifference(
      t.query,
      t.shop,
      order.id,
      {amount, currencyCode: 'CAD'},
      'x',
      'refund:case_7',
    );
    expect(refunded).toMatchObject({ok: false, reason: expect.stringMatching(reason)});
    expect(order.refunds).toEqual([]);
  });

  it('when a refund is asked without an idempotency key, then Shopify (2026-07) refuses to run it', async () => {
    const {order} = t.sim.placeOrder(t.shop, {
      lineItems: [
        {
          title: 'Faux Fur Trapper Hat',
          productId: 'gid://shopify/Product/2004',
          quantity: 1,
          unitPrice: '79.00',
        },
      ],
    });
    const withoutKey = REFUND_CREATE_MUTATION.replace(
      '@idempotent(key: $idempotencyKey)',
      '',
    ).replace(', $idempotencyKey: String!', '');
    const result = await t.query(
      t.shop,
      withoutKey,
      {input: {orderId: order.id, transactions: []}},
      z.unknown(),
    );
    // The client's failure carries Shopify's messages: the resolver refused, not validation.
    expect(result).toMatchObject({
      ok: false,
      reason: 'graphql_errors',
      messages: [expect.stringMatching(/requires an idempotency key/)],
    });
    const answer = t.sim.requests.at(-1);
    expect(answer).toMatchObject({operationName: 'RefundCreate', status: 200});
    expect(order.refunds).toEqual([]);
  });

  it('when Shopify is down, then the refund fails as retryable with nothing refunded', async () => {
    const {order} = t.sim.placeOrder(t.shop, {
      lineItems: [
        {
          title: 'Sable Faux Fur Throw',
          productId: 'gid://shopify/Product/2001',
          quantity: 1,
          unitPrice: '189.00',
        },
      ],
    });
    t.sim.failShop(t.shop);
    const refunded = await refundDifference(
      t.query,
      t.shop,
      order.id,
      {amount: 10, currencyCode: 'CAD'},
      'x',
      'refund:case_8',
    );
    expect(refunded).toMatchObject({
      ok: false,
      retryable: true,
      reason: 'Shopify could not be reached',
    });
    expect(order.refunds).toEqual([]);
  });
});
