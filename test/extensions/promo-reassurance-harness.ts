import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {vi} from 'vitest';

/**
 * Stand-ins for what surrounds the promo-reassurance extension in a real checkout: Heed's backend
 * behind `fetch`, and translations read from the extension's own locale files, so that tests
 * assert the words a shopper reads rather than translation keys.
 */

export const EXTENSION_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../extensions/promo-reassurance',
);

export type Messages = {[key: string]: string | Messages};

export function readLocale(file: string): Messages {
  return JSON.parse(readFileSync(join(EXTENSION_DIR, 'locales', file), 'utf8')) as Messages;
}

/** Every key of a locale file, dotted, with its text. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

/** The languages the extension ships, by locale file, and the locale their formats follow. */
export const LANGUAGES = {
  en: {file: 'en.default.json', locale: 'en-US'},
  fr: {file: 'fr.json', locale: 'fr-FR'},
  de: {file: 'de.json', locale: 'de-DE'},
} as const;
export type Language = keyof typeof LANGUAGES;

/**
 * Shopify's `i18n.translate` for one locale file: `{{name}}` placeholders, nested keys, and with
 * `count`, the plural form the language's rules choose (`one`, `other`, …).
 */
export function translatorFor(language: Language) {
  const {file, locale} = LANGUAGES[language];
  const texts = flatten(readLocale(file));
  const plural = new Intl.PluralRules(locale);
  return (key: string, replacements: Record<string, unknown> = {}): string => {
    const count = replacements.count;
    const text =
      texts.get(key) ??
      (typeof count === 'number'
        ? (texts.get(`${key}.${plural.select(count)}`) ?? texts.get(`${key}.other`))
        : undefined);
    if (text === undefined) throw new Error(`No ${language} text for "${key}"`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (!(name in replacements)) throw new Error(`"${key}" needs {{${name}}}`);
      return String(replacements[name]);
    });
  };
}

/** The whole `i18n` of a shopper reading `language`, formats included. */
export function i18nFor(language: Language) {
  const {locale} = LANGUAGES[language];
  return {
    translate: translatorFor(language),
    formatCurrency: (amount: number | bigint, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(locale, {style: 'currency', ...options}).format(amount),
    formatNumber: (value: number | bigint) => new Intl.NumberFormat(locale).format(value),
    formatDate: (
      date: Date,
      options: {inExtensionLocale?: boolean} & Intl.DateTimeFormatOptions = {},
    ) => {
      const {inExtensionLocale: _inExtensionLocale, ...format} = options;
      return new Intl.DateTimeFormat(locale, format).format(date);
    },
  };
}

const ENGLISH = i18nFor('en');
export const translate = ENGLISH.translate;
export const formatCurrency = ENGLISH.formatCurrency;
export const formatNumber = ENGLISH.formatNumber;

export const WINTER_OFFER = {
  campaignId: '6f9619ff-8b86-4d11-b42d-00c04fc964ff',
  code: 'WINTER20',
  promise: {kind: 'percentage', value: 20},
  currencyCode: 'USD',
} as const;

export interface BackendCall {
  method: string;
  url: URL;
  authorization: string | null;
  body: unknown;
}

export type OfferAnswer =
  | {offer: unknown}
  | {status: number}
  | {networkError: true}
  | {body: string};

/** How Heed answers a request for a person; `hold` keeps it in flight until released. */
export type HelpStub = {answer: unknown} | {status: number} | {networkError: true} | {hold: true};

export const WITHIN_30 = {asked: true, expected: {kind: 'within', minutes: 30}, timeZone: null};

/**
 * Heed's checkout endpoints: the offer answers as told, outcomes are accepted with a 202, a
 * request for a person is answered as `help` says (each in turn; the last one repeats). Every
 * request is recorded, and any other route fails the test.
 */
export function stubBackend(answer: OfferAnswer, help: HelpStub[] = [{answer: WITHIN_30}]) {
  const calls: BackendCall[] = [];
  const held: Array<() => void> = [];
  let helpCalls = 0;
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({
      method: init.method ?? 'GET',
      url,
      authorization: headers.get('authorization'),
      body,
    });
    if (url.pathname === '/api/checkout/outcome') return new Response(null, {status: 202});
    if (url.pathname === '/api/checkout/help') {
      const stub = help[Math.min(helpCalls, help.length - 1)] ?? {status: 500};
      helpCalls += 1;
      if ('networkError' in stub) throw new TypeError('Failed to fetch');
      if ('status' in stub) return new Response('{"error":{}}', {status: stub.status});
      if ('hold' in stub) {
        await new Promise<void>((resolve) => held.push(resolve));
        return Response.json(WITHIN_30);
      }
      return Response.json(stub.answer);
    }
    if (url.pathname !== '/api/checkout/offer') throw new Error(`Unexpected request to ${url}`);
    if ('networkError' in answer) throw new TypeError('Failed to fetch');
    if ('status' in answer) return new Response('{"error":"unavailable"}', {status: answer.status});
    if ('body' in answer) return new Response(answer.body, {status: 200});
    return Response.json({offer: answer.offer});
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    calls,
    offerRequests: () => calls.filter((c) => c.url.pathname === '/api/checkout/offer'),
    outcomes: () =>
      calls.filter((c) => c.url.pathname === '/api/checkout/outcome').map((c) => c.body),
    helpRequests: () =>
      calls.filter((c) => c.url.pathname === '/api/checkout/help').map((c) => c.body),
    /** Lets requests for a person held in flight answer. */
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}

/** What the shopper sees: each banner's tone, heading and paragraphs. */
export function banners() {
  return [...document.body.querySelectorAll('s-banner')].map((banner) => ({
    tone: banner.getAttribute('tone'),
    heading: banner.getAttribute('heading'),
    lines: [...banner.querySelectorAll('s-paragraph')].map((p) => p.textContent),
  }));
}

/** Lets effects, fetches and re-renders that are already under way finish. */
export async function settle(ms = 50): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
