// @vitest-environment jsdom
import {getExtension} from '@shopify/ui-extensions-tester';
import type {I18n} from '@shopify/ui-extensions/checkout';
import {render} from 'preact';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {SETTLE_MS} from '../../extensions/promo-reassurance/src/use-settled';
import {expectedWords} from '../../extensions/promo-reassurance/src/expected-words';
import {
  banners,
  EXTENSION_DIR,
  i18nFor,
  settle,
  stubBackend,
  WINTER_OFFER,
  WITHIN_30,
  type HelpStub,
  type Language,
} from './promo-reassurance-harness';

/**
 * "Have someone from {shop} contact me", in every state a shopper meets it: offered (filled in
 * from checkout where it may be read), asking, asked (with when to expect contact, in their
 * language), failed with a retry, and not offered where the offer applied. Rendered by Shopify's
 * extension tester, with Heed's backend stubbed behind `fetch`.
 */

const CAMPAIGN = {key: '_heed_utm_campaign', value: 'winter-email'};
const WINTER_SAVING = [
  {
    type: 'code' as const,
    code: 'WINTER20',
    discountedAmount: {amount: 24, currencyCode: 'USD' as const},
  },
];
const WAIT = {timeout: SETTLE_MS + 2_000, interval: 20};
/** Tuesday 7 July 2026, 20:00 in Paris: the shop is closed for the night. */
const TUESDAY_EVENING = Date.parse('2026-07-07T18:00:00Z');
const WEDNESDAY_9_PARIS = Date.parse('2026-07-08T07:00:00Z');

function signalOf<T>(value: T) {
  return {value, current: value, subscribe: () => () => undefined, destroy: async () => undefined};
}

interface Shopper {
  i18n: I18n;
  localization: {extensionLanguage: {value: {isoCode: string}}; timezone: {value: string}};
}

function speaks(shopify: Shopper, language: Language, timeZone = 'America/New_York') {
  Object.assign(shopify.i18n, i18nFor(language));
  Object.assign(shopify.localization, {
    extensionLanguage: signalOf({isoCode: language}),
    timezone: signalOf(timeZone),
  });
}

/**
 * Grants the extension the buyer's contact, as level 2 protected customer data access does:
 * without it checkout has no `buyerIdentity` at all (and the tester's mock neither).
 */
function buyer(shopify: Shopper, contact: {email?: string; phone?: string}) {
  Object.defineProperty(shopify, 'buyerIdentity', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: {
      customer: signalOf(undefined),
      email: signalOf(contact.email),
      phone: signalOf(contact.phone),
      purchasingCompany: signalOf(undefined),
    },
  });
}

function backend(extension: {fetch: typeof globalThis.fetch}, help?: HelpStub[]) {
  const stub = stubBackend({offer: WINTER_OFFER}, help);
  extension.fetch = stub.fetch;
  return stub;
}

const el = (selector: string) => document.body.querySelector(selector);
const askButton = () =>
  [...document.body.querySelectorAll('s-button')].find((b) => b.textContent?.includes('contact'));
const click = (element: Element | null | undefined) =>
  element?.dispatchEvent(new MouseEvent('click', {bubbles: true}));
const paragraphs = () => banners().flatMap((b) => b.lines);

/** Types into a checkout field as the host does: the element's value, then an input event. */
function type(selector: string, text: string) {
  const field = el(selector);
  if (!field) throw new Error(`no ${selector}`);
  Object.assign(field, {value: text});
  field.dispatchEvent(new Event('input', {bubbles: true}));
}

function choose(value: string) {
  const list = el('s-choice-list');
  if (!list) throw new Error('no choice list');
  Object.assign(list, {values: [value]});
  list.dispatchEvent(new Event('change', {bubbles: true}));
}

const checkout = getExtension('purchase.checkout.reductions.render-after', {
  configSearchDir: EXTENSION_DIR,
});

