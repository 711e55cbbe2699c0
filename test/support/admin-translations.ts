import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Resource} from 'i18next';
import {NAMESPACES, type Language} from '../../web/frontend/src/i18n/languages';

export const LOCALES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../web/frontend/src/locales',
);

/** One language's namespaces as stored: `{common: {...}, cases: {...}}`. */
export function readLanguage(language: Language): Record<string, unknown> {
  const files = readdirSync(path.join(LOCALES_DIR, language)).filter((f) => f.endsWith('.json'));
  return Object.fromEntries(
    files.map((file) => [
      path.basename(file, '.json'),
      JSON.parse(readFileSync(path.join(LOCALES_DIR, language, file), 'utf8')) as unknown,
    ]),
  );
}

/** The admin's translations, whole, for `createLoadedI18n`. */
export function adminResources(languages: readonly Language[]): Resource {
  return Object.fromEntries(
    languages.map((language) => [language, readLanguage(language) as Resource[string]]),
  );
}

export {NAMESPACES};

/** The admin's menu as an English-speaking merchant reads it, in order (the demo adds its mailbox). */
export const ENGLISH_MENU = [
  'Dashboard',
  'Campaigns',
  'Follow-up inbox',
  'Outcomes',
  'Live checkouts',
  'Rules',
  'Settings',
] as const;
