import {describe, expect, it} from 'vitest';
import {checkPixelEvent} from '../../../web/server/signals/pixel-event';
import {sanitizeDomData} from '../../../web/server/signals/dom-element';
import {checkoutTokenOf, readAlert, readCheckout} from '../../../web/server/signals/pixel-data';
import {FIXTURES, events, rawFixture} from './fixtures';

const valid = {
  id: 'sh-88153c5a-8F2D-4CCA-3231-EF5C032A4C3B',
  name: 'checkout_started',
  type: 'standard',
  timestamp: '2026-11-27T15:04:11.482Z',
  clientId: 'a3f1c9e2-5b7d-4e80-9c61-2f4d8b0e7a15',
  seq: 3,
  data: {checkout: {token: 'abc'}},
};

describe('pixel event schema', () => {
  it.each(FIXTURES)('when the %s fixture is read, then every event passes the schema', (name) => {
    expect(events(name).length).toBe(rawFixture(name).length);
  });

  it('when an event carries its browser context, then the context is not kept', () => {
    const [first] = rawFixture('smooth-purchase') as Array<Record<string, unknown>>;
    expect(first).toHaveProperty('context');
    const parsed = checkPixelEvent(first);
    expect(parsed.ok && 'context' in parsed.value).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain('utm_campaign=winter-sale&email');
  });

  it('when a DOM event carries what the shopper typed, then only its length is kept', () => {
    const parsed = checkPixelEvent({
      ...valid,
      name: 'input_changed',
      type: 'dom',
      data: {
        element: {
          id: 'email',
          name: 'email',
          tagName: 'INPUT',
          type: 'email',
          value: 'dana@example.com',
        },
      },
    });
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        data: {
          element: {id: 'email', name: 'email', tagName: 'INPUT', type: 'email', valueLength: 16},
        },
      }),
    });
  });

  it('when a checked DOM event is read again, then it stays as checked and a raw one is cleaned', () => {
    const element = {id: 'email', name: 'email', tagName: 'INPUT', type: 'email'};
    const raw = {element: {...element, value: 'dana@example.com'}};
    const checked = sanitizeDomData(raw);
    expect(checked).toEqual({element: {...element, valueLength: 16}});
    expect(sanitizeDomData(checked)).toBe(checked);
    // An object shaped like checked output but not made by the check is checked like any other.
    const lookalike = {element: {...element, valueLength: 3, value: 'abc'}};
    expect(sanitizeDomData(lookalike)).toEqual({element: {...element, valueLength: 3}});
  });

  it('when a form is submitted, then none of its inputs keeps a value', () => {
    const parsed = checkPixelEvent({
      ...valid,
      name: 'form_submitted',
      type: 'dom',
      data: {
        element: {id: 'Form0', action: '/checkouts', elements: [{id: 'card', value: '4242 4242'}]},
      },
    });
    expect(JSON.stringify(parsed)).not.toContain('4242');
  });

  it.each([
    ['no id', {id: undefined}, 'id'],
    ['an id over 100 characters', {id: 'x'.repeat(101)}, 'id'],
    ['no name', {name: ''}, 'name'],
    ['an unknown type', {type: 'server'}, 'type'],
    ['a timestamp that is not ISO 8601', {timestamp: '27/11/2026 15:04'}, 'timestamp'],
    ['a negative seq', {seq: -1}, 'seq'],
    ['a fractional seq', {seq: 1.5}, 'seq'],
    ['no clientId', {clientId: undefined}, 'clientId'],
  ])('when an event has %s, then it is refused with a reason naming %s', (_case, patch, field) => {
    const parsed = checkPixelEvent({...valid, ...patch});
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(field);
  });

  it.each([null, 'checkout_started', 42, []])('when the event is %j, then it is refused', (raw) => {
    expect(checkPixelEvent(raw).ok).toBe(false);
  });
});

describe('event data readers', () => {
  it('when a checkout snapshot lacks most fields, then the reader fills nulls and empties', () => {
    expect(readCheckout({checkout: {token: 'abc', lineItems: 'broken'}})).toMatchObject({
      token: 'abc',
      lineItems: [],
      subtotalPrice: null,
      shippingLine: null,
      discountApplications: [],
    });
  });

  it('when money comes as a string, then it is read as a number', () => {
    const checkout = readCheckout({
      checkout: {subtotalPrice: {amount: '48.00', currencyCode: 'USD'}},
    });
    expect(checkout?.subtotalPrice).toEqual({amount: 48, currencyCode: 'USD'});
  });

  it.each([
    ['DOM event', {element: {id: 'email'}}],
    ['alert', {alert: {type: 'DISCOUNT_ERROR', target: 'cart.discountCodes', message: 'x'}}],
    ['empty checkout token', {checkout: {token: ''}}],
    ['token that is not text', {checkout: {token: 42}}],
    ['token longer than 255 characters', {checkout: {token: 't'.repeat(256)}}],
    ['checkout that is not an object', {checkout: 'abc'}],
    ['data that is not an object', 'checkout'],
    ['null data', null],
  ])('when a %s names no checkout, then it has no checkout token', (_case, data) => {
    expect(checkoutTokenOf({data})).toBeNull();
  });

  it('when a checkout names its token, then that is the token', () => {
    expect(checkoutTokenOf({data: {checkout: {token: 't'.repeat(255)}}})).toBe('t'.repeat(255));
  });

  it('when the same data is read twice, then both reads agree and the second is the first', () => {
    const data = {checkout: {token: 'abc', subtotalPrice: {amount: '48.00', currencyCode: 'USD'}}};
    const first = readCheckout(data);
    expect(readCheckout(data)).toBe(first);
    expect(readCheckout({...data})).toEqual(first);
    expect(readCheckout('not data')).toBeNull();
  });

  it('when an alert has no type, then it is not read', () => {
    expect(readAlert({alert: {target: 'cart', message: 'Something went wrong'}})).toBeNull();
  });
});
