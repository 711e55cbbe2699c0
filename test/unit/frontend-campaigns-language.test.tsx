// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import type {Language} from '../../web/frontend/src/i18n/languages';
import {polarisTranslations} from '../../web/frontend/src/i18n/polaris-translations';
import {eventually, mount, unmountAll} from '../support/admin-dom';
import {adminResources} from '../support/admin-translations';
import {ME_LEAD} from '../support/followup-fixtures';
import {outcomesReport} from '../support/outcomes-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

/*
 * The dashboard, campaigns, outcomes, demo mailbox and "not found" pages in the admin user's
 * language: each assertion names words only the translation has, so a page left in English fails.
 */

afterEach(unmountAll);

// The setup guide's theme editor link reads the app's client id from this tag, as App Bridge does.
const apiKeyTag = document.createElement('meta');
apiKeyTag.name = 'shopify-api-key';
apiKeyTag.content = 'heed-api-key';
document.head.append(apiKeyTag);

const HOUR = 3_600_000;
const T0 = Date.parse('2030-09-01T09:00:00Z');
const CAMPAIGN_ID = '6f1c1f0e-3a52-4a57-9d9a-0c3c2f6f1a01';
const CASE_ID = '0b1e6a7c-3f0e-4c9a-9d6e-2f1d3c4b5a69';

const CAMPAIGN = {
  id: CAMPAIGN_ID,
  name: 'Fabulous Furs — September 20%',
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'email_subscribers'},
    minimum: {type: 'quantity', quantity: 2},
  },
  discountCodes: ['FURS20'],
  sendAt: T0,
  promiseStartsAt: T0,
  promiseEndsAt: T0 + 720 * HOUR,
  recipients: null,
  attributionKey: 'fabulous-furs-sept',
  createdAt: T0 - 48 * HOUR,
  updatedAt: T0 - 48 * HOUR,
  health: 'blocked',
  lastCheckedAt: T0 - 48 * HOUR,
};

/** Two blockers and one warning: the counts pluralize one way and the other. */
const FINDINGS = [
  {
    code: 'SCOPE_NARROWER_THAN_PROMISED',
    severity: 'blocker',
    subject: 'FURS20',
    explanation: 'The email promises 20% off the entire order, but FURS20 applies to 1 collection.',
    fix: 'Set FURS20 to apply to all products.',
    fixAt: {kind: 'discount', id: 'gid://shopify/DiscountCodeNode/3002'},
  },
  {
    code: 'LINK_MISSING_CODE',
    severity: 'blocker',
    subject: 'https://furs.example/collections/faux-fur',
    explanation: 'This link carries neither the code nor the campaign’s tag.',
    fix: 'Replace it with a verified link.',
  },
  {
    code: 'NO_CODE_IN_EMAIL',
    severity: 'warning',
    subject: null,
    explanation: 'The email text never shows FURS20.',
    fix: 'Add a line such as "Your code: FURS20".',
  },
];

const DETAIL = {
  campaign: {...CAMPAIGN, email: {links: [], html: '<p>20% off</p>'}},
  report: {
    id: 7,
    trigger: 'save',
    checkedAt: T0 - 48 * HOUR,
    health: 'blocked',
    findings: FINDINGS,
  },
  alerts: [],
};

const SETUP = {
  setup: {
    campaignExists: true,
    campaignVerified: true,
    cartBarSeenAt: null,
    pixelActive: true,
    ruleExists: false,
    staffAdded: false,
  },
};

const MESSAGE = {
  id: 2,
  channel: 'email',
  receivedAt: Date.now() - 5_000,
  from: 'Fabulous Furs <hello@fabulous-furs.example>',
  to: ['omar@fabulous-furs.example'],
  subject: 'New case (urgent) at Fabulous Furs',
  body: 'Hello Omar Haddad, new case for you.',
  caseLink: {url: `https://admin.shopify.com/apps/heed/inbox/${CASE_ID}`, caseId: CASE_ID},
};

