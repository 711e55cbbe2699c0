/** Follow-up answers as the server gives them (`/work`'s contract), for the admin's jsdom tests. */

export const MINUTE = 60_000;
export const NOW = Date.now();
export const CASE_ID = 'case_7b1f0d2a';
export const ANNA = {userId: '4101', name: 'Anna Berg'};
export const BEN = {userId: '4102', name: 'Ben Okafor'};
export const PROMO_HEADLINE =
  'Was promised 20% off by the “Winter clearance” email but reached payment with no discount applied (code WINTER20).';

export function caseSummary(overrides: Record<string, unknown> = {}) {
  return {
    id: CASE_ID,
    status: 'new',
    priority: 'urgent',
    assignee: null,
    openedAt: NOW - 27 * MINUTE,
    dueAt: NOW - 12 * MINUTE,
    overdue: true,
    firstContactAt: null,
    snoozedUntil: null,
    resolvedAt: null,
    outcome: null,
    headline: PROMO_HEADLINE,
    signalTypes: ['promo_not_applied'],
    campaign: {id: 'cmp_winter', name: 'Winter clearance'},
    cartTotal: {amount: 265.55, currencyCode: 'USD'},
    shopperLabel: 'Returning customer · 14 orders',
    ...overrides,
  };
}

const JOURNEY = {
  journeyId: 'jrn_9729ae481cdfa50b680b7372',
  checkoutToken: 'tok-1',
  startedAt: NOW - 40 * MINUTE,
  lastActivityAt: NOW - 28 * MINUTE,
  steps: [
    {
      step: 'contact',
      firstAt: NOW - 40 * MINUTE,
      lastAt: NOW - 38 * MINUTE,
      durationMs: 2 * MINUTE,
    },
    {
      step: 'payment',
      firstAt: NOW - 38 * MINUTE,
      lastAt: NOW - 28 * MINUTE,
      durationMs: 10 * MINUTE,
    },
  ],
  furthestStep: 'payment',
  cart: {
    currencyCode: 'USD',
    lines: [
      {
        title: 'Fox fur collar',
        variantId: 'gid://shopify/ProductVariant/1',
        sku: 'FOX-1',
        quantity: 2,
        unitPrice: {amount: 110, currencyCode: 'USD'},
        linePrice: {amount: 220, currencyCode: 'USD'},
        properties: [],
      },
      {
        title: 'Gift wrap',
        variantId: null,
        sku: null,
        quantity: 1,
        unitPrice: null,
        linePrice: {amount: 5, currencyCode: 'USD'},
        properties: [],
      },
    ],
    subtotal: {amount: 225, currencyCode: 'USD'},
    shipping: {amount: 20, currencyCode: 'USD'},
    tax: {amount: 20.55, currencyCode: 'USD'},
    total: {amount: 265.55, currencyCode: 'USD'},
    discountsAmount: null,
    codesApplied: [],
  },
  codesTried: [{code: 'WINTER20', message: 'Enter a valid discount code', times: 2}],
  signals: [
    {
      id: 'sig-1',
      type: 'code_rejected',
      severity: 'high',
      sentence: 'The code WINTER20 was refused twice.',
      occurredAt: NOW - 30 * MINUTE,
      alertText: 'Enter a valid discount code',
    },
  ],
  shopper: {
    customerId: 'gid://shopify/Customer/9',
    isFirstOrder: false,
    acceptsEmailMarketing: true,
  },
};

export function caseView(
  overrides: {case?: Record<string, unknown>} & Record<string, unknown> = {},
) {
  const {case: caseOverrides = {}, ...rest} = overrides;
  return {
    case: {
      ...caseSummary(),
      suggestedChannel: 'phone',
      snapshot: {
        takenAt: NOW - 27 * MINUTE,
        promise: {
          campaignId: 'cmp_winter',
          campaignName: 'Winter clearance',
          promiseSentence: '20% off your entire order',
          codes: ['WINTER20'],
          startsAt: NOW - 3 * 24 * 60 * MINUTE,
          endsAt: NOW + 4 * 24 * 60 * MINUTE,
          codeState: {
            code: 'WINTER20',
            status: 'expired',
            checkedAt: NOW - 60 * MINUTE,
            summary: 'the code ended yesterday',
          },
        },
        journeys: [JOURNEY],
      },
      draftOrder: null,
      resolvedOrder: null,
      recoveredRevenue: null,
      journeyIds: [JOURNEY.journeyId],
      revision: 3,
      ...caseOverrides,
    },
    shopper: {
      status: {state: 'known', readAt: NOW - MINUTE},
      words: 'Customer since March 2019 · 14 orders · subscribed to email',
      contact: {name: 'Marie Tremblay', email: 'marie@example.com', phone: '+1 514 555 0199'},
    },
    contactBasis: {
      allowed: true,
      basis: 'service_recovery',
      reason: 'The shop promised this shopper 20% off and the code was refused: making it right.',
    },
    suggestedMessage: {
      language: 'en',
      subject: 'Your 20% off, made right',
      body: 'Hello Marie, the code WINTER20 from our email was refused at checkout. I have set your order aside with the 20% off.',
    },
    timeline: [
      {
        id: 'ev-1',
        at: NOW - 27 * MINUTE,
        actor: 'heed',
        actorName: null,
        kind: 'opened',
        sentence: 'Heed opened the case (rule “Broken promise”).',
      },
      {
        id: 'ev-2',
        at: NOW - 5 * MINUTE,
        actor: ANNA.userId,
        actorName: ANNA.name,
        kind: 'note',
        sentence: 'Anna Berg added a note: “Will call after lunch.”',
      },
    ],
    contacts: [],
    refund: null,
    staff: [ANNA, BEN],
    ...rest,
  };
}

export function staffMember(overrides: Record<string, unknown> = {}) {
  return {
    userId: ANNA.userId,
    name: ANNA.name,
    email: 'anna@furs.example',
    role: 'lead',
    timeZone: 'America/Toronto',
    workingHours: [
      {day: 1, start: '09:00', end: '17:00'},
      {day: 2, start: '09:00', end: '17:00'},
    ],
    available: true,
    onShiftNow: true,
    lastSeenAt: NOW,
    isMe: true,
    ...overrides,
  };
}

export const ME_LEAD = {me: staffMember()};
