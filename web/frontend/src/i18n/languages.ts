/**
 * The admin's languages (shared with the server's sentences). A language is added in `web/shared/languages.ts`
 * and as a folder of `locales/` with one file per namespace; the completeness test
 * (`test/unit/admin-translations.test.ts`) holds every folder to English's keys.
 */
export {LANGUAGES, adminLanguage, type Language} from '../../../shared/languages';

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
