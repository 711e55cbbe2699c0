import en from '@shopify/polaris/locales/en.json';
import type {Language} from './languages';

type Translations = typeof en;

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{default: Translations}>> = {
  fr: () => import('@shopify/polaris/locales/fr.json'),
  de: () => import('@shopify/polaris/locales/de.json'),
};

/**
 * Polaris's own words (its pagination, its "Close", its date picker) in the admin's language, with
 * English behind them for any it lacks. English is bundled; the others are fetched when needed.
 */
export async function polarisTranslations(language: Language): Promise<Translations[]> {
  if (language === 'en') return [en];
  const {default: translations} = await LOADERS[language]();
  return [translations, en];
}

export {en as polarisEnglish};