describe('asking for a person next to the discount field', () => {
  beforeEach(() => {
    checkout.setUp();
    speaks(checkout.shopify, 'en');
    checkout.shopify.attributes.value = [CAMPAIGN];
    checkout.shopify.checkoutToken.value = 'checkout-token-7';
    // The code cannot be added here: the shopper is told their offer still stands.
    checkout.shopify.instructions.value = {
      ...checkout.shopify.instructions.value,
      discounts: {canUpdateDiscountCodes: false},
    };
  });

  afterEach(() => {
    render(null, document.body);
    checkout.tearDown();
    vi.useRealTimers();
  });

  it('when the offer did not apply and checkout lets Heed read the email, then asking is offered with the email filled in', async () => {
    backend(checkout);
    buyer(checkout.shopify, {email: 'dana@example.com', phone: '+1 613 555 0142'});

    await checkout.render();

    await vi.waitFor(() => expect(askButton()).toBeDefined(), WAIT);
    expect(askButton()?.textContent).toBe('Have someone from Mock Shop contact me');
    expect(el('s-choice-list')?.getAttribute('label')).toBe('How should we reach you?');
    expect(el('s-choice-list')?.getAttribute('values')).toBe('email');
    expect(el('s-email-field')?.getAttribute('value')).toBe('dana@example.com');
    expect(el('s-phone-field')).toBeNull();
    expect(banners()[0]?.heading).toBe('Your 20% email offer still stands');
  });

  it('when checkout lets Heed read only a phone number, then phone is chosen and filled in', async () => {
    backend(checkout);
    buyer(checkout.shopify, {phone: '+1 613 555 0142'});

    await checkout.render();

    await vi.waitFor(() => expect(el('s-phone-field')).not.toBeNull(), WAIT);
    expect(el('s-choice-list')?.getAttribute('values')).toBe('phone');
    expect(el('s-phone-field')?.getAttribute('value')).toBe('+1 613 555 0142');
  });

  it('while the request is on its way, then the button shows it and the fields wait, and the answer follows', async () => {
    const heed = backend(checkout, [{hold: true}]);
    buyer(checkout.shopify, {email: 'dana@example.com'});
    await checkout.render();
    await vi.waitFor(() => expect(askButton()).toBeDefined(), WAIT);

    click(askButton());

    await vi.waitFor(() => expect(askButton()?.getAttribute('loading')).toBe('true'), WAIT);
    expect(el('s-email-field')?.getAttribute('disabled')).toBe('true');
    expect(paragraphs()).not.toContain(expect.stringMatching(/^Thank you/));
    heed.release();
    await vi.waitFor(
      () =>
        expect(paragraphs()).toContain(
          'Thank you. Someone from Mock Shop will contact you by email within about 30 minutes.',
        ),
      WAIT,
    );
    expect(askButton()).toBeUndefined();
  });

  it('when Heed took the request, then the shopper reads when to expect contact and Heed heard the channel they chose', async () => {
    const heed = backend(checkout);
    buyer(checkout.shopify, {email: 'dana@example.com'});
    await checkout.render();
    await vi.waitFor(() => expect(askButton()).toBeDefined(), WAIT);

    choose('phone');
    await vi.waitFor(() => expect(el('s-phone-field')).not.toBeNull(), WAIT);
    type('s-phone-field', '613 555 0142');
    // The host re-renders between the shopper's keystrokes and their click.
    await settle();
    click(askButton());

    await vi.waitFor(
      () =>
        expect(paragraphs()).toContain(
          'Thank you. Someone from Mock Shop will contact you by phone within about 30 minutes.',
        ),
      WAIT,
    );
    expect(heed.helpRequests()).toEqual([
      {
        surface: 'checkout',
        checkoutToken: 'checkout-token-7',
        channel: 'phone',
        phone: '613 555 0142',
        locale: 'en',
      },
    ]);
    const call = heed.calls.find((c) => c.url.pathname === '/api/checkout/help');
    expect(call?.method).toBe('POST');
    expect(call?.authorization).toBe('Bearer mock-session-token');
  });

  it('when a French shopper asks while the shop is closed, then they read in French that someone will call after it opens tomorrow', async () => {
    vi.useFakeTimers({toFake: ['Date']});
    vi.setSystemTime(TUESDAY_EVENING);
    speaks(checkout.shopify, 'fr', 'Europe/Paris');
    backend(checkout, [{answer: {asked: true, expected: {kind: 'after', at: WEDNESDAY_9_PARIS}}}]);
    buyer(checkout.shopify, {email: 'marie@example.com'});
    await checkout.render();
    await vi.waitFor(() => expect(el('s-button')).not.toBeNull(), WAIT);
    expect(el('s-button')?.textContent).toBe("Être contacté par quelqu'un de Mock Shop");

    click(el('s-button'));

    await vi.waitFor(
      () =>
        expect(paragraphs()).toContain(
          "Merci. Quelqu'un de Mock Shop vous contactera par e-mail demain après 9:00.",
        ),
      WAIT,
    );
  });

  it('when a German shopper asks by phone, then they read in German within about how many hours', async () => {
    speaks(checkout.shopify, 'de', 'Europe/Berlin');
    const heed = backend(checkout, [
      {answer: {asked: true, expected: {kind: 'within', minutes: 120}, timeZone: null}},
    ]);
    buyer(checkout.shopify, {phone: '+49 30 1234567'});
    await checkout.render();
    await vi.waitFor(() => expect(el('s-phone-field')).not.toBeNull(), WAIT);

    click(el('s-button'));

    await vi.waitFor(
      () =>
        expect(paragraphs()).toContain(
          'Danke. Jemand von Mock Shop meldet sich in etwa 2 Stunden telefonisch bei Ihnen.',
        ),
      WAIT,
    );
    expect(heed.helpRequests()[0]).toMatchObject({channel: 'phone', locale: 'de'});
  });

  it.each<[string, HelpStub]>([
    ['Heed answers 503', {status: 503}],
    ['the network fails', {networkError: true}],
    ['Heed answers something it cannot be held to', {answer: {asked: true, expected: {}}}],
  ])(
    'when %s, then the shopper is told and tries again, and the retry goes through',
    async (_what, first) => {
      const heed = backend(checkout, [first, {answer: WITHIN_30}]);
      buyer(checkout.shopify, {email: 'dana@example.com'});
      await checkout.render();
      await vi.waitFor(() => expect(askButton()).toBeDefined(), WAIT);

      click(askButton());

      await vi.waitFor(
        () => expect(paragraphs()).toContain("We couldn't send your request. Please try again."),
        WAIT,
      );
      const retry = el('s-button');
      expect(retry?.textContent).toBe('Try again');
      click(retry);
      await vi.waitFor(
        () =>
          expect(paragraphs()).toContain(
            'Thank you. Someone from Mock Shop will contact you by email within about 30 minutes.',
          ),
        WAIT,
      );
      expect(heed.helpRequests()).toHaveLength(2);
      expect(heed.helpRequests()[1]).toEqual(heed.helpRequests()[0]);
    },
  );

  it('when checkout gives Heed no address and the shopper types none, then the field says what is missing and nothing is sent', async () => {
    const heed = backend(checkout);
    await checkout.render();
    await vi.waitFor(() => expect(askButton()).toBeDefined(), WAIT);
    expect(el('s-email-field')?.getAttribute('value')).toBe('');

    click(askButton());

    await vi.waitFor(
      () =>
        expect(el('s-email-field')?.getAttribute('error')).toBe(
          'Enter an email address we can reach you at.',
        ),
      WAIT,
    );
    await settle();
    expect(heed.helpRequests()).toEqual([]);
  });

  it('when the offer applied, then no person is offered', async () => {
    backend(checkout);
    checkout.shopify.discountCodes.value = [{code: 'WINTER20'}];
    checkout.shopify.discountAllocations.value = WINTER_SAVING;

    await checkout.render();

    await vi.waitFor(() => expect(banners()[0]?.tone).toBe('success'), WAIT);
    await settle();
    expect(document.body.querySelector('s-button')).toBeNull();
    expect(document.body.querySelector('s-choice-list')).toBeNull();
  });
});

