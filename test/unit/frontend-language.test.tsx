// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import polarisFrench from '@shopify/polaris/locales/fr.json';
import {App} from '../../web/frontend/src/app';
import {createAdminI18n, createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import {polarisTranslations} from '../../web/frontend/src/i18n/polaris-translations';
import {scriptedAdminApi} from '../support/scripted-admin-api';
import {mount, unmountAll} from '../support/admin-dom';
import {adminResources, readLanguage} from '../support/admin-translations';

afterEach(unmountAll);

const menu = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('ui-nav-menu > a')).map((a) => a.textContent);

describe('the admin in the merchant’s language', () => {
  it('when the admin user reads French, then the menu is in French', async () => {
    const i18n = createLoadedI18n('fr', adminResources(['en', 'fr']));
    const container = await mount(
      <App
        apiClient={scriptedAdminApi({}).client}
        locale="fr-CA"
        i18n={i18n}
        polarisTranslations={await polarisTranslations('fr')}
      />,
    );
    expect(menu(container)).toEqual([
      'Tableau de bord',
      'Campagnes',
      'Boîte de suivi',
      'Résultats',
      'Paiements en direct',
      'Règles',
      'Paramètres',
    ]);
  });

  it('when the admin user reads German, then the translations load by namespace, English behind them', async () => {
    const asked: string[] = [];
    const i18n = await createAdminI18n('de', async (language, namespace) => {
      asked.push(`${language}/${namespace}`);
      return {default: readLanguage(language)[namespace] ?? {}};
    });
    // Only what the first paint needs is fetched at start: the menu's namespace, in German and English.
    expect(asked.sort()).toEqual(['de/common', 'en/common']);
    expect(i18n.t('nav.settings')).toBe('Einstellungen');
    await i18n.loadNamespaces('cases');
    expect(asked).toContain('de/cases');
  });

  it('when Polaris speaks French, then its own words come from its French file, English behind', async () => {
    const [first, last] = await polarisTranslations('fr');
    expect(first).toEqual(polarisFrench);
    expect(last).toHaveProperty('Polaris.Common.cancel', 'Cancel');
  });
});
