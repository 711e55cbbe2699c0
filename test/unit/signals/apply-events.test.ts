import {describe, expect, it} from 'vitest';
import {hashEmail} from '../../../web/server/privacy';
import {applyEvents} from '../../../web/server/signals/apply-event';
import {journeyIdFor} from '../../../web/server/signals/journey';
import {stepTransitions} from '../../../web/server/signals/journey-views';
import {FIXTURES, SHOP, eventAt, events, journeyOf, lastAt, shuffled} from './fixtures';

const SMOOTH_TOKEN = 'Z2NwLXVzLWNlbnRyYWwxOjAxSkQ4Wks0UTFNN1ZZVDNSMkhYV0o2UE4wU01PT1RI';

describe('applyEvents: what a journey records', () => {
  const journey = journeyOf('smooth-purchase');

  it('when a checkout is followed to its order, then the journey is keyed by shop and token', () => {
    expect(journey.id).toBe(journeyIdFor(SHOP, {checkoutToken: SMOOTH_TOKEN, clientId: null}));
    expect(journey.id).toMatch(/^jrn_[0-9a-f]{24}$/);
    expect(journey.checkoutToken).toBe(SMOOTH_TOKEN);
    expect(journey.clientIds).toEqual(['a3f1c9e2-5b7d-4e80-9c61-2f4d8b0e7a15']);
  });

  it('when the shopper reloads on the payment step, then the steps still only move forward', () => {
    expect(stepTransitions(journey).map((move) => move.to)).toEqual([
      'contact',
      'delivery',
      'shipping',
      'payment',
      'completed',
    ]);
    expect(journey.currentStep).toBe('completed');
    expect(journey.steps.payment).toEqual({
      firstAt: Date.parse(eventAt('smooth-purchase', 'checkout_shipping_info_submitted').timestamp),
      lastAt: Date.parse(eventAt('smooth-purchase', 'payment_info_submitted').timestamp),
    });
  });

  it('when the checkout holds the campaign code, then cart, discount and attribution are kept', () => {
    expect(journey.cart).toMatchObject({
      currencyCode: 'USD',
      subtotal: {amount: 132, currencyCode: 'USD'},
      shipping: {amount: 9.95, currencyCode: 'USD'},
      discountsAmount: {amount: 33, currencyCode: 'USD'},
      discountApplications: [{type: 'DISCOUNT_CODE', title: 'WINTER20', allocated: 33}],
    });
    expect(journey.cart?.lines.map((line) => [line.title, line.quantity])).toEqual([
      ['Faux Fur Throw', 1],
      ['Faux Fur Pillow Cover', 1],
    ]);
    expect(journey.discountCodesSeen).toEqual(['WINTER20']);
    expect(journey.attribution).toMatchObject({
      campaignKey: 'winter-sale',
      source: 'klaviyo',
      medium: 'email',
      code: 'WINTER20',
    });
  });

  it('when Shopify names the customer, then their id and a hash of their email are kept', () => {
    expect(journey.identity).toMatchObject({
      customerId: 'gid://shopify/Customer/7788990011',
      emailHash: hashEmail(SHOP, 'dana.whitfield@example.com'),
      isFirstOrder: false,
      acceptsEmailMarketing: true,
    });
    expect(journey.completion).toMatchObject({
      orderId: 'gid://shopify/Order/6123456789012',
      source: 'pixel',
    });
  });

  it('when fields are edited, then each field counts its changes with their event ids', () => {
    expect(journey.fieldEdits.map((f) => [f.field, f.count])).toEqual([
      ['address1', 1],
      ['city', 1],
      ['email', 1],
      ['postalCode', 1],
    ]);
    expect(journey.lastActivityAt).toBe(lastAt('smooth-purchase'));
    expect(journey.lastActivity?.eventId).toBe(eventAt('smooth-purchase', 'checkout_completed').id);
  });
});

