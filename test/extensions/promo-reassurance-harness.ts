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

const EN = flatten(readLocale('en.default.json'));

/** Shopify's `i18n.translate` for the default locale: `{{name}}` placeholders, nested keys. */
export function translate(key: string, replacements: Record<string, unknown> = {}): string {
  const text = EN.get(key);
  if (text === undefined) throw new Error(`No English text for "${key}"`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in replacements)) throw new Error(`"${key}" needs {{${name}}}`);
    return String(replacements[name]);
  });
}

export function formatCurrency(amount: number | bigint, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat('en-US', {style: 'currency', ...options}).format(amount);
}

export function formatNumber(value: number | bigint) {
  return new Intl.NumberFormat('en-US').format(value);
}

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

/**
 * Heed's checkout endpoints: the offer answers as told, outcomes are accepted with a 202. Every
 * request is recorded, and any other route fails the test.
 */
export function stubBackend(answer: OfferAnswer) {
  const calls: BackendCall[] = [];
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
