import {describe, expect, it} from 'vitest';
import {identify, mentionsCustomer} from '../../../web/server/webhooks/customer-erasure';
import {hashEmail} from '../../../web/server/privacy';

const SHOP = 'fabulous-furs.myshopify.com';
const dana = identify(SHOP, {id: '6940095564061', email: ' Dana.Whitfield@Example.com '});

describe('customer erasure', () => {
  it('when a customer is identified, then every form of their id and their per-shop email hash are known', () => {
    expect(dana).toEqual({
      customerIds: ['gid://shopify/Customer/6940095564061', '6940095564061'],
      email: 'dana.whitfield@example.com',
      emailHash: hashEmail(SHOP, 'dana.whitfield@example.com'),
    });
    expect(identify(SHOP, {id: null, email: null})).toEqual({
      customerIds: [],
      email: null,
      emailHash: null,
    });
  });

  it.each([
    ['their numeric id', {customer: {id: 6940095564061}}],
    ['their id as text', {customer_id: '6940095564061'}],
    ['their GID', {admin_graphql_api_id: 'gid://shopify/Customer/6940095564061'}],
    ['their email, in any case', {email: 'DANA.WHITFIELD@example.com'}],
    ['their email inside a note', {note_attributes: [{value: 'from dana.whitfield@example.com'}]}],
  ])('when a body holds %s, then it mentions the customer', (_what, body) => {
    expect(mentionsCustomer(body, dana)).toBe(true);
  });

  it.each([
    ['another customer', {customer: {id: 7002, email: 'paul@example.com'}}],
    ['a number that only contains their id', {total_weight: 69400955640610}],
    ['an order of the same number', {id: 'gid://shopify/Order/6940095564061x'}],
    ['nothing', null],
  ])('when a body holds %s, then it does not mention the customer', (_what, body) => {
    expect(mentionsCustomer(body, dana)).toBe(false);
  });
});