const ROUTES: Record<string, Handler> = {
  'GET /api/staff/me': ok(ME_LEAD),
  'GET /api/setup': ok(SETUP),
  'GET /api/cases': ok({cases: [], counts: {urgent: 0, high: 0, normal: 0}}),
  'GET /api/outcomes': ok(outcomesReport()),
  'GET /api/campaigns': ok({campaigns: [CAMPAIGN]}),
  'GET /api/campaigns/alerts': ok({alerts: []}),
  [`GET /api/campaigns/${CAMPAIGN_ID}`]: ok(DETAIL),
  'GET /demo/mailbox': ok({messages: [MESSAGE]}),
};

async function open(
  language: Language,
  path: string,
  routes: Record<string, Handler> = {},
  demo = false,
) {
  const api = scriptedAdminApi({...ROUTES, ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(
    <App
      apiClient={api.client}
      demo={demo}
      locale={language}
      i18n={createLoadedI18n(language, adminResources(['en', language]))}
      polarisTranslations={await polarisTranslations(language)}
    />,
  );
  return {container, ...api};
}

const titleOf = (container: HTMLElement) =>
  container.querySelector('ui-title-bar')?.getAttribute('title');

async function shows(container: HTMLElement, ...texts: string[]) {
  await eventually(() => {
    for (const text of texts) expect(container.textContent).toContain(text);
  });
}

describe('the dashboard in the admin user’s language', () => {
  it('when the admin user reads French, then the welcome, setup guide and store card are French', async () => {
    const {container, unexpected} = await open('fr', '/');
    await shows(
      container,
      'Bienvenue, Fabulous Furs',
      'Des promotions qui s’appliquent vraiment',
      'Guide de configuration',
      '2 étapes sur 5 terminées',
      '1. Enregistrez votre prochaine campagne d’e-mail',
      'Ouvrir l’éditeur de thème',
      'Votre boutique',
      'Enregistrement des paiements',
      'Résultats de la semaine',
      'Voir les résultats',
    );
    expect(titleOf(container)).toBe('Tableau de bord');
    expect(container.textContent).not.toContain('Setup guide');
    expect(unexpected).toEqual([]);
  });

  it('when one step of five is done in French, then the count agrees with it in the singular', async () => {
    const {container} = await open('fr', '/', {
      'GET /api/setup': ok({setup: {...SETUP.setup, pixelActive: false}}),
    });
    await shows(container, '1 étape sur 5 terminée,');
  });

  it('when the admin user reads German, then the dashboard is German', async () => {
    const {container} = await open('de', '/');
    await shows(container, 'Willkommen, Fabulous Furs', 'Einrichtungsleitfaden', 'Ihr Shop');
    expect(titleOf(container)).toBe('Übersicht');
  });
});

describe('campaigns in the admin user’s language', () => {
  it('when the list shows in French, then its columns, promise and verdict are French', async () => {
    const {container} = await open('fr', '/campaigns');
    await shows(container, 'Fabulous Furs — September 20%');
    expect(titleOf(container)).toBe('Campagnes');
    const headings = Array.from(container.querySelectorAll('th')).map((th) => th.textContent);
    expect(headings).toEqual([
      'Campagne',
      'Promesse',
      'Codes',
      'Envoi',
      'État',
      'Dernière vérification',
    ]);
    expect(container.textContent).toContain('20\u00a0% de réduction sur toute la commande');
    expect(container.textContent).toContain('Bloquée');
  });

  it('when the list cannot load in French, then the banner, its retry and the request id are French', async () => {
    const {container} = await open('fr', '/campaigns', {
      'GET /api/campaigns': failing(500, 'INTERNAL', 'Something broke'),
    });
    await shows(
      container,
      'Heed n’a pas pu charger vos campagnes',
      'Réessayer',
      'Si le problème persiste, contactez l’assistance Heed en indiquant l’identifiant de requête req-500.',
    );
  });

  it('when a report shows in French, then the checklist, titles and counts are French and pluralize', async () => {
    const {container} = await open('fr', `/campaigns/${CAMPAIGN_ID}`);
    await shows(container, 'Blocages (2)');
    expect(titleOf(container)).toBe('Fabulous Furs — September 20%');
    for (const text of [
      'Bloquée — ne pas envoyer pour l’instant',
      '2 blocages · 1 avertissement',
      'Avertissements (1)',
      'Réussi (5)',
      'Le code couvre moins que ce que l’e-mail promet',
      'Le lien ne contient pas le code',
      'Comment corriger\u00a0:',
      'Ouvrir FURS20 dans Shopify',
      'Le code existe.',
      'Liens vérifiés',
      'Abonnés aux e-mails',
      '2 articles ou plus',
      'Non indiqué',
      'Vérifier à nouveau',
    ])
      expect(container.textContent).toContain(text);
    // The server's own sentences stay as the server sent them.
    expect(container.textContent).toContain('The email text never shows FURS20.');
    const breadcrumb = container.querySelector('ui-title-bar button[variant="breadcrumb"]');
    expect(breadcrumb?.textContent).toBe('Campagnes');
  });

  it('when a report shows in German, then one warning and two blockers read in German', async () => {
    const {container} = await open('de', `/campaigns/${CAMPAIGN_ID}`);
    await shows(container, 'Blocker (2)', '2 Blocker · 1 Warnung', 'Bestanden (5)');
    expect(container.textContent).toContain('Der Link enthält den Code nicht');
    expect(container.textContent).toContain('Ab 2 Artikeln');
  });
});

describe('outcomes in the admin user’s language', () => {
  it('when a week shows in French, then its figures and filters are French, counts pluralized', async () => {
    const {container} = await open('fr', '/outcomes');
    await shows(container, 'Délai avant le premier contact');
    expect(titleOf(container)).toBe('Résultats');
    for (const text of [
      'Médiane sur 7 dossiers contactés',
      '6 à temps, 2 en retard, 1 pas encore dus.',
      'Chiffre d’affaires récupéré',
      'Aucun client n’a été contacté après avoir commandé',
      'Toutes les campagnes',
      'Semaine',
    ])
      expect(container.textContent).toContain(text);
  });

  it('when a week shows in German, then its figures are German', async () => {
    const {container} = await open('de', '/outcomes');
    await shows(container, 'Zeit bis zum ersten Kontakt', 'Median aus 7 kontaktierten Fällen');
    expect(titleOf(container)).toBe('Ergebnisse');
  });
});

describe('the demo mailbox and a missing page in the admin user’s language', () => {
  it('when the demo mailbox shows in German, then its filters and message card are German', async () => {
    const {container} = await open('de', '/mailbox', {}, true);
    await shows(container, 'An omar@fabulous-furs.example', 'Fall öffnen', 'Alle');
    expect(titleOf(container)).toBe('Demo-Postfach');
    expect(container.textContent).toContain('In der Demo verlässt nichts diesen Computer.');
  });

  it('when the demo mailbox shows in French, then it is French', async () => {
    const {container} = await open('fr', '/mailbox', {}, true);
    await shows(container, 'À omar@fabulous-furs.example', 'Ouvrir le dossier', 'Tous');
    expect(titleOf(container)).toBe('Boîte aux lettres de démo');
  });

  it.each([
    {language: 'fr' as const, title: 'Page introuvable', heading: 'Cette page n’existe pas'},
    {language: 'de' as const, title: 'Seite nicht gefunden', heading: 'Diese Seite gibt es nicht'},
  ])(
    'when an address leads nowhere in $language, then the page says so in that language',
    async ({language, title, heading}) => {
      const {container} = await open(language, '/no-such-page');
      await shows(container, heading);
      expect(titleOf(container)).toBe(title);
    },
  );
});
