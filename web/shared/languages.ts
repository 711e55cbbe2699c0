/**
 * The admin's languages, shared by its pages and by the sentences the server writes for them. A
 * language is added here, as a folder of the admin's `locales/` and as a folder of the server's
 * `sentences/`; completeness tests hold both to English's keys.
 */
export const LANGUAGES = ['en', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language to show for the admin user's locale as App Bridge gives it (`fr`, `fr-CA`, `de-DE`,
 * `pt-BR`): its language when Heed has it, English otherwise.
 */
export function adminLanguage(locale: string | null | undefined): Language {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

/**
 * Who reads a sentence: the words in `language`, dates and numbers in `locale` (`fr-CA` writes
 * money and dates as Canadian French does, with the same French words as `fr`).
 */
export interface Reader {
  language: Language;
  locale: string;
}

export const ENGLISH_READER: Reader = {language: 'en', locale: 'en-US'};

/** The reader for an admin locale; a tag the runtime cannot use reads as its language, or English. */
export function readerFor(locale: string | null | undefined): Reader {
  const language = adminLanguage(locale);
  if (language === 'en' && !locale?.toLowerCase().startsWith('en')) return ENGLISH_READER;
  try {
    const canonical = locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
    // American English is the admin's own English; another English (en-GB) keeps its formats.
    return {language, locale: canonical === 'en' ? 'en-US' : (canonical ?? language)};
  } catch {
    return language === 'en' ? ENGLISH_READER : {language, locale: language};
  }
}