describe('applyEvents: order, batches and repeats', () => {
  it.each(FIXTURES)('when the %s events arrive shuffled, then the journey is the same', (name) => {
    const expected = journeyOf(name);
    for (const seed of [1, 7, 42]) {
      expect(applyEvents(undefined, shuffled(events(name), seed), SHOP)).toEqual(expected);
    }
  });

  it.each(FIXTURES)(
    'when the %s events come in batches out of order, then the journey is the same',
    (name) => {
      const all = shuffled(events(name), 3);
      const batches = [all.slice(0, 3), all.slice(3, 5), all.slice(5)].reverse();
      const journey = batches.reduce<ReturnType<typeof applyEvents> | undefined>(
        (state, batch) => (batch.length === 0 ? state : applyEvents(state, batch, SHOP)),
        undefined,
      );
      expect(journey).toEqual(journeyOf(name));
    },
  );

  it.each(FIXTURES)(
    'when the %s events are applied twice, then the journey does not change',
    (name) => {
      const once = journeyOf(name);
      expect(applyEvents(once, events(name), SHOP)).toEqual(once);
      expect(applyEvents(undefined, [...events(name), ...events(name)], SHOP)).toEqual(once);
    },
  );

  it('when a journey is given, then it is not changed in place', () => {
    const before = journeyOf('stall', (e) => e.name === 'checkout_started');
    const copy = structuredClone(before);
    applyEvents(before, events('stall'), SHOP);
    expect(before).toEqual(copy);
  });
});

describe('applyEvents: stable ids', () => {
  it('when only events naming no checkout come, then no journey starts from them', () => {
    const dom = events('repeated-edits').filter((e) => e.type === 'dom');
    expect(() => applyEvents(undefined, dom, SHOP)).toThrow(/checkout token/);
  });

  it('when a journey stored before ids were stable learns its token, then its id stays', () => {
    const all = events('repeated-edits');
    const dom = all.filter((e) => e.type === 'dom');
    // As a journey stored before ids were stable was: keyed by its client, DOM events only.
    const legacy = {
      ...journeyOf('repeated-edits'),
      id: journeyIdFor(SHOP, {checkoutToken: null, clientId: all[0]!.clientId}),
      checkoutToken: null,
      eventIds: dom.map((e) => e.id).sort(),
    };
    const joined = applyEvents(legacy, all, SHOP);
    expect(joined.id).toBe(legacy.id);
    expect(joined.checkoutToken).toBe(journeyOf('repeated-edits').checkoutToken);
    expect({...joined, id: journeyOf('repeated-edits').id}).toEqual(journeyOf('repeated-edits'));
  });

  it('when an event names another checkout, then it is left out of this journey', () => {
    const journey = applyEvents(journeyOf('stall'), events('abandonment'), SHOP);
    const withoutTokens = events('abandonment').filter((e) => e.type === 'dom');
    expect(journey.eventIds).toEqual(applyEvents(journeyOf('stall'), withoutTokens, SHOP).eventIds);
    expect(journey.checkoutToken).toBe(journeyOf('stall').checkoutToken);
  });

  it.each([
    ['no journey and no events', () => applyEvents(undefined, [], SHOP)],
    ['a journey of another shop', () => applyEvents(journeyOf('stall'), [], 'other.myshopify.com')],
  ])('when called with %s, then it throws (a programming error)', (_case, call) => {
    expect(call).toThrow();
  });
});

describe('applyEvents: personal data', () => {
  const TYPED_OR_PERSONAL = [
    'dana.whitfield',
    'Whitfield',
    '1428 Elm',
    'Portland',
    '97205',
    '+1503',
    '9720',
  ];

  it.each(FIXTURES)(
    'when the %s journey is stored, then it holds no email, address or typed value',
    (name) => {
      const stored = JSON.stringify(journeyOf(name));
      for (const text of TYPED_OR_PERSONAL) expect(stored).not.toContain(text);
    },
  );

  it('when an alert shows what was typed in a field, then only a discount code is kept', () => {
    const alerts = journeyOf('input-invalid').alerts;
    expect(alerts.map((a) => [a.kind, a.code, a.message])).toEqual([
      ['input', null, 'Enter a valid email'],
      ['input', null, 'Enter a ZIP code'],
    ]);
    expect(journeyOf('code-rejected').alerts.map((a) => a.code)).toEqual(['WINTER20', 'winter20']);
  });

  it('when an extension error carries a stack trace, then only its message is kept', () => {
    const [error] = journeyOf('extension-error').extensionErrors;
    expect(error).toMatchObject({appName: 'Gift Wrap Plus', extensionName: 'Gift message'});
    expect(JSON.stringify(error)).not.toContain('renderWithHooks');
  });
});
