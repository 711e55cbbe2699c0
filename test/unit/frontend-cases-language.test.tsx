// @vitest-environment jsdom
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import type {Language} from '../../web/frontend/src/i18n/languages';
import {polarisTranslations} from '../../web/frontend/src/i18n/polaris-translations';
import {eventually, mount, unmountAll} from '../support/admin-dom';
import {adminResources} from '../support/admin-translations';
import {CASE_ID, ME_LEAD, MINUTE, NOW, caseSummary, caseView} from '../support/followup-fixtures';
import {ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

const toasts: string[] = [];

beforeAll(() => {
  const show = (message: string) => toasts.push(message);
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});
beforeEach(() => {
  toasts.length = 0;
});
afterEach(unmountAll);

const FAILED_NOTICE = {
  id: 'ntf-1',
  channel: 'email',
  to: 'Anna Berg',
  status: 'failed',
  attempts: 3,
  lastError: '535 5.7.8 Authentication failed',
  sentAt: null,
};

/** A checkout as the list gives it: on payment, with the email's discount missing. */
const PROMO_JOURNEY = {
  id: 'jrn_9729ae481cdfa50b680b7372',
  checkoutToken: 'token-promo',
  currentStep: 'payment',
  startedAt: NOW - 10 * MINUTE,
  lastActivityAt: NOW - 2 * MINUTE,
  completedAt: null,
  campaignKey: null,
  cart: {total: {amount: 120, currencyCode: 'CAD'}, lines: 1, currencyCode: 'CAD'},
  score: 30,
  reasons: [],
  signals: [
    {
      id: 'sig-promo',
      type: 'promo_not_applied',
      severity: 'high',
      sentence: 'Reached payment with no discount applied (code WINTER20).',
      occurredAt: NOW - 3 * MINUTE,
      resolvedAt: null,
      resolution: null,
    },
  ],
};

const pixelStatus = (quarantined: number) => ({
  pixel: {active: true},
  checkouts: {last24h: 3, lastActivityAt: NOW - MINUTE},
  quarantined: {
    last24h: quarantined,
    recent: [{receivedAt: NOW - MINUTE, reason: 'payload is not JSON'}],
  },
});

/** The whole admin at `path`, in `language`, over scripted answers. */
async function openAdminIn(language: Language, path: string, routes: Record<string, Handler>) {
  const api = scriptedAdminApi({
    'GET /api/staff/me': ok(ME_LEAD),
    'GET /api/campaigns': ok({campaigns: []}),
    ...routes,
  });
  window.history.replaceState(null, '', path);
  const container = await mount(
    <App
      apiClient={api.client}
      locale={language}
      i18n={createLoadedI18n(language, adminResources(['en', language]))}
      polarisTranslations={await polarisTranslations(language)}
    />,
  );
  return {container, ...api};
}

async function openIn(language: Language, path: string, routes: Record<string, Handler>) {
  return (await openAdminIn(language, path, routes)).container;
}

const titleBar = (container: HTMLElement) =>
  container.querySelector('ui-title-bar')?.getAttribute('title');
const headings = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('th')).map((th) => th.textContent);
const buttons = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('button')).map((b) => b.textContent);
const section = (name: string) =>
  document.querySelector(`section[aria-label="${name}"]`)?.textContent ?? '';

const INBOX = {
  fr: {
    title: 'Boîte de suivi',
    headings: ['Priorité', 'Ce qui s’est passé', 'Client', 'Délai de contact', 'Attribué à'],
    views: ['Ouverts', 'Résolus'],
    badge: 'Urgente',
    signal: 'Réduction promise non appliquée',
    empty: 'Aucun client n’attend de réponse personnelle',
    newCase: 'Nouveau cas urgent\u00a0: ',
  },
  de: {
    title: 'Nachfass-Posteingang',
    headings: ['Priorität', 'Was passiert ist', 'Kunde', 'Zeit bis zum Kontakt', 'Zuständig'],
    views: ['Offen', 'Gelöst'],
    badge: 'Dringend',
    signal: 'Versprochener Rabatt nicht angewendet',
    empty: 'Keine Kunden warten auf eine persönliche Antwort',
    newCase: 'Neuer dringender Fall: ',
  },
} as const;

