// @vitest-environment jsdom
import {getExtension} from '@shopify/ui-extensions-tester';
import {createCartLine, createResult} from '@shopify/ui-extensions-tester/checkout';
import type {I18n} from '@shopify/ui-extensions/checkout';
import {render} from 'preact';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {BACKEND_URL} from '../../extensions/promo-reassurance/src/backend';
import {SETTLE_MS} from '../../extensions/promo-reassurance/src/use-settled';
import {
  banners,
  EXTENSION_DIR,
  flatten,
  formatCurrency,
  formatNumber,
  readLocale,
  settle,
  stubBackend,
  translate,
  WINTER_OFFER,
  type OfferAnswer,
} from './promo-reassurance-harness';

/**
 * The promo-reassurance checkout extension, rendered by Shopify's extension tester against a mock
 * `shopify` global, with Heed's backend stubbed behind `fetch`. Texts come from en.default.json.
 */

const CAMPAIGN = {key: '_heed_utm_campaign', value: 'winter-email'};
const WINTER_CODE = [{code: 'WINTER20'}];
const WINTER_SAVING = [
  {
    type: 'code' as const,
    code: 'WINTER20',
    discountedAmount: {amount: 24, currencyCode: 'USD' as const},
  },
];
const OFFER = 'Your 20% email offer';
const APPLYING = 'Applying your 20% email offer…';
const APPLIED = {tone: 'success', heading: `${OFFER} is applied`, lines: ['You save $24.00.']};
const NOT_APPLIED = {
  tone: 'info',
  heading: `${OFFER} still stands`,
  lines: [translate('notApplied.body')],
};
const NOT_APPLIED_EVENT = 'heed:promo_not_applied';
const WAIT = {timeout: SETTLE_MS + 2_000, interval: 20};

const checkout = getExtension('purchase.checkout.reductions.render-after', {
  configSearchDir: EXTENSION_DIR,
});

function withEnglishTexts(shopify: {i18n: I18n}) {
  shopify.i18n.translate = translate as typeof shopify.i18n.translate;
  shopify.i18n.formatCurrency = formatCurrency;
  shopify.i18n.formatNumber = formatNumber;
}

function backend(answer: OfferAnswer, extension: {fetch: typeof globalThis.fetch}) {
  const stub = stubBackend(answer);
  extension.fetch = stub.fetch;
  return stub;
}

