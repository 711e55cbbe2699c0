import {describe, expect, it} from 'vitest';
import {searchValue} from '../../web/server/followup/shopper-status';
import {searchFilter} from '../../web/simulator/order-search';

const order = {
  id: 'gid://shopify/Order/7003',
  createdAt: '2026-11-27T16:00:00.000Z',
  email: 'jonas.berg@example.com',
  customerId: 'gid://shopify/Customer/6003',
};

describe('the simulator’s order search', () => {
  it.each<[string, string, boolean]>([
    ['the same email in another case', `email:${searchValue('Jonas.Berg@example.com')}`, true],
    ['another email', `email:${searchValue('jonas@example.com')}`, false],
    ['an order at the very time asked', `created_at:>='2026-11-27T16:00:00.000Z'`, true],
    ['an order a millisecond before', `created_at:>='2026-11-27T16:00:00.001Z'`, false],
    [
      'email and time together',
      `email:"jonas.berg@example.com" created_at:>=2026-11-27T15:00:00Z`,
      true,
    ],
    ['the order number', 'id:7003', true],
    ['another customer', 'customer_id:6001', false],
  ])('when the query asks for %s, then the order matches: %s', (_case, query, matches) => {
    expect(searchFilter(query)(order)).toBe(matches);
  });

  it('when an email holds a quote, then Heed escapes it and the search reads it back whole', () => {
    const odd = {...order, email: 'o"brien\\x@example.com'};
    expect(searchFilter(`email:${searchValue(odd.email)}`)(odd)).toBe(true);
    expect(searchFilter(`email:${searchValue('o"brien')}`)(odd)).toBe(false);
  });
});
