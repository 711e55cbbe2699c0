// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import type {Language} from '../../web/frontend/src/i18n/languages';
import {polarisTranslations} from '../../web/frontend/src/i18n/polaris-translations';
import {
  eventually,
  fieldError,
  fill,
  mount,
  pageButton,
  click,
  unmountAll,
} from '../support/admin-dom';
import {adminResources} from '../support/admin-translations';
import {ME_LEAD, staffMember} from '../support/followup-fixtures';
import {ok, scriptedAdminApi} from '../support/scripted-admin-api';

afterEach(unmountAll);

const ROUTES = {
  'GET /api/overview': ok({
    shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'EUR'},
    storage: {engine: 'sqlite', healthy: true},
  }),
  'GET /api/lookups/discount-codes': ok({codes: []}),
  'GET /api/staff/me': ok(ME_LEAD),
  'GET /api/staff': ok({staff: [staffMember()]}),
  'GET /api/campaigns': ok({campaigns: []}),
};

async function openIn(language: Language, path: string) {
  const api = scriptedAdminApi(ROUTES);
  window.history.replaceState(null, '', path);
  const container = await mount(
    <App
      apiClient={api.client}
      locale={language}
      i18n={createLoadedI18n(language, adminResources(['en', language]))}
      polarisTranslations={await polarisTranslations(language)}
    />,
  );
  return {container, writes: api.writes};
}

const labelOf = (id: string) => document.querySelector(`label[for="${id}"]`)?.textContent;

describe.each([
  {
    language: 'fr' as const,
    campaign: {
      save: 'Enregistrer la campagne',
      nameLabel: 'Nom de la campagne',
      heading: 'Ce que promet l’e-mail',
      nameRequired: 'Donnez un nom à la campagne',
      banner: /^Pour enregistrer cette campagne, corrigez \d+ problèmes$/,
      linkTooLong: /^Un lien dépasse 2\s000 caractères$/,
    },
    rule: {
      save: 'Enregistrer la règle',
      withinLabel: 'Contacter sous',
      heading: 'Et seulement si',
      nameRequired: 'Donnez un nom à la règle',
      within: /^Utilisez un nombre entier de minutes de 1 à 10\s080 \(7 jours\)$/,
    },
  },
  {
    language: 'de' as const,
    campaign: {
      save: 'Kampagne speichern',
      nameLabel: 'Kampagnenname',
      heading: 'Was die E-Mail verspricht',
      nameRequired: 'Geben Sie der Kampagne einen Namen',
      banner: /^Beheben Sie \d+ Probleme, um diese Kampagne zu speichern$/,
      linkTooLong: /^Ein Link ist länger als 2\.000 Zeichen$/,
    },
    rule: {
      save: 'Regel speichern',
      withinLabel: 'Kontakt innerhalb von',
      heading: 'Und nur, wenn',
      nameRequired: 'Geben Sie der Regel einen Namen',
      within: /^Verwenden Sie eine ganze Zahl von Minuten von 1 bis 10\.080 \(7 Tage\)$/,
    },
  },
])('the forms in $language', ({language, campaign, rule}) => {
  it('when the campaign form is saved with mistakes, then its labels and the schema’s refusals are translated and nothing is sent', async () => {
    const {container, writes} = await openIn(language, '/campaigns/new');
    await eventually(() => expect(labelOf('campaign-name')).toBe(campaign.nameLabel));
    expect(container.textContent).toContain(campaign.heading);
    await fill('campaign-emailLinks', `https://a.example/${'x'.repeat(2000)}`);
    await click(pageButton(container, campaign.save));
    await eventually(() => expect(fieldError('campaign-name')).toBe(campaign.nameRequired));
    expect(fieldError('campaign-emailLinks')).toMatch(campaign.linkTooLong);
    expect(container.querySelector('[role="alert"] h2')?.textContent).toMatch(campaign.banner);
    expect(writes()).toEqual([]);
  });

  it('when the rule form is saved with mistakes, then its labels and the schema’s refusals are translated and nothing is sent', async () => {
    const {container, writes} = await openIn(language, '/rules/new');
    await eventually(() => expect(labelOf('rule-contactWithinMinutes')).toBe(rule.withinLabel));
    expect(container.textContent).toContain(rule.heading);
    await fill('rule-contactWithinMinutes', '99999');
    await click(pageButton(container, rule.save));
    await eventually(() => expect(fieldError('rule-name')).toBe(rule.nameRequired));
    expect(fieldError('rule-contactWithinMinutes')).toMatch(rule.within);
    expect(writes()).toEqual([]);
  });
});
