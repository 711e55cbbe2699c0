import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {commerceFacts} from '../../../web/server/webhooks/commerce-facts';
import {hashEmail} from '../../../web/server/privacy';

const SHOP = 'fabulous-furs.myshopify.com';
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/webhooks/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

/** What the fixtures say of Dana that Heed must never keep. */
const PERSONAL = [
  /dana\.whitfield@example\.com/i,
  /6135550142/,
  /Wellington/,
  /K1Y 2X4/,
  /Whitfield/,
  /203\.0\.113\.77/,
  /concierge/,
  /Mozilla/,
];

describe('commerce facts', () => {
  it.each(['checkout-create', 'checkout-update', 'order-create'])(
    'when a %s body is minimized, then no email, phone, name, address, IP or note is left',
    (name) => {
      const facts = JSON.stringify(
        commerceFacts(SHOP, name.startsWith('order') ? 'order' : 'checkout', fixture(name)),
      );
      for (const personal of PERSONAL) expect(facts).not.toMatch(personal);
    },
  );

  it('when an order is minimized, then ids are GIDs, the email is the per-shop hash, and the cart and money stay', () => {
    expect(commerceFacts(SHOP, 'order', fixture('order-create'))).toEqual({
      id: 'gid://shopify/Order/5829471046813',
      checkout_token: 'b1946ac92492d2347c6235b4d2611184',
      customer_id: 'gid://shopify/Customer/6940095564061',
      email_hash: hashEmail(SHOP, 'dana.whitfield@example.com'),
      created_at: '2026-11-27T11:26:03-05:00',
      updated_at: '2026-11-27T11:26:04-05:00',
      completed_at: null,
      cancelled_at: null,
      source_name: 'web',
      order_number: 1042,
      currency: 'CAD',
      subtotal_price: '240.00',
      total_price: '255.00',
      total_tax: '0.00',
      total_discounts: '0.00',
      discount_codes: [],
      note_attributes: [
        {name: '_heed_utm_campaign', value: 'winter-sale'},
        {name: '_heed_utm_source', value: 'klaviyo'},
        {name: '_heed_utm_medium', value: 'email'},
        {name: '_heed_discount_code', value: 'WINTER20'},
        {name: '_heed_landed_at', value: '2026-11-27T16:17:52.406Z'},
      ],
      line_items: [
        {
          title: 'Faux Fur Throw',
          quantity: 2,
          price: '120.00',
          total_discount: '0.00',
          variant_id: 'gid://shopify/ProductVariant/44910284324974',
          sku: 'FFT-ARC-5060',
        },
      ],
      shipping_lines: [{price: '15.00'}],
      buyer_accepts_marketing: true,
      has_email: true,
      has_phone: true,
      has_shipping_address: true,
      has_shipping_line: true,
    });
  });

  it.each([
    [
      'checkout-create',
      {has_email: true, has_phone: true, has_shipping_address: false, has_shipping_line: false},
    ],
    [
      'checkout-update',
      {has_email: true, has_phone: true, has_shipping_address: true, has_shipping_line: true},
    ],
  ])('when a %s body is minimized, then it says which steps the shopper reached', (name, steps) => {
    const facts = commerceFacts(SHOP, 'checkout', fixture(name));
    expect(facts).toMatchObject({
      ...steps,
      id: '36518208208029',
      checkout_token: 'b1946ac92492d2347c6235b4d2611184',
    });
  });

  it('when Shopify sent only the subscribed fields, then a missing address or phone is a false, not a failure', () => {
    const facts = commerceFacts(SHOP, 'checkout', {
      id: 1,
      token: 'tok',
      updated_at: '2026-11-27T11:21:05-05:00',
      shipping_address: {country_code: 'CA'},
      phone: null,
      line_items: [{title: 'Throw', quantity: 'two', price: 12}, null],
      discount_codes: 'not a list',
    });
    expect(facts).toMatchObject({
      has_phone: false,
      has_email: false,
      email_hash: null,
      has_shipping_address: true,
      line_items: [{title: 'Throw', quantity: 0, price: '12', variant_id: null}],
      discount_codes: [],
    });
  });

  it.each([
    ['not an object', 'a string'],
    ['an empty object', {}],
    ['null', null],
  ])('when the body is %s, then the facts are empty but well formed', (_what, body) => {
    expect(commerceFacts(SHOP, 'order', body)).toMatchObject({
      id: '',
      customer_id: null,
      line_items: [],
      has_email: false,
    });
  });
});
