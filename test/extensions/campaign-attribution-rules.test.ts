// @vitest-environment jsdom
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';

/**
 * The embed's pure parts (reached through the script's test hook), and the contract between its
 * block, its locale files and its script, which no Liquid renderer checks for us.
 */

const EXTENSION = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../extensions/campaign-attribution',
);
const read = (path: string) => readFileSync(join(EXTENSION, path), 'utf8');
const SCRIPT = read('assets/attribution.js');
const BLOCK = read('blocks/attribution.liquid');
const SCRIPT_BUDGET_BYTES = 5 * 1024;

type Attribution = {
  campaign: string;
  source: string;
  medium: string;
  code: string;
  landedAt: string;
};
type Offer = {code: string; kind: string; value: number | null; currencyCode: string};
type Cart = {item_count: number; discount_codes: {code: string; applicable: boolean}[]};
type Text = Record<
  'message' | 'offerAmount' | 'offerFreeShipping' | 'offerGeneric' | 'locale',
  string
>;
type Rules = {
  parseLanding(href: string, cookie: string, now: number): Attribution | null;
  mergeAttribution(stored: Attribution | undefined, landing: Attribution): Attribution | null;
  planDiscount(cart: Cart, code: string, mayApply: boolean): {applied?: true; apply?: string};
  offerMessage(offer: Offer, text: Text): string;
};

/** Evaluates the asset in a page without the block, with the test hook set: nothing runs. */
function loadRules(): Rules {
  type PageWindow = Window & typeof globalThis & {__heedAttribution?: Partial<Rules>};
  type JsdomClass = new (html: string, options: object) => {window: PageWindow};
  const JSDOM = (globalThis as unknown as {jsdom: {constructor: JsdomClass}}).jsdom.constructor;
  const {window} = new JSDOM('', {url: 'https://shop.example/', runScripts: 'outside-only'});
  window.__heedAttribution = {};
  window.eval(SCRIPT);
  return window.__heedAttribution as Rules;
}
const rules = loadRules();

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const landing = (fields: Partial<Attribution>): Attribution => ({
  campaign: '',
  source: '',
  medium: '',
  code: '',
  landedAt: '2026-11-23T10:00:00.000Z',
  ...fields,
});
const locale = (name: string) =>
  (JSON.parse(read(`locales/${name}.json`)) as {heed_attribution: {bar: Record<string, string>}})
    .heed_attribution.bar;
const textFor = (name: string, lang: string): Text => {
  const bar = locale(name);
  return {
    message: bar.message!,
    offerAmount: bar.offer_amount!,
    offerFreeShipping: bar.offer_free_shipping!,
    offerGeneric: bar.offer_generic!,
    locale: lang,
  };
};

describe('parseLanding', () => {
  it.each([
    [
      'utm parameters',
      '?utm_campaign=winter-email&utm_source=klaviyo&utm_medium=email',
      '',
      {campaign: 'winter-email', source: 'klaviyo', medium: 'email'},
    ],
    ["a discount link's cookie", '', 'theme=dark; discount_code=WINTER20', {code: 'WINTER20'}],
    [
      'a ?discount= parameter over the cookie',
      '?discount=SPRING10',
      'discount_code=WINTER20',
      {code: 'SPRING10'},
    ],
    ['an encoded cookie', '', 'discount_code=WINTER%2020', {code: 'WINTER 20'}],
  ])('when the URL carries %s, then they make the landing', (_case, search, cookie, fields) => {
    expect(rules.parseLanding(`https://shop.example/${search}`, cookie, NOW)).toEqual(
      landing(fields),
    );
  });

  it.each([
    ['no campaign at all', '/collections/throws', ''],
    ['a source without a campaign', '/?utm_source=google&utm_medium=cpc', ''],
    ['a blank campaign', '/?utm_campaign=%20', ''],
    ['a malformed cookie', '/', 'discount_code=%E0%A4%A'],
  ])('when the URL has %s, then it is no landing', (_case, path, cookie) => {
    expect(rules.parseLanding(`https://shop.example${path}`, cookie, NOW)).toBeNull();
  });
});

describe('mergeAttribution', () => {
  const stored = landing({campaign: 'winter-email', source: 'klaviyo', code: 'WINTER20'});

  it('when a landing carries only a code, then the stored campaign is kept', () => {
    const merged = rules.mergeAttribution(stored, landing({code: 'EXTRA5', landedAt: 'later'}));
    expect(merged).toEqual({...stored, code: 'EXTRA5', landedAt: 'later'});
  });

  it('when a landing repeats what is stored, then there is nothing to write', () => {
    expect(
      rules.mergeAttribution(stored, landing({campaign: 'winter-email', landedAt: 'later'})),
    ).toBeNull();
  });

  it('when nothing is stored, then the landing is the attribution', () => {
    const first = landing({campaign: 'winter-email'});
    expect(rules.mergeAttribution(undefined, first)).toEqual(first);
  });
});