describe.each(['fr', 'de'] as const)('the follow-up area in %s', (language) => {
  const words = INBOX[language];

  it('when the inbox lists a case, then its title, columns, views, badges and signals are translated', async () => {
    const container = await openIn(language, '/inbox', {
      'GET /api/cases?view=open': ok({
        cases: [caseSummary()],
        counts: {urgent: 1, high: 0, normal: 0},
      }),
    });
    await eventually(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(titleBar(container)).toBe(words.title);
    expect(headings(container)).toEqual(expect.arrayContaining([...words.headings]));
    expect(buttons(container)).toEqual(expect.arrayContaining([...words.views]));
    const row = container.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain(words.badge);
    expect(row).toContain(words.signal);
    expect(container.textContent).not.toContain('What happened');
    expect(container.textContent).not.toContain('Overdue');
  });

  it('when a case opens live, then the toast and the screen-reader news say so in the language', async () => {
    const {container, streams} = await openAdminIn(language, '/inbox', {
      'GET /api/cases?view=open': ok({cases: [], counts: {urgent: 0, high: 0, normal: 0}}),
    });
    await eventually(() => expect(container.textContent).toContain(words.empty));
    await eventually(() => expect(streams.length).toBeGreaterThan(0));
    const opened = caseSummary({overdue: false, openedAt: Date.now() - 5_000, escalatedAt: null});
    for (const stream of streams) await stream.send('case', opened);
    const news = `${words.newCase}${opened.headline}`;
    await eventually(() => expect(toasts).toEqual([news]));
    const region = container.querySelector('[data-live-announcer]');
    await eventually(() => expect(region?.textContent).toBe(news));
  });

  it('when no case is open, then the empty state speaks the language', async () => {
    const container = await openIn(language, '/inbox', {
      'GET /api/cases?view=open': ok({cases: [], counts: {urgent: 0, high: 0, normal: 0}}),
    });
    await eventually(() => expect(container.textContent).toContain(words.empty));
    expect(container.textContent).not.toContain('Every case tells the whole story');
  });
});

describe('a case in French and German', () => {
  it('when a case opens in French, then its cards, actions and counts are French', async () => {
    const container = await openIn('fr', `/inbox/${CASE_ID}`, {
      [`GET /api/cases/${CASE_ID}`]: ok(caseView({notifications: [FAILED_NOTICE]})),
    });
    await eventually(() => expect(container.textContent).toContain('Ce que l’e-mail promettait'));
    expect(titleBar(container)).toBe('Cas\u00a0: Returning customer · 14 orders');
    expect(buttons(container)).toEqual(
      expect.arrayContaining(['Prendre en charge', 'Transmettre', 'Résoudre', 'Ajouter la note']),
    );
    expect(section('Contact')).toContain('Contacter le client');
    expect(section('Panier')).toContain('Sous-total');
    // The promise's sentence comes from the server and stays as sent, inside a French frame.
    expect(section('Ce que l’e-mail promettait')).toContain(
      '20% off your entire order dans «\u00a0Winter clearance\u00a0».',
    );
    expect(section('Notifications')).toContain('Essayé 3 fois.');
    expect(container.textContent).not.toContain('Contact the shopper');
  });

  it('when a case opens in German, then its cards, actions and counts are German', async () => {
    const container = await openIn('de', `/inbox/${CASE_ID}`, {
      [`GET /api/cases/${CASE_ID}`]: ok(
        caseView({notifications: [{...FAILED_NOTICE, attempts: 1}]}),
      ),
    });
    await eventually(() =>
      expect(container.textContent).toContain('Was die E-Mail versprochen hat'),
    );
    expect(titleBar(container)).toBe('Fall: Returning customer · 14 orders');
    expect(buttons(container)).toEqual(
      expect.arrayContaining(['Übernehmen', 'Übergeben', 'Lösen', 'Notiz hinzufügen']),
    );
    expect(section('Kontakt')).toContain('Kunden kontaktieren');
    expect(section('Benachrichtigungen')).toContain('Einmal versucht.');
    expect(container.textContent).not.toContain('Hand over');
  });

  it.each([
    ['fr', 'Heed n’a pas pu joindre son serveur. Vérifiez votre connexion et réessayez.'],
    [
      'de',
      'Heed konnte seinen Server nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    ],
  ] as const)(
    'when %s cannot reach the server, then the banner says so in the language',
    async (language, words) => {
      const container = await openIn(language, `/inbox/${CASE_ID}`, {
        [`GET /api/cases/${CASE_ID}`]: () => Promise.reject(new TypeError('Failed to fetch')),
      });
      await eventually(() => expect(container.textContent).toContain(words));
      expect(container.textContent).not.toContain('Heed could not reach its server');
    },
  );

  it.each([
    ['fr', 'Contact', 'Pas de réponse'],
    ['de', 'Kontakt', 'Keine Antwort'],
  ] as const)(
    'when %s shows a call that reached nobody, then the contact history says how it went in words',
    async (language, heading, words) => {
      const call = {
        id: 'contact-1',
        at: NOW - 5 * MINUTE,
        by: 'anna',
        byName: 'Anna Berg',
        method: 'phone',
        basis: 'service_recovery',
        message: null,
        callOutcome: 'no_answer',
      };
      const container = await openIn(language, `/inbox/${CASE_ID}`, {
        [`GET /api/cases/${CASE_ID}`]: ok(caseView({contacts: [call]})),
      });
      await eventually(() => expect(section(heading)).toContain(words));
      expect(container.textContent).not.toContain('no_answer');
    },
  );

  it.each([
    ['fr', 1, '1 client attend une réponse personnelle.'],
    ['fr', 2, '2 clients attendent une réponse personnelle.'],
    ['de', 1, '1 Kunde wartet auf eine persönliche Antwort.'],
    ['de', 2, '2 Kunden warten auf eine persönliche Antwort.'],
  ] as const)(
    'when %s shows %i open cases on the dashboard, then the count agrees with its number',
    async (language, urgent, sentence) => {
      const container = await openIn(language, '/', {
        'GET /api/cases?view=open': ok({cases: [], counts: {urgent, high: 0, normal: 0}}),
      });
      await eventually(() => expect(container.textContent).toContain(sentence));
    },
  );
});

const LIVE = {
  fr: {
    title: 'Paiements en direct',
    heading: 'Afficher les paiements',
    headings: ['Paiement', 'Étape', 'Ce qui a coincé', 'Hésitation', 'Panier', 'Campagne'],
    step: 'Paiement',
    signal: 'Réduction promise non appliquée',
    score: 'Élevée · 30',
    quarantine: [
      [1, '1 événement de paiement des dernières 24 heures n’a pas pu être lu'],
      [4, '4 événements de paiement des dernières 24 heures n’ont pas pu être lus'],
    ],
  },
  de: {
    title: 'Live-Checkouts',
    heading: 'Checkouts anzeigen',
    headings: ['Checkout', 'Schritt', 'Was schiefging', 'Zögern', 'Warenkorb', 'Kampagne'],
    step: 'Zahlung',
    signal: 'Versprochener Rabatt nicht angewendet',
    score: 'Hoch · 30',
    quarantine: [
      [1, '1 Checkout-Ereignis der letzten 24 Stunden konnte nicht gelesen werden'],
      [4, '4 Checkout-Ereignisse der letzten 24 Stunden konnten nicht gelesen werden'],
    ],
  },
} as const;

describe.each(['fr', 'de'] as const)('live checkouts in %s', (language) => {
  const words = LIVE[language];

  it('when checkouts load, then the title, filters, columns, step, signal and score are translated', async () => {
    const container = await openIn(language, '/live', {
      'GET /api/pixel/status': ok(pixelStatus(0)),
      'GET /api/journeys?sinceHours=24&limit=50': ok({journeys: [PROMO_JOURNEY]}),
    });
    await eventually(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(titleBar(container)).toBe(words.title);
    expect(container.textContent).toContain(words.heading);
    expect(headings(container)).toEqual([...words.headings]);
    const row = container.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain(words.step);
    expect(row).toContain(words.signal);
    expect(row).toContain(words.score);
    expect(container.textContent).not.toContain('What went wrong');
  });

  it.each(words.quarantine.map(([count, title]): [number, string] => [count, title]))(
    'when %i checkout events could not be read, then the banner counts them in the language',
    async (count, title) => {
      const container = await openIn(language, '/live', {
        'GET /api/pixel/status': ok(pixelStatus(count)),
        'GET /api/journeys?sinceHours=24&limit=50': ok({journeys: [PROMO_JOURNEY]}),
      });
      await eventually(() => expect(container.textContent).toContain(title));
    },
  );
});