describe('promo reassurance next to the discount field', () => {
  beforeEach(() => {
    checkout.setUp();
    withEnglishTexts(checkout.shopify);
    checkout.shopify.attributes.value = [CAMPAIGN];
  });

  afterEach(() => {
    render(null, document.body);
    checkout.tearDown();
  });

  it('when the campaign code is already applied, then the saving is shown and nothing is re-applied', async () => {
    const heed = backend({offer: WINTER_OFFER}, checkout);
    checkout.shopify.discountCodes.value = WINTER_CODE;
    checkout.shopify.discountAllocations.value = WINTER_SAVING;
    const apply = vi.spyOn(checkout.shopify, 'applyDiscountCodeChange');
    const publish = vi.spyOn(checkout.shopify.analytics, 'publish');

    await checkout.render();

    await vi.waitFor(() => expect(heed.outcomes()).toHaveLength(1), WAIT);
    expect(banners()).toEqual([APPLIED]);
    expect(heed.outcomes()).toEqual([
      {
        campaignId: WINTER_OFFER.campaignId,
        code: 'WINTER20',
        state: 'applied',
        amountSaved: {amount: 24, currencyCode: 'USD'},
      },
    ]);
    const [offerRequest] = heed.offerRequests();
    expect(offerRequest?.url.origin).toBe(new URL(BACKEND_URL ?? 'missing:').origin);
    expect(BACKEND_URL).toBe('https://heed.test');
    expect(Object.fromEntries(offerRequest?.url.searchParams ?? [])).toEqual({
      campaign: 'winter-email',
      codes: 'WINTER20',
    });
    expect(heed.calls.every((c) => c.authorization === 'Bearer mock-session-token')).toBe(true);
    expect(apply).not.toHaveBeenCalled();
    expect(publish).not.toHaveBeenCalled();
  });

  it('when the code is missing, then Heed applies it and shows the saving once checkout deducts it', async () => {
    const heed = backend({offer: WINTER_OFFER}, checkout);
    checkout.shopify.checkoutToken.value = 'checkout-token-1';
    // The host updates codes and allocations, then answers, as checkout does.
    const apply = vi.fn(async () => {
      checkout.shopify.discountCodes.value = WINTER_CODE;
      checkout.shopify.lines.value = [createCartLine({discountAllocations: WINTER_SAVING})];
      return createResult('applyDiscountCodeChange', {type: 'success'});
    });
    checkout.shopify.applyDiscountCodeChange = apply;

    await checkout.render();

    await vi.waitFor(() => expect(banners()).toEqual([APPLIED]), WAIT);
    expect(apply).toHaveBeenCalledExactlyOnceWith({type: 'addDiscountCode', code: 'WINTER20'});
    await vi.waitFor(() => expect(heed.outcomes()).toHaveLength(1), WAIT);
    expect(heed.outcomes()[0]).toMatchObject({state: 'applied', checkoutToken: 'checkout-token-1'});
  });

  it('while Heed applies the code, then the shopper is told it is being applied', async () => {
    backend({offer: WINTER_OFFER}, checkout);
    checkout.shopify.applyDiscountCodeChange = () => new Promise(() => undefined);

    await checkout.render();

    await vi.waitFor(
      () => expect(banners()).toEqual([{tone: 'info', heading: APPLYING, lines: []}]),
      WAIT,
    );
  });

  it.each([
    {
      case: 'Shopify refuses the code Heed applies',
      reason: 'apply_error',
      arrange: () => {
        checkout.shopify.applyDiscountCodeChange = vi.fn(async () =>
          createResult('applyDiscountCodeChange', {
            type: 'error',
            message: 'Discount code WINTER20 is not valid for this checkout',
          }),
        );
      },
    },
    {
      case: 'the code is in the checkout but takes nothing off',
      reason: 'no_allocation',
      arrange: () => {
        checkout.shopify.discountCodes.value = WINTER_CODE;
      },
    },
    {
      case: 'this checkout does not let extensions change discount codes',
      reason: 'cannot_update',
      arrange: () => {
        checkout.shopify.instructions.value = {
          ...checkout.shopify.instructions.value,
          discounts: {canUpdateDiscountCodes: false},
        };
      },
    },
  ])(
    'when $case, then the shopper is reassured and a person is told ($reason)',
    async ({arrange, reason}) => {
      const heed = backend({offer: WINTER_OFFER}, checkout);
      arrange();
      const publish = vi.spyOn(checkout.shopify.analytics, 'publish');

      await checkout.render();

      await vi.waitFor(() => expect(heed.outcomes()).toHaveLength(1), WAIT);
      expect(banners()).toEqual([NOT_APPLIED]);
      expect(document.body.textContent).not.toContain('not valid');
      expect(heed.outcomes()).toEqual([
        {campaignId: WINTER_OFFER.campaignId, code: 'WINTER20', state: 'could_not_apply', reason},
      ]);
      expect(publish).toHaveBeenCalledExactlyOnceWith(NOT_APPLIED_EVENT, {
        campaignId: WINTER_OFFER.campaignId,
        code: 'WINTER20',
        reason,
      });
    },
  );

  it('when the code is in the checkout without a deduction, then nothing is concluded before checkout settles', async () => {
    const heed = backend({offer: WINTER_OFFER}, checkout);
    checkout.shopify.discountCodes.value = WINTER_CODE;

    await checkout.render();
    await vi.waitFor(() => expect(banners()).toHaveLength(1), WAIT);

    expect(banners()[0]?.heading).toBe(APPLYING);
    expect(heed.outcomes()).toEqual([]);
  });

  it("when the merchant set the wording and a phone number, then the shopper reads the merchant's words", async () => {
    backend({offer: WINTER_OFFER}, checkout);
    checkout.shopify.instructions.value = {
      ...checkout.shopify.instructions.value,
      discounts: {canUpdateDiscountCodes: false},
    };
    checkout.shopify.settings.value = {
      offer_name: 'newsletter offer',
      not_applied_message: 'We will take care of it.',
      support_phone: '+1 555 0100',
    };

    await checkout.render();

    await vi.waitFor(() => expect(banners()).toHaveLength(1), WAIT);
    expect(banners()).toEqual([
      {
        tone: 'info',
        heading: 'Your 20% newsletter offer still stands',
        lines: ['We will take care of it.', 'Questions? Call us at +1 555 0100.'],
      },
    ]);
  });

  it('when the shopper came from no campaign and has no code, then nothing renders and Heed is not asked', async () => {
    const heed = backend({offer: null}, checkout);
    checkout.shopify.attributes.value = [];

    await checkout.render();
    await settle();

    expect(document.body.innerHTML).toBe('');
    expect(heed.calls).toEqual([]);
  });

  it('when Heed has no offer for the campaign, then nothing renders and no code is applied', async () => {
    const heed = backend({offer: null}, checkout);
    const apply = vi.spyOn(checkout.shopify, 'applyDiscountCodeChange');

    await checkout.render();
    await vi.waitFor(() => expect(heed.offerRequests()).toHaveLength(1), WAIT);
    await settle();

    expect(document.body.innerHTML).toBe('');
    expect(apply).not.toHaveBeenCalled();
    expect(heed.outcomes()).toEqual([]);
  });

  it.each<{case: string; answer: OfferAnswer}>([
    {case: 'the network fails', answer: {networkError: true}},
    {case: 'Heed answers 503', answer: {status: 503}},
    {case: 'Heed answers 404', answer: {status: 404}},
    {case: 'Heed answers something that is not JSON', answer: {body: '<html>oops</html>'}},
    {case: 'Heed answers an offer it cannot be held to', answer: {offer: {code: 'WINTER20'}}},
  ])('when $case, then the extension stays quiet and checkout carries on', async ({answer}) => {
    const heed = backend(answer, checkout);
    const apply = vi.spyOn(checkout.shopify, 'applyDiscountCodeChange');
    const publish = vi.spyOn(checkout.shopify.analytics, 'publish');

    await expect(checkout.render()).resolves.toBeUndefined();
    await vi.waitFor(() => expect(heed.offerRequests()).toHaveLength(1), WAIT);
    await settle();

    expect(document.body.innerHTML).toBe('');
    expect(apply).not.toHaveBeenCalled();
    expect(publish).not.toHaveBeenCalled();
    expect(heed.outcomes()).toEqual([]);
  });

  it('when the session token cannot be had, then the extension stays quiet', async () => {
    const heed = backend({offer: WINTER_OFFER}, checkout);
    checkout.shopify.sessionToken.get = () => Promise.reject(new Error('no token'));

    await checkout.render();
    await settle();

    expect(document.body.innerHTML).toBe('');
    expect(heed.calls).toEqual([]);
  });
});

