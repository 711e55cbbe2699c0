import {describe, expect, it} from 'vitest';
import type {Campaign} from '../../../web/server/campaigns/campaign';
import {journeySnapshot, promiseSnapshot} from '../../../web/server/followup/case-snapshot';
import type {Journey, StepEvent} from '../../../web/server/signals/journey';
import {EMPTY_CONTEXT} from '../../../web/server/signals/signal';
import {MINUTE, NOW, journey, signal} from './fixtures';

const T0 = NOW - 20 * MINUTE;
const step = (name: string, s: StepEvent['step'], minutes: number, seq: number): StepEvent => ({
  name,
  step: s,
  at: T0 + minutes * MINUTE,
  seq,
  eventId: `evt-${seq}`,
});

// contact at 0, delivery at 2, shipping at 5, payment at 8, back to delivery at 10, payment at 12.
const STEP_EVENTS: StepEvent[] = [
  step('checkout_started', 'contact', 0, 1),
  step('checkout_contact_info_submitted', 'delivery', 2, 2),
  step('checkout_address_info_submitted', 'shipping', 5, 3),
  step('checkout_shipping_info_submitted', 'payment', 8, 4),
  step('checkout_contact_info_submitted', 'delivery', 10, 5),
  step('checkout_shipping_info_submitted', 'payment', 12, 6),
];

const struggling: Journey = journey({
  stepEvents: STEP_EVENTS,
  steps: {
    contact: {firstAt: T0, lastAt: T0},
    delivery: {firstAt: T0 + 2 * MINUTE, lastAt: T0 + 10 * MINUTE},
    shipping: {firstAt: T0 + 5 * MINUTE, lastAt: T0 + 5 * MINUTE},
    payment: {firstAt: T0 + 8 * MINUTE, lastAt: T0 + 12 * MINUTE},
  },
  lastActivityAt: T0 + 15 * MINUTE,
  identity: {
    asOf: T0,
    customerId: '77',
    emailHash: 'h',
    isFirstOrder: false,
    acceptsEmailMarketing: true,
  },
  alerts: [
    {
      at: T0 + 3 * MINUTE,
      seq: 7,
      eventId: 'evt-a1',
      kind: 'discount',
      type: 'DISCOUNT_ERROR',
      target: 'reductions',
      message: 'Enter a valid discount code',
      code: 'winter20',
    },
    {
      at: T0 + 4 * MINUTE,
      seq: 8,
      eventId: 'evt-a2',
      kind: 'discount',
      type: 'DISCOUNT_ERROR',
      target: 'reductions',
      message: 'WINTER20 isn’t valid right now',
      code: 'WINTER20',
    },
    {
      at: T0 + 13 * MINUTE,
      seq: 9,
      eventId: 'evt-a3',
      kind: 'payment',
      type: 'PAYMENT_ERROR',
      target: 'payment',
      message: 'Your card was declined',
      code: null,
    },
  ],
});

