import {createInstance, type i18n as I18n, type Resource} from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import {initReactI18next} from 'react-i18next';
import {NAMESPACES, type Language} from './languages';

/** Where a language's namespace comes from: in the built admin, a chunk of its own fetched on first use. */
export type LoadNamespace = (language: Language, namespace: string) => Promise<{default: unknown}>;

const loadFromChunks: LoadNamespace = (language, namespace) =>
  import(`../locales/${language}/${namespace}.json`);

const BASE_OPTIONS = {
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // Keys are names (`inbox.emptyTitle`), never sentences, so `.` and `:` keep their meaning.
  keySeparator: '.',
  nsSeparator: ':',
  // React escapes what it renders; escaping here too would show `&amp;` to the merchant.
  interpolation: {escapeValue: false},
  returnNull: false,
} as const;

/**
 * The admin's translations in `language`. Each page's namespaces are fetched when the page first
 * asks for them (React suspends meanwhile, behind the page's skeleton); English fills any gap.
 */
export async function createAdminI18n(
  language: Language,
  load: LoadNamespace = loadFromChunks,
): Promise<I18n> {
  const i18n = createInstance();
  await i18n
    .use(resourcesToBackend((lng: string, ns: string) => load(lng as Language, ns)))
    .use(initReactI18next)
    .init({...BASE_OPTIONS, lng: language, ns: ['common'], partialBundledLanguages: true});
  return i18n;
}

/** Translations given whole, ready at once: for tests, which render without waiting for chunks. */
export function createLoadedI18n(language: Language, resources: Resource): I18n {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    ...BASE_OPTIONS,
    lng: language,
    resources,
    initAsync: false,
  });
  return i18n;
}