const thankYou = getExtension('purchase.thank-you.block.render', {configSearchDir: EXTENSION_DIR});

describe('promo reassurance on the thank-you page', () => {
  beforeEach(() => {
    thankYou.setUp();
    withEnglishTexts(thankYou.shopify);
    thankYou.shopify.attributes.value = [CAMPAIGN];
    thankYou.shopify.orderConfirmation.value = {
      order: {id: 'gid://shopify/Order/1001'},
      number: '1001',
      isFirstOrder: false,
    };
  });

  afterEach(() => {
    render(null, document.body);
    thankYou.tearDown();
  });

  it('when the order carries the campaign but not its discount, then the shopper is told it will be made right and a case is opened', async () => {
    const heed = backend({offer: WINTER_OFFER}, thankYou);
    thankYou.shopify.checkoutToken.value = 'checkout-token-9';

    await thankYou.render();

    await vi.waitFor(() => expect(heed.outcomes()).toHaveLength(1), WAIT);
    expect(banners()).toEqual([
      {
        tone: 'info',
        heading: "We'll make your 20% email offer right",
        lines: [translate('thankYou.mismatchBody')],
      },
    ]);
    expect(heed.outcomes()).toEqual([
      {
        campaignId: WINTER_OFFER.campaignId,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: 'gid://shopify/Order/1001',
        checkoutToken: 'checkout-token-9',
      },
    ]);
  });

  it('when the order carries the code without a deduction, then it is a mismatch too', async () => {
    const heed = backend({offer: WINTER_OFFER}, thankYou);
    thankYou.shopify.discountCodes.value = WINTER_CODE;

    await thankYou.render();

    await vi.waitFor(() => expect(heed.outcomes()).toHaveLength(1), WAIT);
    expect(heed.outcomes()[0]).toMatchObject({
      state: 'thank_you_mismatch',
      reason: 'no_allocation',
    });
  });

  it('when the order received the discount, then the offer is confirmed', async () => {
    const heed = backend({offer: WINTER_OFFER}, thankYou);
    thankYou.shopify.discountCodes.value = WINTER_CODE;
    thankYou.shopify.discountAllocations.value = WINTER_SAVING;

    await thankYou.render();

    await vi.waitFor(() => expect(heed.outcomes()).toHaveLength(1), WAIT);
    expect(banners()).toEqual([
      {tone: 'success', heading: 'Your 20% email offer was applied', lines: ['You saved $24.00.']},
    ]);
    expect(heed.outcomes()).toEqual([
      {
        campaignId: WINTER_OFFER.campaignId,
        code: 'WINTER20',
        state: 'thank_you_confirmed',
        amountSaved: {amount: 24, currencyCode: 'USD'},
        orderId: 'gid://shopify/Order/1001',
      },
    ]);
  });

  it('when Heed cannot be reached, then the thank-you page shows nothing', async () => {
    const heed = backend({networkError: true}, thankYou);

    await thankYou.render();
    await vi.waitFor(() => expect(heed.offerRequests()).toHaveLength(1), WAIT);
    await settle();

    expect(document.body.innerHTML).toBe('');
    expect(heed.outcomes()).toEqual([]);
  });
});

describe('promo reassurance translations', () => {
  const english = flatten(readLocale('en.default.json'));
  const placeholders = (text: string) =>
    [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it.each(['fr.json', 'de.json'])(
    'when a shopper reads %s, then every English text has its translation',
    (file) => {
      const translated = flatten(readLocale(file));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
      }
    },
  );
});
