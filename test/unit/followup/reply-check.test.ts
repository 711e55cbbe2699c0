import {describe, expect, it} from 'vitest';
import {checkReply, type ReplyFacts} from '../../../web/server/followup/reply-check';

const TWENTY = {
  kind: 'percentage' as const,
  value: 20,
  scope: {type: 'entire_order' as const},
  audience: {type: 'email_subscribers' as const},
  minimum: null,
};

/** The Fabulous Furs shopper: a customer for years, a 20% email that showed no code. */
const furs: ReplyFacts = {
  problem: 'promise_not_applied',
  ordersBefore: 14,
  customerSince: 'March 2019',
  promise: {codes: ['FURS20'], terms: TWENTY, emailShowedCode: false},
  orderedSince: [],
};

const good = {
  subject: 'The discount we promised you',
  body: 'Hello Margaret, the 20% from our September email did not apply at checkout. I have taken it off the order I prepared for you. Anna',
};

const rules = (body: string, facts: ReplyFacts = furs, subject = 'About your order') =>
  checkReply({subject, body}, facts).map((w) => w.rule);

describe('the reply check', () => {
  it('when the Fabulous Furs reply is checked, then it warns that the email never showed a code', () => {
    const warnings = checkReply(
      {
        subject: 'Re: your order',
        body: 'Our e-mail is set up tp take promo numbers. If you put it in the beginning it will take off the deduction. Thank you',
      },
      furs,
    );
    expect(warnings.map((w) => w.rule)).toEqual(['asks_to_enter_code']);
    expect(warnings[0]?.message).toMatch(/email never showed one/);
  });

  it('when the automated “thank you for registering” goes to a customer of years, then it warns with their history', () => {
    const warnings = checkReply(
      {subject: 'Your basket', body: 'Thank you for registering on the Fabulous Furs website.'},
      {...furs, problem: 'abandoned_cart'},
    );
    expect(warnings.map((w) => w.rule)).toContain('thanks_for_registering');
    expect(warnings.find((w) => w.rule === 'thanks_for_registering')?.message).toMatch(
      /ordered 14 times and has been a customer since March 2019/,
    );
  });

  it('when a message names the problem, the promise and nothing false, then nothing warns', () => {
    expect(checkReply(good, furs)).toEqual([]);
  });

  it.each([
    ['calls_returning_new', 'Welcome to Fabulous Furs! Your 20% discount is on this order.'],
    ['calls_returning_new', 'As a new customer you get 20% off.'],
    ['calls_returning_new', 'Willkommen! Ihr Rabatt von 20% ist abgezogen.'],
    ['calls_returning_new', 'Bienvenue ! Votre réduction de 20% est appliquée.'],
    ['thanks_for_registering', 'Thanks for signing up. Your 20% discount is applied.'],
    ['thanks_for_registering', 'Danke für Ihre Registrierung. Der Rabatt von 20% fehlt.'],
    ['thanks_for_registering', 'Merci pour votre inscription. La remise de 20% est appliquée.'],
    ['asks_to_enter_code', 'Please enter the discount code at checkout to get 20% off.'],
    [
      'asks_to_enter_code',
      'Bitte den Gutscheincode an der Kasse eingeben, dann gibt es 20% Rabatt.',
    ],
    ['asks_to_enter_code', 'Saisissez le code à la caisse pour obtenir 20% de réduction.'],
    ['names_other_code', 'Use WINTER20 and the 20% discount applies.'],
    ['promises_other_value', 'I took 15% off your order to make up for the discount.'],
    ['misses_the_problem', 'Hello Margaret, just checking in. Anna'],
  ])('when the message breaks %s (“%s”), then it warns', (rule, body) => {
    expect(rules(body)).toContain(rule);
  });

  it.each([
    [
      'a returning customer thanked for their loyalty',
      'Thank you for being a customer. Your 20% discount is applied.',
    ],
    ['the campaign’s own code named', 'Your code FURS20 now gives the 20% discount.'],
    ['the promised value said', 'The 20% discount is taken off the order I prepared.'],
    [
      'a code asked for when the email showed one',
      'Enter the discount code FURS20 to get 20% off.',
    ],
  ])('when %s, then nothing warns', (what, body) => {
    const facts =
      what === 'a code asked for when the email showed one'
        ? {...furs, promise: {...furs.promise!, emailShowedCode: true}}
        : furs;
    expect(rules(body, facts)).toEqual([]);
  });

  it('when a new shopper is welcomed, then it does not warn: Shopify says they are new', () => {
    expect(
      rules('Welcome! Your 20% discount is on the order.', {...furs, ordersBefore: 0}),
    ).toEqual([]);
  });

  it('when nobody knows how many orders the shopper has, then being called new does not warn, but registering still does', () => {
    const unknown = {...furs, ordersBefore: null, customerSince: null};
    expect(rules('Welcome! Your 20% discount is on the order.', unknown)).toEqual([]);
    expect(rules('Thank you for registering. Your 20% discount is on the order.', unknown)).toEqual(
      ['thanks_for_registering'],
    );
  });

  it('when the shopper ordered since, then it warns naming the order', () => {
    const warnings = checkReply(good, {
      ...furs,
      orderedSince: [
        {id: 'gid://shopify/Order/1', name: '#1043', createdAt: 0, sourceName: 'pos', total: null},
      ],
    });
    expect(warnings).toEqual([
      {
        rule: 'shopper_ordered_since',
        message: 'The shopper already ordered since: #1043.',
        wording: {key: 'cases:reply.orderedSince', values: {order: '#1043'}},
      },
    ]);
  });

  it.each([
    ['promise_missing_on_order', 'I refunded the difference on your order.'],
    ['code_refused', 'Checkout refused your code; here is an order with it applied.'],
    ['checkout_problem', 'Your payment did not go through; I can help over the phone.'],
    ['abandoned_cart', 'Your cart is still waiting for you.'],
  ] as const)(
    'when a %s message names its problem, then it does not warn that it misses it',
    (problem, body) => {
      expect(rules(body, {...furs, problem, promise: null})).not.toContain('misses_the_problem');
    },
  );
});
