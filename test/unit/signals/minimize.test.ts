import {describe, expect, it} from 'vitest';
import {minimizeEventData, redactRejectedEvent} from '../../../web/server/signals/minimize';
import {hashEmail} from '../../../web/server/privacy';

const SHOP = 'fabulous-furs.myshopify.com';
const ADDRESS = {
  address1: '1200 SE Morrison St',
  city: 'Portland',
  country: 'United States',
  firstName: 'Dana',
  lastName: 'Whitfield',
  phone: '+15035550147',
  zip: '97214',
};

describe('personal data kept from the pixel', () => {
  it('when a checkout names the shopper, then only a per-shop hash of the email is kept, no phone or address', () => {
    const data = {
      checkout: {
        token: 'tok-1',
        email: 'Dana.Whitfield@example.com',
        phone: '+15035550147',
        smsMarketingPhone: '+15035550147',
        shippingAddress: ADDRESS,
        billingAddress: ADDRESS,
        buyerAcceptsEmailMarketing: true,
        subtotalPrice: {amount: 189, currencyCode: 'CAD'},
      },
    };
    const kept = minimizeEventData(SHOP, data) as {checkout: Record<string, unknown>};
    expect(kept.checkout).toEqual({
      token: 'tok-1',
      buyerAcceptsEmailMarketing: true,
      subtotalPrice: {amount: 189, currencyCode: 'CAD'},
      emailHash: hashEmail(SHOP, 'dana.whitfield@example.com'),
    });
    expect(JSON.stringify(kept)).not.toMatch(/Whitfield|5550147|Morrison|97214/);
    // The event as received is not changed.
    expect(data.checkout.email).toBe('Dana.Whitfield@example.com');
  });

  it('when a sender puts its own email hash in a checkout, then it is not kept', () => {
    const kept = minimizeEventData(SHOP, {checkout: {token: 'tok-1', emailHash: 'a'.repeat(64)}});
    expect(kept).toEqual({checkout: {token: 'tok-1'}});
  });

  it('when an alert is about the discount field, then the code tried is kept; any other field’s value is not', () => {
    const discount = {
      alert: {
        type: 'DISCOUNT_ERROR',
        target: 'checkout.discountCode',
        message: 'x',
        value: 'FURS20',
      },
    };
    expect(minimizeEventData(SHOP, discount)).toEqual(discount);
    const email = {
      alert: {
        type: 'INPUT_INVALID',
        target: '$.cart.buyerIdentity.email',
        message: 'Enter a valid email',
        value: 'dana.whitfield@exmaple',
      },
    };
    expect(minimizeEventData(SHOP, email)).toEqual({alert: {...email.alert, value: null}});
    const unreadable = {alert: {target: 'x', value: '4242 4242 4242 4242'}};
    expect(minimizeEventData(SHOP, unreadable)).toEqual({
      alert: {...unreadable.alert, value: null},
    });
  });

  it('when data holds nothing personal, then it is kept as it came', () => {
    const dom = {element: {id: 'email', name: 'email', valueLength: 12}};
    expect(minimizeEventData(SHOP, dom)).toBe(dom);
    expect(minimizeEventData(SHOP, null)).toBeNull();
    expect(minimizeEventData(SHOP, 'text')).toBe('text');
  });

  it('when an event is rejected, then quarantine keeps why it failed but not the page, what was typed, or who typed it', () => {
    const rejected = {
      id: 'sh-1',
      name: 'form_submitted',
      type: 'dom',
      timestamp: 'yesterday',
      context: {document: {location: {href: 'https://shop.example/checkouts/cn/abc?email=x'}}},
      data: {
        element: {
          id: 'Form0',
          value: 'secret',
          elements: [
            {id: 'card', value: '4242 4242 4242 4242'},
            {id: 'email', value: 'dana.whitfield@example.com'},
          ],
        },
        checkout: {token: 'tok-1', email: 'dana.whitfield@example.com', phone: '+15035550147'},
      },
    };
    const kept = redactRejectedEvent(rejected, SHOP);
    expect(kept).toEqual({
      id: 'sh-1',
      name: 'form_submitted',
      type: 'dom',
      timestamp: 'yesterday',
      data: {
        element: {id: 'Form0', elements: [{id: 'card'}, {id: 'email'}]},
        checkout: {token: 'tok-1', emailHash: hashEmail(SHOP, 'dana.whitfield@example.com')},
      },
    });
    expect(redactRejectedEvent('not an event', SHOP)).toBe('not an event');
    expect(redactRejectedEvent({id: 'x', context: {}}, SHOP)).toEqual({id: 'x'});
  });
});
