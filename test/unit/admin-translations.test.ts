import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {LANGUAGES, NAMESPACES, adminLanguage} from '../../web/frontend/src/i18n/languages';
import {LOCALES_DIR, readLanguage} from '../support/admin-translations';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `{a: {b: 'x'}}` → `[['a.b', 'x']]`; anything but a string or an object is reported as it is. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [[prefix, value]];
}

function flat(language: (typeof LANGUAGES)[number]): Map<string, unknown> {
  const namespaces = readLanguage(language);
  return new Map(
    Object.entries(namespaces).flatMap(([ns, tree]) =>
      leaves(tree).map(([key, value]) => [`${ns}:${key}`, value] as const),
    ),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

const english = flat('en');
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));

describe('the admin translations', () => {
  it.each(LANGUAGES)('%s has one file per namespace, and no other', (language) => {
    const files = readdirSync(path.join(LOCALES_DIR, language)).sort();
    expect(files).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
  });

  it.each(LANGUAGES)('every %s entry is a sentence, never empty', (language) => {
    const bad = [...flat(language)].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every key English has, and no other',
    (language) => {
      const keys = baseKeys(flat(language).keys());
      const wanted = baseKeys(english.keys());
      expect([...wanted].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !wanted.has(k))).toEqual([]);
    },
  );

  it.each(LANGUAGES)("%s's plurals use its own plural forms, with one and other", (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const entries = [...flat(language).keys()];
    const plurals = new Map<string, string[]>();
    for (const key of entries) {
      const match = PLURAL.exec(key);
      if (!match) continue;
      const base = key.replace(PLURAL, '');
      plurals.set(base, [...(plurals.get(base) ?? []), match[1] as string]);
    }
    for (const [base, forms] of plurals) {
      expect(forms, base).toEqual(expect.arrayContaining(['one', 'other']));
      // `zero` is i18next's own form for a count of 0, in any language.
      expect(
        forms.filter((f) => f !== 'zero' && !categories.includes(f as Intl.LDMLPluralRule)),
        base,
      ).toEqual([]);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s fills in the same values English does',
    (language) => {
      const translated = flat(language);
      const byBase = (entries: Map<string, unknown>) => {
        const out = new Map<string, Set<string>>();
        for (const [key, value] of entries) {
          const base = key.replace(PLURAL, '');
          const names = out.get(base) ?? new Set<string>();
          for (const name of placeholders(String(value))) names.add(name as string);
          out.set(base, names);
        }
        return out;
      };
      const theirs = byBase(translated);
      const mismatched = [...byBase(english)]
        .filter(([base, names]) => {
          const other = theirs.get(base);
          return other !== undefined && [...names].sort().join() !== [...other].sort().join();
        })
        .map(([base]) => base);
      expect(mismatched).toEqual([]);
    },
  );

  it('picks the admin language from App Bridge’s locale, English for any Heed lacks', () => {
    expect(adminLanguage('fr')).toBe('fr');
    expect(adminLanguage('fr-CA')).toBe('fr');
    expect(adminLanguage('de-DE')).toBe('de');
    expect(adminLanguage('en-US')).toBe('en');
    expect(adminLanguage('pt-BR')).toBe('en');
    expect(adminLanguage(undefined)).toBe('en');
  });
});