describe('planDiscount', () => {
  const cart = (codes: Cart['discount_codes'], items = 1): Cart => ({
    item_count: items,
    discount_codes: codes,
  });

  it.each([
    ['applicable (any case)', cart([{code: 'winter20', applicable: true}]), true, {applied: true}],
    ['missing', cart([]), true, {apply: 'WINTER20'}],
    ['not applicable', cart([{code: 'WINTER20', applicable: false}]), true, {apply: 'WINTER20'}],
    [
      'next to another code',
      cart([{code: 'VIP5', applicable: true}]),
      true,
      {apply: 'VIP5,WINTER20'},
    ],
    ['missing, already tried', cart([]), false, {}],
    ['missing from an empty cart', cart([], 0), true, {}],
  ])('when the code is %s, then the plan follows', (_case, given, mayApply, plan) => {
    expect(rules.planDiscount(given, 'WINTER20', mayApply)).toEqual(plan);
  });
});

describe('offerMessage', () => {
  const offer = (kind: string, value: number | null, currencyCode = 'CAD'): Offer => ({
    code: 'X',
    kind,
    value,
    currencyCode,
  });

  const en = textFor('en.default', 'en');
  it.each([
    {case: 'a percentage', offer: offer('percentage', 20), text: en, says: 'Your 20% email offer'},
    {
      case: 'an amount in the shop currency',
      offer: offer('fixed_amount', 15, 'CAD'),
      text: textFor('en.default', 'en-CA'),
      says: 'Your $15.00 email offer',
    },
    {
      case: 'free shipping',
      offer: offer('free_shipping', null),
      text: en,
      says: 'Your free shipping email offer',
    },
    {
      case: 'a percentage without value',
      offer: offer('percentage', null),
      text: en,
      says: 'Your email offer',
    },
    {
      case: 'an unknown currency',
      offer: offer('fixed_amount', 15, 'NOT-A-CURRENCY'),
      text: en,
      says: 'Your email offer',
    },
    {
      case: 'a percentage, in French',
      offer: offer('percentage', 12.5),
      text: textFor('fr', 'fr'),
      says: 'Votre offre e-mail de 12,5 % sera appliquée au paiement',
    },
    {
      case: 'an amount, in German',
      offer: offer('fixed_amount', 10, 'EUR'),
      text: textFor('de', 'de'),
      says: 'Ihr E-Mail-Angebot von 10,00 € wird an der Kasse angewendet',
    },
  ])('when the offer is $case, then the bar words it', ({offer, text, says}) => {
    // Intl separates "12,5 %" with a narrow no-break space.
    const sentence = rules.offerMessage(offer, text).replace(/\s/g, ' ');
    expect(sentence.startsWith(says), sentence).toBe(true);
  });

  it('when the merchant wrote their own message, then the offer goes in its placeholder', () => {
    const text = {...textFor('en.default', 'en'), message: 'Good news: {offer} waiting for you'};
    expect(rules.offerMessage(offer('percentage', 20), text)).toBe(
      'Good news: 20% email offer waiting for you',
    );
  });
});

describe('campaign-attribution extension files', () => {
  it('keeps the embed script within its 5 KB gzip budget', () => {
    const size = gzipSync(SCRIPT, {level: 9}).length;
    expect(size).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES);
  });

  it('renders an app embed with the data attributes, live region and deferred script the script reads', () => {
    const schema = JSON.parse(BLOCK.split('{% schema %}')[1]!.split('{% endschema %}')[0]!);
    expect(schema.target).toBe('body');
    for (const name of [
      'template',
      'locale',
      'message',
      'offer-amount',
      'offer-free-shipping',
      'offer-generic',
      'dismiss-label',
      'preview',
    ])
      expect(BLOCK).toContain(`data-${name}`);
    expect(BLOCK).toMatch(/id="heed-attribution"/);
    expect(BLOCK).toMatch(/<p class="heed-bar__text" role="status" aria-live="polite"><\/p>/);
    expect(BLOCK).toMatch(/<script src="{{ 'attribution.js' \| asset_url }}" defer><\/script>/);
    expect(BLOCK).toMatch(/@media \(prefers-reduced-motion: no-preference\)/);
  });

  it('translates every storefront string the block uses into each locale, placeholders intact', () => {
    const keys = [...BLOCK.matchAll(/'heed_attribution\.bar\.(\w+)' \| t/g)].map((m) => m[1]!);
    expect(keys.sort()).toEqual(Object.keys(locale('en.default')).sort());
    for (const name of ['en.default', 'fr', 'de']) {
      const bar = locale(name);
      expect(Object.keys(bar).sort(), name).toEqual(keys);
      expect(bar.message, name).toContain('{offer}');
      expect(bar.offer_amount, name).toContain('{value}');
    }
  });

  it('translates every theme editor label of the schema into each locale', () => {
    const keys = [...BLOCK.matchAll(/"t:([\w.]+)"/g)].map((m) => m[1]!);
    for (const name of ['en.default', 'fr', 'de']) {
      const schema = JSON.parse(read(`locales/${name}.schema.json`));
      for (const key of keys) {
        const value = key.split('.').reduce((node, part) => node?.[part], schema);
        expect(typeof value, `${name}: ${key}`).toBe('string');
      }
    }
  });
});
