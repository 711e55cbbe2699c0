import {describe, expect, it} from 'vitest';
import {IncomingMessage} from 'node:http';
import {Socket} from 'node:net';
import {createApiClient} from '../../web/frontend/src/api/api-client';
import {readerOf} from '../../web/server/http/request-reader';
import {SENTENCES} from '../../web/server/sentences/resources';
import {englishSayer, sayerFor} from '../../web/server/sentences/wording';
import {readerFor} from '../../web/shared/languages';

const TORONTO = 'America/Toronto';
// 2026-09-01 13:00 UTC: 9:00 AM in Toronto.
const SEPT_FIRST = Date.UTC(2026, 8, 1, 13, 0);

function requestWith(acceptLanguage?: string): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  if (acceptLanguage !== undefined) req.headers['accept-language'] = acceptLanguage;
  return req;
}

describe('the reader of an answer', () => {
  it.each([
    [undefined, 'en', 'en-US'],
    ['', 'en', 'en-US'],
    ['*', 'en', 'en-US'],
    ['fr', 'fr', 'fr'],
    ['fr-CA,fr;q=0.9,en;q=0.5', 'fr', 'fr-CA'],
    ['de-DE', 'de', 'de-DE'],
    ['en-GB', 'en', 'en-GB'],
    ['pt-BR', 'en', 'en-US'],
    ['not a tag!!', 'en', 'en-US'],
  ])('Accept-Language %j reads in %s with %s formats', (header, language, locale) => {
    expect(readerOf(requestWith(header))).toEqual({language, locale});
  });

  it('when a French locale cannot be canonicalised, then the words are still French', () => {
    expect(readerFor('fr-x-!!')).toEqual({language: 'fr', locale: 'fr'});
  });
});

describe('the admin sends its locale with every request', () => {
  async function headerSent(locale: string | undefined): Promise<string | null> {
    let sent: string | null = 'not called';
    const client = createApiClient({
      idToken: async () => 'token',
      ...(locale === undefined ? {} : {locale}),
      fetch: async (_input, init) => {
        sent = new Headers(init?.headers).get('Accept-Language');
        return new Response('{}', {status: 200, headers: {'Content-Type': 'application/json'}});
      },
    });
    await client.request('/api/overview', (body) => body);
    return sent;
  }

  it('when the admin is French (Canada), then Accept-Language says fr-CA', async () => {
    expect(await headerSent('fr-CA')).toBe('fr-CA');
  });

  it('when no locale is known, or it is not a language tag, then no Accept-Language is sent', async () => {
    expect(await headerSent(undefined)).toBeNull();
    expect(await headerSent('fr\r\nX-Evil: 1')).toBeNull();
  });
});

describe('sentences are worded for their reader', () => {
  it('when the reader is French, then the quotes, the list and its plural are French', () => {
    const french = sayerFor(readerFor('fr'), TORONTO);
    const english = englishSayer(TORONTO);
    const list = {key: 'common:quoted', values: {title: 'Vison'}};
    expect(french.say(list)).toBe('« Vison »');
    expect(english.say(list)).toBe('“Vison”');
  });

  it('when facts are money, moments, numbers and lists, then each is formatted for the reader on the shop clock', () => {
    const key = 'common:titlesAndMore';
    const titles = {titles: ['Mink coat', 'Fox stole', 'Throw', 'Muff']};
    expect(englishSayer(TORONTO).say({key, values: {titles: 'x', count: 1}})).toBe('x and 1 more');
    expect(
      englishSayer(TORONTO).say({
        key: 'common:quoted',
        values: {title: {say: {key: 'common:titlesAndMore', values: {titles: 'A', count: 2}}}},
      }),
    ).toBe('“A and 2 more”');
    expect(
      sayerFor(readerFor('de'), TORONTO).say({key: 'common:quoted', values: {title: titles}}),
    ).toBe('„„Mink coat“, „Fox stole“, „Throw“ und 1 weiterer“');
    const french = sayerFor(readerFor('fr-CA'), TORONTO);
    expect(
      french.say({key: 'common:quoted', values: {title: {money: 1234.5, currency: 'CAD'}}}),
    ).toBe(
      `« ${new Intl.NumberFormat('fr-CA', {style: 'currency', currency: 'CAD'}).format(1234.5)} »`,
    );
    expect(
      french.say({key: 'common:quoted', values: {title: {at: SEPT_FIRST, style: 'time'}}}),
    ).toBe(
      `« ${new Intl.DateTimeFormat('fr-CA', {hour: 'numeric', minute: '2-digit', timeZone: TORONTO}).format(SEPT_FIRST)} »`,
    );
    expect(englishSayer(TORONTO).say({key: 'common:quoted', values: {title: 12500}})).toBe(
      '“12,500”',
    );
    expect(
      englishSayer(TORONTO).say({key: 'common:quoted', values: {title: {at: SEPT_FIRST}}}),
    ).toBe('“Sep 1, 2026, 9:00 AM”');
  });

  it('when the shop zone is unknown, then moments are UTC and say so', () => {
    expect(
      englishSayer(null).say({
        key: 'common:quoted',
        values: {title: {at: SEPT_FIRST, style: 'time'}},
      }),
    ).toBe('“1:00 PM UTC”');
  });
});

describe('the sentence resources', () => {
  function keysOf(tree: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
        : keysOf(value as Record<string, unknown>, `${prefix}${key}.`),
    );
  }

  it('when a language is listed, then it has every namespace and key English has, and every value is a non-empty string', () => {
    for (const [language, namespaces] of Object.entries(SENTENCES)) {
      expect(Object.keys(namespaces).sort(), language).toEqual(Object.keys(SENTENCES.en).sort());
      for (const [namespace, tree] of Object.entries(namespaces)) {
        const english = new Set(keysOf(SENTENCES.en[namespace] ?? {}));
        expect(new Set(keysOf(tree)), `${language}:${namespace}`).toEqual(english);
      }
    }
  });

  it('when a translation quotes facts, then it quotes the same facts as English', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const leaves = (tree: Record<string, unknown>, prefix = ''): Array<[string, string]> =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string'
          ? [[`${prefix}${key}`, value] as [string, string]]
          : leaves(value as Record<string, unknown>, `${prefix}${key}.`),
      );
    for (const [language, namespaces] of Object.entries(SENTENCES)) {
      for (const [namespace, tree] of Object.entries(namespaces)) {
        const english = new Map(leaves(SENTENCES.en[namespace] ?? {}));
        for (const [key, text] of leaves(tree)) {
          const base =
            english.get(key) ?? english.get(key.replace(/_(zero|two|few|many)$/, '_other'));
          expect(text.trim(), `${language}:${namespace}:${key}`).not.toBe('');
          if (base !== undefined) {
            expect(placeholders(text), `${language}:${namespace}:${key}`).toEqual(
              placeholders(base),
            );
          }
        }
      }
    }
  });
});

describe('stored sentences', () => {
  it('when a row carries a wording, then it is worded for the reader; when it predates wordings, then its English stands', async () => {
    const {sayStored} = await import('../../web/server/sentences/wording');
    const french = sayerFor(readerFor('fr'), TORONTO);
    expect(sayStored(french, 'Mink', {key: 'common:quoted', values: {title: 'Vison'}})).toBe(
      '« Vison »',
    );
    expect(sayStored(french, 'Saw “Code invalid”.', null)).toBe('Saw “Code invalid”.');
  });
});
