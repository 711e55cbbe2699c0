/**
 * The admin's languages. A language is added here and as a folder of `locales/` with one file per
 * namespace; the completeness test (`test/unit/admin-translations.test.ts`) holds every folder to
 * English's keys.
 */
export const LANGUAGES = ['en', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One file of translations per area of the admin, so that a page loads only the sentences it shows
 * and two people can translate two areas without meeting.
 */
export const NAMESPACES = [
  'common',
  'dashboard',
  'campaigns',
  'campaignForm',
  'cases',
  'live',
  'outcomes',
  'rules',
  'settings',
  'team',
  'demo',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * The language to show for the admin user's locale as App Bridge gives it (`fr`, `fr-CA`, `de-DE`,
 * `pt-BR`): its language when Heed has it, English otherwise.
 */
export function adminLanguage(locale: string | undefined): Language {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}
