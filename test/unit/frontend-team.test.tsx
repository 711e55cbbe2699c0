// @vitest-environment jsdom
import {MemoryRouter} from 'react-router-dom';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {ROUTER_FUTURE} from '../../web/frontend/src/app';
import {SettingsPage} from '../../web/frontend/src/pages/settings-page';
import {
  click,
  eventually,
  fieldError,
  fieldHelp,
  fill,
  mount,
  pageButton,
  unmountAll,
} from '../support/admin-dom';
import {BEN, staffMember} from '../support/followup-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

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
const NOTIFICATIONS = {
  email: {changes: ['opened', 'raised', 'reopened', 'escalated']},
  slack: {set: false, webhookUrl: null, changes: ['opened', 'escalated']},
  updatedAt: null,
};
const BEN_AGENT = staffMember({
  userId: BEN.userId,
  name: BEN.name,
  email: null,
  role: 'agent',
  timeZone: null,
  workingHours: null,
  onShiftNow: false,
  isMe: false,
});
const MAIL = {
  host: 'smtp.furs.example',
  port: 587,
  secure: false,
  username: 'help@furs.example',
  fromAddress: 'help@furs.example',
  passwordSet: true,
  updatedAt: Date.now(),
};

const toasts: string[] = [];
beforeAll(() => {
  const show = (message: string) => toasts.push(message);
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});
beforeEach(() => {
  toasts.length = 0;
});
afterEach(unmountAll);

async function openSettings(routes: Record<string, Handler>) {
  const api = scriptedAdminApi({
    'GET /api/settings/hesitation': ok({
      thresholds: THRESHOLDS,
      defaults: THRESHOLDS,
      overrides: {},
    }),
    'GET /api/staff': ok({staff: [ANNA, BEN_AGENT]}),
    'GET /api/settings/mail': ok({mail: MAIL}),
    'GET /api/settings/notifications': ok(NOTIFICATIONS),
    'GET /api/settings/hours': ok({workingHours: null, timeZone: 'America/Toronto'}),
    'GET /api/staff/me': ok({me: ANNA}),
    ...routes,
  });
  const container = await mount(
    <MemoryRouter future={ROUTER_FUTURE}>
      <AppProvider i18n={en}>
        <ApiClientContext.Provider value={api.client}>
          <SettingsPage />
        </ApiClientContext.Provider>
      </AppProvider>
    </MemoryRouter>,
  );
  await eventually(() => expect(container.textContent).toContain('Anna Berg'));
  return {container, ...api};
}

const editButton = (name: string) =>
  document.querySelector(`button[aria-label="Edit ${name}"]`) as HTMLButtonElement | null;

describe('settings: team', () => {
  it('when the team loads, then each person shows with role, zone, hours and shift, and "you" is marked', async () => {
    const {container, unexpected} = await openSettings({});
    const text = container.textContent ?? '';
    expect(text).toContain('You');
    expect(text).toContain('Lead');
    expect(text).toContain('On shift now');
    expect(text).toContain('America/Toronto · Mon 09:00–17:00, Tue 09:00–17:00');
    expect(text).toContain('Ben Okafor');
    expect(text).toContain('Agent');
    expect(text).toContain('Off shift');
    expect(text).toContain('The shop’s time zone · Any time');
    expect(unexpected).toEqual([]);
  });

  it('when a lead adds a person, then their user id, name, email and role are sent', async () => {
    const {container, writes} = await openSettings({
      'POST /api/staff': ok({
        staff: staffMember({userId: '4200', name: 'Chloé Martin', isMe: false, role: 'agent'}),
      }),
    });
    await click(pageButton(container, 'Add a person'));
    await fill('staff-userId', '4200');
    await fill('staff-name', 'Chloé Martin');
    await fill('staff-email', 'chloe@furs.example');
    await click(pageButton(document.body, 'Add person'));
    await eventually(() => expect(toasts).toEqual(['Person added']));
    expect(writes()).toEqual([
      {
        method: 'POST',
        path: '/api/staff',
        search: '',
        body: {userId: '4200', name: 'Chloé Martin', email: 'chloe@furs.example', role: 'agent'},
      },
    ]);
  });

  it('when a lead edits a person, then name, role, zone, hours and availability are sent', async () => {
    const {writes} = await openSettings({'PUT /api/staff/4102': ok({staff: BEN_AGENT})});
    await click(editButton('Ben Okafor') as HTMLElement);
    await fill('staff-role', 'lead');
    await fill('staff-timeZone', 'Europe/Paris');
    await click(document.getElementById('staff-workingHours') as HTMLElement);
    await click(document.getElementById('staff-day-3') as HTMLElement);
    await fill('staff-day-3-start', '10:00');
    await click(document.getElementById('staff-available') as HTMLElement);
    await click(pageButton(document.body, 'Save person'));
    await eventually(() => expect(toasts).toEqual(['Person saved']));
    expect(writes()).toEqual([
      {
        method: 'PUT',
        path: '/api/staff/4102',
        search: '',
        body: {
          name: 'Ben Okafor',
          email: null,
          role: 'lead',
          timeZone: 'Europe/Paris',
          workingHours: [{day: 3, start: '10:00', end: '17:00'}],
          available: false,
        },
      },
    ]);
  });

  it('when an agent opens the team, then they can edit only themselves, without a role, and cannot add people', async () => {
    const me = staffMember({userId: BEN.userId, name: BEN.name, role: 'agent', isMe: true});
    const lead = staffMember({isMe: false});
    const {container, writes} = await openSettings({
      'GET /api/staff': ok({staff: [lead, me]}),
      'PUT /api/staff/4102': ok({staff: me}),
    });
    expect(container.textContent).not.toContain('Add a person');
    expect(editButton('Anna Berg')).toBeNull();
    await click(editButton('Ben Okafor') as HTMLElement);
    expect(document.getElementById('staff-role')).toBeNull();
    await click(pageButton(document.body, 'Save person'));
    await eventually(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]?.path).toBe('/api/staff/4102');
    expect(writes()[0]?.body).not.toHaveProperty('role');
  });

  it('when the server refuses a field (422), then its message shows on that field', async () => {
    const {writes} = await openSettings({
      'PUT /api/staff/4102': failing(422, 'VALIDATION_FAILED', 'Some fields are not valid.', {
        problems: [{path: 'timeZone', message: 'Not a time zone Heed knows'}],
      }),
    });
    await click(editButton('Ben Okafor') as HTMLElement);
    // A zone the form knows, so the scripted server's refusal is what shows.
    await fill('staff-timeZone', 'Europe/Paris');
    await click(pageButton(document.body, 'Save person'));
    await eventually(() => expect(fieldError('staff-timeZone')).toBe('Not a time zone Heed knows'));
    expect(writes()).toHaveLength(1);
  });
});

