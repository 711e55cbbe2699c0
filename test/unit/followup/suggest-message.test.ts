import {describe, expect, it} from 'vitest';
import {
  PROBLEM_KINDS,
  problemKindOf,
  suggestMessage,
  type SuggestMessageInput,
} from '../../../web/server/followup/suggest-message';
import type {CaseSnapshot, JourneySnapshot} from '../../../web/server/followup/types';
import {NOW} from './fixtures';
import {checkReply, type ReplyFacts} from '../../../web/server/followup/reply-check';

const usd = (amount: number) => ({amount, currencyCode: 'USD'});

const JOURNEY: JourneySnapshot = {
  journeyId: 'jrn_1',
  checkoutToken: 'tok',
  startedAt: NOW - 3_600_000,
  lastActivityAt: NOW - 600_000,
  steps: [],
  furthestStep: 'payment',
  cart: {
    currencyCode: 'USD',
    lines: [
      {
        title: 'Faux Fur Throw',
        variantId: 'gid://shopify/ProductVariant/1',
        sku: null,
        quantity: 2,
        unitPrice: usd(60),
        linePrice: usd(120),
        properties: [],
      },
      {
        title: 'Pillow Cover',
        variantId: null,
        sku: null,
        quantity: 1,
        unitPrice: usd(40),
        linePrice: usd(40),
        properties: [],
      },
    ],
    subtotal: usd(160),
    shipping: null,
    tax: null,
    total: usd(160),
    discountsAmount: usd(0),
    codesApplied: [],
  },
  codesTried: [{code: 'WINTER20', message: 'WINTER20 isn’t valid right now', times: 2}],
  signals: [
    {
      id: 's1',
      type: 'code_rejected',
      severity: 'high',
      sentence: 'Saw …',
      occurredAt: NOW - 900_000,
      alertText: 'WINTER20 isn’t valid right now',
    },
    {
      id: 's2',
      type: 'payment_failed',
      severity: 'high',
      sentence: 'Payment failed …',
      occurredAt: NOW - 700_000,
      alertText: 'Your card was declined',
    },
  ],
  shopper: {
    customerId: 'gid://shopify/Customer/7',
    isFirstOrder: false,
    acceptsEmailMarketing: true,
  },
};

const SNAPSHOT: CaseSnapshot = {
  takenAt: NOW,
  promise: {
    campaignId: 'cmp_winter',
    campaignName: 'Winter',
    promiseSentence: '20% off the entire order',
    terms: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'everyone'},
      minimum: null,
    },
    codes: ['WINTER20'],
    startsAt: 0,
    endsAt: NOW + 1,
    codeState: null,
  },
  journeys: [JOURNEY],
};

const DRAFT = {
  id: 'gid://shopify/DraftOrder/9',
  name: '#D9',
  invoiceUrl: 'https://furs.example/invoices/abc',
  discount: {kind: 'code' as const, code: 'WINTER20'},
  droppedLines: [],
  createdAt: NOW,
  invoiceSentAt: null,
};

const input = (overrides: Partial<SuggestMessageInput>): SuggestMessageInput => ({
  problem: 'promise_not_applied',
  snapshot: SNAPSHOT,
  shopperName: 'Dana',
  staffName: 'Anna',
  shopName: 'Fabulous Furs',
  language: 'en-US',
  draftOrder: null,
  action: null,
  ...overrides,
});