const thankYou = getExtension('purchase.thank-you.block.render', {configSearchDir: EXTENSION_DIR});

describe('asking for a person on the thank-you page', () => {
  beforeEach(() => {
    thankYou.setUp();
    speaks(thankYou.shopify, 'en');
    thankYou.shopify.attributes.value = [CAMPAIGN];
    thankYou.shopify.checkoutToken.value = 'checkout-token-9';
    thankYou.shopify.orderConfirmation.value = {
      order: {id: 'gid://shopify/OrderIdentity/1001'},
      number: '1001',
      isFirstOrder: false,
    };
  });

  afterEach(() => {
    render(null, document.body);
    thankYou.tearDown();
  });

  it('when the order missed its promised discount, then the shopper may ask, and Heed hears the order and the checkout', async () => {
    const heed = backend(thankYou);
    buyer(thankYou.shopify, {email: 'dana@example.com'});
    await thankYou.render();
    await vi.waitFor(() => expect(askButton()).toBeDefined(), WAIT);
    expect(banners()[0]?.heading).toBe("We'll make your 20% email offer right");

    click(askButton());

    await vi.waitFor(
      () =>
        expect(paragraphs()).toContain(
          'Thank you. Someone from Mock Shop will contact you by email within about 30 minutes.',
        ),
      WAIT,
    );
    expect(heed.helpRequests()).toEqual([
      {
        surface: 'thank_you',
        checkoutToken: 'checkout-token-9',
        orderId: 'gid://shopify/OrderIdentity/1001',
        channel: 'email',
        email: 'dana@example.com',
        locale: 'en',
      },
    ]);
  });

  it('when the order received the discount, then no person is offered', async () => {
    backend(thankYou);
    thankYou.shopify.discountCodes.value = [{code: 'WINTER20'}];
    thankYou.shopify.discountAllocations.value = WINTER_SAVING;

    await thankYou.render();

    await vi.waitFor(() => expect(banners()[0]?.tone).toBe('success'), WAIT);
    expect(document.body.querySelector('s-button')).toBeNull();
  });
});

