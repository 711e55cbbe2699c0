import '@shopify/polaris/build/esm/styles.css';
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {createApiClient} from './api/api-client';
import {App} from './app';
import {createAdminI18n} from './i18n/i18n';
import {adminLanguage} from './i18n/languages';
import {polarisTranslations} from './i18n/polaris-translations';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// `shopify` is App Bridge's global, installed by the script that index.html loads first.
const locale = shopify.config.locale;
const apiClient = createApiClient({idToken: () => shopify.idToken(), locale});
const language = adminLanguage(locale);
// Screen readers pick their voice, and accessibility checks their rules, from <html lang>: the
// admin's language, which index.html cannot know.
document.documentElement.lang = language;

// The menu and the first skeleton speak the admin's language from the first paint.
const [i18n, polaris] = await Promise.all([
  createAdminI18n(language),
  polarisTranslations(language),
]);

createRoot(container).render(
  <StrictMode>
    <App apiClient={apiClient} locale={locale} i18n={i18n} polarisTranslations={polaris} />
  </StrictMode>,
);