describe('suggestMessage: one message per kind of problem, from the case’s facts', () => {
  it('when the promised discount did not apply and Anna resumed the order, then the message says both', () => {
    expect(suggestMessage(input({draftOrder: DRAFT, action: 'resumed'}))).toEqual({
      language: 'en',
      subject: 'The discount we promised you',
      body: [
        'Hello Dana,',
        'Our “Winter” email promised you 20% off your entire order with the code WINTER20, but when you reached checkout the discount did not apply. That was our mistake, not yours.',
        'I have prepared your order for you, with 20% off your entire order already taken off. You can complete it here whenever it suits you: https://furs.example/invoices/abc',
        'Best regards,\nAnna\nFabulous Furs',
      ].join('\n\n'),
    });
  });

  it('when a draft order exists but was not the action taken, then the message promises no link', () => {
    const {body} = suggestMessage(input({draftOrder: DRAFT, action: null}));
    expect(body).not.toContain('https://');
    expect(body).toContain('I can set up your order for you');
  });

  it('when the order missed the promise and the difference was refunded, then the amount is named', () => {
    const {subject, body} = suggestMessage(
      input({problem: 'promise_missing_on_order', action: 'refunded', refunded: usd(24)}),
    );
    expect(subject).toBe('Your order and the discount we owe you');
    expect(body).toContain(
      'Your order was placed without 20% off your entire order that our “Winter” email promised you (code WINTER20).',
    );
    expect(body).toContain(
      'I have refunded the difference of $24.00 to your original payment method.',
    );
  });

  it('when nothing was refunded yet, then the message does not say it was', () => {
    const {body} = suggestMessage(input({problem: 'promise_missing_on_order'}));
    expect(body).not.toContain('I have refunded');
  });

  it('when the code was refused, then the message quotes the alert the shopper saw', () => {
    const {subject, body} = suggestMessage(input({problem: 'code_refused'}));
    expect(subject).toBe('Your code WINTER20');
    expect(body).toContain(
      'When you entered the code WINTER20 at checkout, you saw “WINTER20 isn’t valid right now”. Our “Winter” email promised you 20% off your entire order, so it should have worked.',
    );
  });

  it('when no alert text was kept, then the message quotes nothing it did not see', () => {
    const bare = {...SNAPSHOT, journeys: [{...JOURNEY, codesTried: [], signals: []}]};
    const {body} = suggestMessage(input({problem: 'code_refused', snapshot: bare}));
    expect(body).toContain('When you entered the code WINTER20 at checkout, it was not accepted.');
    expect(body).not.toContain('you saw');
  });

  it('when the payment failed, then the message names the decline', () => {
    const {subject, body} = suggestMessage(input({problem: 'checkout_problem'}));
    expect(subject).toBe('Your order did not go through');
    expect(body).toContain(
      'checkout showed “Your card was declined” and the order did not go through.',
    );
  });

  it('when the error was an extension crash the shopper never read, then no error text is quoted', () => {
    const crash = {
      ...SNAPSHOT,
      journeys: [
        {
          ...JOURNEY,
          signals: [
            {
              id: 's',
              type: 'checkout_error',
              severity: 'medium',
              sentence: 'x',
              occurredAt: NOW,
              alertText: null,
            },
          ],
        },
      ],
    };
    const {body} = suggestMessage(input({problem: 'checkout_problem', snapshot: crash}));
    expect(body).toContain('checkout ran into a problem');
    expect(body).not.toMatch(/“/);
  });

  it('when a cart was abandoned, then the message lists it and the promise that still applies', () => {
    const {subject, body} = suggestMessage(input({problem: 'abandoned_cart'}));
    expect(subject).toBe('Your cart at Fabulous Furs');
    expect(body).toContain(
      'You left Faux Fur Throw (2) and Pillow Cover in your cart. 20% off your entire order (code WINTER20) still applies.',
    );
  });

  it('when no campaign is behind the abandoned cart, then no promise is mentioned', () => {
    const {body} = suggestMessage(
      input({problem: 'abandoned_cart', snapshot: {...SNAPSHOT, promise: null}}),
    );
    expect(body).not.toContain('still applies');
    expect(body).not.toContain('WINTER20');
  });
});