describe('when to expect contact, in the shopper’s words', () => {
  const i18n = (language: Language) => i18nFor(language) as unknown as I18n;

  it.each<[Language, Parameters<typeof expectedWords>[0], string]>([
    ['en', {kind: 'within', minutes: 5}, 'within about 5 minutes'],
    ['en', {kind: 'within', minutes: 60}, 'within about an hour'],
    ['en', {kind: 'within', minutes: 2 * 24 * 60}, 'within about 2 days'],
    ['en', {kind: 'after', at: WEDNESDAY_9_PARIS}, 'tomorrow after 9:00 AM'],
    ['en', {kind: 'by', at: Date.parse('2026-07-07T19:30:00Z')}, 'by 9:30 PM today'],
    ['fr', {kind: 'by', at: Date.parse('2026-07-10T07:20:00Z')}, 'vendredi avant 9:20'],
    ['de', {kind: 'after', at: Date.parse('2026-07-13T07:00:00Z')}, 'am Montag ab 9:00'],
    ['de', {kind: 'within', minutes: 60}, 'in etwa einer Stunde'],
  ])(
    'when a %s shopper in Paris on Tuesday evening is told %o, then it reads “%s”',
    (language, expected, words) => {
      expect(expectedWords(expected, i18n(language), TUESDAY_EVENING, 'Europe/Paris')).toBe(words);
    },
  );

  it('when the same instant is told to a shopper in Los Angeles, then their own clock and day are used', () => {
    expect(
      expectedWords(
        {kind: 'after', at: WEDNESDAY_9_PARIS},
        i18n('en'),
        TUESDAY_EVENING,
        'America/Los_Angeles',
      ),
    ).toBe('tomorrow after 12:00 AM');
  });
});