describe('journeySnapshot: what the case was about, as it was', () => {
  const signals = [
    signal('payment_failed', {
      occurredAt: T0 + 13 * MINUTE,
      evidence: {eventIds: ['evt-6', 'evt-a3'], message: 'stale text'},
    }),
    signal('code_rejected', {
      occurredAt: T0 + 3 * MINUTE,
      evidence: {eventIds: ['evt-a1', 'evt-a2'], message: 'WINTER20 isn’t valid right now'},
    }),
    signal('stalled', {occurredAt: T0 + 12 * MINUTE, evidence: {eventIds: ['evt-6']}}),
    signal('checkout_error', {
      evidence: {eventIds: ['evt-x'], source: 'ui_extension', message: 'TypeError: x is undefined'},
    }),
  ];
  const snapshot = journeySnapshot(struggling, signals, EMPTY_CONTEXT);

  it('when the shopper went back and forth, then each step tells the time spent over every visit', () => {
    expect(snapshot.steps.map((s) => [s.step, s.durationMs / MINUTE])).toEqual([
      ['contact', 2],
      ['delivery', 3 + 2],
      ['shipping', 3],
      ['payment', 2 + 3],
    ]);
    expect(snapshot.furthestStep).toBe('payment');
  });

  it('when signals came from alerts, then each keeps the exact words the shopper read', () => {
    expect(snapshot.signals.map((s) => [s.type, s.alertText])).toEqual([
      ['code_rejected', 'WINTER20 isn’t valid right now'],
      ['checkout_error', null],
      ['stalled', null],
      ['payment_failed', 'Your card was declined'],
    ]);
  });

  it('when codes were refused, then each code tried is told with its message and count', () => {
    expect(snapshot.codesTried).toEqual([
      {code: 'WINTER20', message: 'WINTER20 isn’t valid right now', times: 2},
    ]);
  });

  it('when the cart is copied, then variants are GIDs, unit prices are per unit, properties are empty', () => {
    expect(snapshot.cart?.lines).toEqual([
      {
        title: 'Faux Fur Throw',
        variantId: 'gid://shopify/ProductVariant/4455',
        sku: 'FFT-1',
        quantity: 2,
        unitPrice: {amount: 90, currencyCode: 'USD'},
        linePrice: {amount: 180, currencyCode: 'USD'},
        properties: [],
      },
      expect.objectContaining({
        title: 'Pillow Cover',
        variantId: null,
        unitPrice: {amount: 60, currencyCode: 'USD'},
      }),
    ]);
    expect(snapshot.cart?.total).toEqual({amount: 240, currencyCode: 'USD'});
    expect(snapshot.shopper).toEqual({
      customerId: 'gid://shopify/Customer/77',
      isFirstOrder: false,
      acceptsEmailMarketing: true,
    });
  });

  it('when the journey is later changed, then the snapshot does not move', () => {
    const copy = structuredClone(snapshot);
    struggling.cart?.lines.push({...(struggling.cart.lines[0] ?? ({} as never)), title: 'Later'});
    if (struggling.cart?.total) struggling.cart.total.amount = 1;
    expect(snapshot).toEqual(copy);
  });

  it('when only checkout webhooks told the step (no consent), then that step is listed with no time', () => {
    const quiet = journey({webhookStep: {step: 'shipping', at: T0}, cart: null});
    const s = journeySnapshot(quiet, [], EMPTY_CONTEXT);
    expect(s.steps).toEqual([{step: 'shipping', firstAt: T0, lastAt: T0, durationMs: 0}]);
    expect(s.cart).toBeNull();
  });
});

describe('promiseSnapshot: the promise and its code’s state when the case opened', () => {
  const campaign: Campaign = {
    id: 'cmp_winter',
    shop: 's',
    name: 'Winter',
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'everyone'},
      minimum: null,
    },
    discountCodes: ['WINTER20', 'WINTER20B'],
    sendAt: 1,
    promiseStartsAt: 2,
    promiseEndsAt: 3,
    recipients: null,
    attributionKey: 'winter-sale',
    email: {links: [], html: null},
    createdAt: 0,
    updatedAt: 0,
  };

  it('when the last check found the code expired, then the snapshot keeps that state', () => {
    const report = {
      checkedAt: NOW - MINUTE,
      health: 'blocked' as const,
      findings: [
        {
          code: 'USAGE_LIMIT_TOO_LOW' as const,
          severity: 'warning' as const,
          subject: 'WINTER20',
          explanation: 'Only 100 uses.',
          fix: '',
        },
        {
          code: 'DISCOUNT_EXPIRED' as const,
          severity: 'blocker' as const,
          subject: 'winter20',
          explanation: 'WINTER20 ended on 1 Jul.',
          fix: '',
        },
        {
          code: 'LINK_MISSING_CODE' as const,
          severity: 'warning' as const,
          subject: 'https://x',
          explanation: 'A link.',
          fix: '',
        },
      ],
    };
    expect(promiseSnapshot(campaign, report, 'USD', 'winter20')).toEqual({
      campaignId: 'cmp_winter',
      campaignName: 'Winter',
      promiseSentence: '20% off the entire order',
      terms: campaign.promise,
      codes: ['WINTER20', 'WINTER20B'],
      startsAt: 2,
      endsAt: 3,
      codeState: {
        code: 'WINTER20',
        status: 'DISCOUNT_EXPIRED',
        checkedAt: NOW - MINUTE,
        summary: 'WINTER20 ended on 1 Jul.',
      },
    });
  });

  it('when the check found nothing about the code, then it is ready', () => {
    const state = promiseSnapshot(
      campaign,
      {checkedAt: 5, health: 'ready', findings: []},
      'USD',
    )?.codeState;
    expect(state).toMatchObject({code: 'WINTER20', status: 'READY', checkedAt: 5});
  });

  it.each([
    ['no campaign', null, null],
    ['a campaign never verified', campaign, null],
  ] as const)('when there is %s, then nothing is invented', (_what, c, report) => {
    const s = promiseSnapshot(c, report, 'USD');
    expect(s?.codeState ?? null).toBeNull();
  });
});