describe('settings: email to shoppers', () => {
  it('when a password is saved, then the form says so, never shows it, and a save without a new one keeps it', async () => {
    const {container, writes} = await openSettings({
      'PUT /api/settings/mail': ok({mail: {...MAIL, port: 465, secure: true}}),
    });
    await eventually(() => expect(fieldHelp('mail-password')).toContain('A password is saved'));
    expect((document.getElementById('mail-password') as HTMLInputElement).value).toBe('');
    await fill('mail-port', '465');
    await click(document.getElementById('mail-secure') as HTMLElement);
    await click(pageButton(container, 'Save email settings'));
    await eventually(() => expect(toasts).toEqual(['Email settings saved']));
    expect(writes()).toEqual([
      {
        method: 'PUT',
        path: '/api/settings/mail',
        search: '',
        body: {
          host: 'smtp.furs.example',
          port: 465,
          secure: true,
          username: 'help@furs.example',
          fromAddress: 'help@furs.example',
        },
      },
    ]);
  });

  it('when a new password is typed, then it is sent', async () => {
    const {container, writes} = await openSettings({'PUT /api/settings/mail': ok({mail: MAIL})});
    await eventually(() => expect(document.getElementById('mail-password')).not.toBeNull());
    await fill('mail-password', 'correct horse');
    await click(pageButton(container, 'Save email settings'));
    await eventually(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]?.body).toMatchObject({password: 'correct horse'});
  });

  it.each([
    {
      answer: {ok: true, response: '250 2.0.0 Ok: queued as 4F1A2'},
      shown: '250 2.0.0 Ok: queued as 4F1A2',
      title: 'The mail server accepted the test',
    },
    {
      answer: {ok: false, error: '535 5.7.8 Authentication credentials invalid'},
      shown: '535 5.7.8 Authentication credentials invalid',
      title: 'The mail server refused the test',
    },
  ])(
    'when a test is sent, then the mail server’s own answer is shown: $shown',
    async ({answer, shown, title}) => {
      const {container, writes} = await openSettings({'POST /api/settings/mail/test': ok(answer)});
      await eventually(() => expect(document.getElementById('mail-test-to')).not.toBeNull());
      await fill('mail-test-to', 'anna@furs.example');
      await click(pageButton(container, 'Send a test'));
      await eventually(() => expect(container.textContent).toContain(shown));
      expect(container.textContent).toContain(title);
      expect(writes()).toEqual([
        {
          method: 'POST',
          path: '/api/settings/mail/test',
          search: '',
          body: {to: 'anna@furs.example'},
        },
      ]);
    },
  );

  it('when no mail server is set, then the form is empty and says what works without one', async () => {
    const {container} = await openSettings({'GET /api/settings/mail': ok({mail: null})});
    await eventually(() => expect(container.textContent).toContain('No mail server yet'));
    expect((document.getElementById('mail-host') as HTMLInputElement).value).toBe('');
    expect(document.getElementById('mail-test-to')).toBeNull();
  });
});
