// @vitest-environment jsdom
import {MemoryRouter} from 'react-router-dom';
import {I18nextProvider} from 'react-i18next';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {ROUTER_FUTURE} from '../../web/frontend/src/app';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import type {Language} from '../../web/frontend/src/i18n/languages';
import {SettingsPage} from '../../web/frontend/src/pages/settings-page';
import {
  click,
  eventually,
  fieldError,
  fill,
  mount,
  pageButton,
  unmountAll,
} from '../support/admin-dom';
import {adminResources} from '../support/admin-translations';
import {BEN, staffMember} from '../support/followup-fixtures';
import {ok, scriptedAdminApi} from '../support/scripted-admin-api';

const MINUTE = 60_000;
const THRESHOLDS = {
  stallAfterMs: 4 * MINUTE,
  stallAfterMsByStep: {},
  abandonAfterMs: 30 * MINUTE,
  repeatedEditsAt: 4,
  shippingShockShare: 0.25,
  shippingShockLeftAfterMs: 10 * MINUTE,
};
const ANNA = staffMember();
const BEN_AGENT = staffMember({
  userId: BEN.userId,
  name: BEN.name,
  role: 'agent',
  timeZone: null,
  workingHours: null,
  onShiftNow: false,
  isMe: false,
});

beforeAll(() => {
  Object.assign(globalThis, {shopify: {toast: {show: () => undefined, hide: () => undefined}}});
});
afterEach(unmountAll);

async function openSettings(language: Language, mail: unknown = null) {
  const api = scriptedAdminApi({
    'GET /api/settings/hesitation': ok({
      thresholds: THRESHOLDS,
      defaults: THRESHOLDS,
      overrides: {},
    }),
    'GET /api/staff': ok({staff: [ANNA, BEN_AGENT]}),
    'GET /api/settings/mail': ok({mail}),
    'GET /api/settings/notifications': ok({
      email: {changes: ['opened']},
      slack: {set: false, webhookUrl: null, changes: ['opened']},
      updatedAt: null,
    }),
    'GET /api/settings/hours': ok({workingHours: null, timeZone: 'Europe/Paris'}),
    'GET /api/staff/me': ok({me: ANNA}),
  });
  const i18n = createLoadedI18n(language, adminResources(['en', language]));
  const container = await mount(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter future={ROUTER_FUTURE}>
        <AppProvider i18n={en}>
          <ApiClientContext.Provider value={api.client}>
            <SettingsPage />
          </ApiClientContext.Provider>
        </AppProvider>
      </MemoryRouter>
    </I18nextProvider>,
  );
  await eventually(() => expect(container.textContent).toContain('Anna Berg'));
  await eventually(() => expect(document.getElementById('mail-host')).not.toBeNull());
  return {container, ...api};
}

describe('the settings page in the merchant’s language', () => {
  it('when the admin reads French, then every section, field and button is in French', async () => {
    const {container} = await openSettings('fr');
    const text = container.textContent ?? '';
    for (const words of [
      'Signaux d’hésitation',
      'Bloqué après',
      'Par défaut\u00a0: 4\u00a0min',
      'Rétablir les valeurs par défaut',
      'Équipe de suivi',
      'Responsable',
      'Hors service',
      'Ajouter une personne',
      'Notifications',
      'Un nouveau cas',
      'Enregistrer les notifications',
      'Délai de réponse',
      'E-mails aux clients',
      'Serveur SMTP',
      'Enregistrer les paramètres d’e-mail',
      'Confidentialité des clients',
      'Toujours actif',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('Save email settings');
    expect(text).not.toContain('Follow-up team');
  });

  it('when the admin reads German, then every section, field and button is in German', async () => {
    const {container} = await openSettings('de');
    const text = container.textContent ?? '';
    for (const words of [
      'Zögersignale',
      'Hängt fest nach',
      'Standard: 4 Min.',
      'Nachverfolgungsteam',
      'Leitung',
      'Person hinzufügen',
      'Benachrichtigungen',
      'Ein neuer Fall',
      'Antwortzeit',
      'E-Mails an Kunden',
      'E-Mail-Einstellungen speichern',
      'Kundendatenschutz',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('Hesitation signals');
  });

  it('when a French merchant saves a mail server with a scheme, then the shared schema refuses it in French', async () => {
    const {container, writes} = await openSettings('fr');
    await fill('mail-host', 'smtp://mail.example.com');
    await fill('mail-fromAddress', 'bonjour@fourrures.example');
    await click(pageButton(container, 'Enregistrer les paramètres d’e-mail'));
    await eventually(() =>
      expect(fieldError('mail-host')).toBe(
        'Saisissez un nom d’hôte ou une adresse IP, sans protocole ni port',
      ),
    );
    expect(writes()).toEqual([]);
  });

  it('when a French merchant sends a test to a name, not an address, then it is refused in French and nothing is sent', async () => {
    const saved = {
      host: 'smtp.fourrures.example',
      port: 587,
      secure: false,
      username: '',
      fromAddress: 'bonjour@fourrures.example',
      passwordSet: false,
      updatedAt: 0,
    };
    const {container, writes} = await openSettings('fr', saved);
    await eventually(() => expect(document.getElementById('mail-test-to')).not.toBeNull());
    await fill('mail-test-to', 'dana');
    await click(pageButton(container, 'Envoyer un test'));
    await eventually(() =>
      expect(fieldError('mail-test-to')).toBe(
        'Saisissez une adresse e-mail, par exemple vous@example.com',
      ),
    );
    expect(writes()).toEqual([]);
  });

  it('when a German lead edits a person with an unknown zone, then the editor says so in German', async () => {
    const {writes} = await openSettings('de');
    await click(
      document.querySelector(`button[aria-label="${BEN.name} bearbeiten"]`) as HTMLElement,
    );
    await fill('staff-timeZone', 'Mars/Olympus');
    await click(pageButton(document.body, 'Person speichern'));
    await eventually(() =>
      expect(fieldError('staff-timeZone')).toBe('Wählen Sie eine Zeitzone, z. B. America/Toronto'),
    );
    expect(writes()).toEqual([]);
  });

  it('when French hours are set, then the weekdays and their zone read in French', async () => {
    const {container} = await openSettings('fr');
    await click(document.getElementById('shop-workingHours') as HTMLElement);
    const text = container.textContent ?? '';
    expect(text).toContain('Lundi');
    expect(text).toContain(
      'Les heures sont exprimées dans le fuseau horaire de la boutique (Europe/Paris).',
    );
  });
});