describe('suggestMessage: in the shopper’s language', () => {
  it('when the shopper speaks German, then the message is German with the promise in German', () => {
    const message = suggestMessage(
      input({problem: 'code_refused', language: 'de-DE', draftOrder: DRAFT, action: 'resumed'}),
    );
    expect(message.language).toBe('de');
    expect(message.subject).toBe('Ihr Code WINTER20');
    expect(message.body).toContain('Guten Tag Dana,');
    expect(message.body).toContain(
      'Als Sie an der Kasse den Code WINTER20 eingegeben haben, wurde „WINTER20 isn’t valid right now“ angezeigt.',
    );
    expect(message.body).toContain('20 % Rabatt auf Ihre gesamte Bestellung ist bereits abgezogen');
    expect(message.body).toContain('https://furs.example/invoices/abc');
  });

  it('when the shopper speaks Canadian French, then the message is French', () => {
    const message = suggestMessage(
      input({
        problem: 'promise_missing_on_order',
        language: 'fr-CA',
        action: 'refunded',
        refunded: usd(24),
      }),
    );
    expect(message.language).toBe('fr');
    expect(message.body).toContain('Bonjour Dana,');
    expect(message.body).toContain('20 % de réduction sur toute votre commande');
    expect(message.body).toMatch(/Je vous ai remboursé la différence de 24,00\s\$US/);
  });

  it.each([null, 'ja-JP', '', 'xx'])(
    'when the language is %j, then the message is English',
    (language) => {
      expect(suggestMessage(input({language})).language).toBe('en');
    },
  );

  it('when the shopper’s name is unknown, then the greeting stands without one', () => {
    expect(suggestMessage(input({shopperName: null, staffName: null})).body).toMatch(
      /^Hello,\n\n[\s\S]*Best regards,\nFabulous Furs$/,
    );
  });

  const everyMessage = PROBLEM_KINDS.flatMap((problem) =>
    ['en', 'de', 'fr'].map((language) => [problem, language] as const),
  );
  it.each(everyMessage)(
    'when a %s message is written in %s, then it never thanks for registering or calls the shopper new',
    (problem, language) => {
      const {subject, body} = suggestMessage(input({problem, language}));
      expect(`${subject}\n${body}`).not.toMatch(
        /regist|welcome|willkommen|bienvenue|new customer|neukunde|nouveau client|thank you for/i,
      );
      expect(body).not.toContain('undefined');
      expect(body).not.toContain('null');
    },
  );
});

describe('problemKindOf: the worst problem decides the message', () => {
  it.each([
    [['abandoned', 'promo_missing_on_order', 'promo_not_applied'], 'promise_missing_on_order'],
    [['code_rejected', 'promo_not_applied'], 'promise_not_applied'],
    [['payment_failed', 'code_rejected'], 'code_refused'],
    [['checkout_error'], 'checkout_problem'],
    [['abandoned', 'stalled'], 'abandoned_cart'],
    [[], 'abandoned_cart'],
  ])('when the signals are %j, then the message is about %s', (types, kind) => {
    expect(problemKindOf(types)).toBe(kind);
  });
});

describe('every suggested message passes the reply check', () => {
  const facts = (problem: (typeof PROBLEM_KINDS)[number]): ReplyFacts => ({
    problem,
    ordersBefore: 14,
    customerSince: 'March 2019',
    promise: {codes: ['WINTER20'], terms: SNAPSHOT.promise?.terms ?? null, emailShowedCode: false},
    orderedSince: [],
  });
  it.each(
    PROBLEM_KINDS.flatMap((problem) =>
      ['en', 'de', 'fr'].flatMap((language) =>
        [null, 'resumed'].map((action) => [problem, language, action] as const),
      ),
    ),
  )(
    'when Heed suggests the %s message in %s (action %s), then it warns of nothing',
    (problem, language, action) => {
      const message = suggestMessage(
        input({
          problem,
          language,
          action: action === 'resumed' ? 'resumed' : null,
          draftOrder: action === 'resumed' ? DRAFT : null,
        }),
      );
      expect(checkReply(message, facts(problem))).toEqual([]);
    },
  );
});
