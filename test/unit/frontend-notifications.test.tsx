// @vitest-environment jsdom
import {MemoryRouter} from 'react-router-dom';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {App, ROUTER_FUTURE} from '../../web/frontend/src/app';
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
import {ANNA, BEN, ME_LEAD, NOW, caseSummary, staffMember} from '../support/followup-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

const ALL = ['opened', 'raised', 'reopened', 'escalated'];
const NOTIFICATIONS = {
  email: {changes: ALL},
  slack: {set: false, webhookUrl: null, changes: ['opened', 'escalated']},
  updatedAt: null,
};
const SLACK_URL = 'https://hooks.slack.com/services/T0FURS/B0FURS/abcdefghijklmnop';
const SAVED_SLACK = {
  ...NOTIFICATIONS,
  slack: {set: true, webhookUrl: 'https://hooks.slack.com/services/T0FU…', changes: ['opened']},
  updatedAt: NOW,
};
const ME_AGENT = {me: staffMember({userId: BEN.userId, name: BEN.name, role: 'agent'})};

const toasts: string[] = [];
beforeAll(() => {
  const show = (message: string) => {
    toasts.push(message);
    return 'toast';
  };
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});
beforeEach(() => {
  toasts.length = 0;
});
afterEach(unmountAll);

async function openSettings(routes: Record<string, Handler>, me = ME_LEAD) {
  const api = scriptedAdminApi({
    'GET /api/settings/hesitation': ok({thresholds: {}, defaults: {}, overrides: {}}),
    'GET /api/staff': ok({staff: [me.me]}),
    'GET /api/staff/me': ok(me),
    'GET /api/settings/mail': ok({mail: null}),
    'GET /api/settings/notifications': ok(NOTIFICATIONS),
    'GET /api/settings/hours': ok({workingHours: null, timeZone: 'America/Toronto'}),
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
  await eventually(() => expect(document.getElementById('notify-slack-url')).not.toBeNull());
  return {container, ...api};
}

const checkbox = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('settings: notifications', () => {
  it('when a lead pastes a Slack webhook and narrows Slack to new cases, then exactly that is sent and the URL field empties', async () => {
    const {container, writes} = await openSettings({
      'PUT /api/settings/notifications': ok(SAVED_SLACK),
    });
    expect(checkbox('notify-email-opened').checked).toBe(true);
    expect(checkbox('notify-slack-raised').checked).toBe(false);
    await fill('notify-slack-url', SLACK_URL);
    await click(checkbox('notify-slack-escalated'));
    await click(pageButton(container, 'Save notifications'));
    await eventually(() => expect(toasts).toEqual(['Notifications saved']));
    expect(writes()).toEqual([
      {
        method: 'PUT',
        path: '/api/settings/notifications',
        search: '',
        body: {email: {changes: ALL}, slack: {changes: ['opened'], webhookUrl: SLACK_URL}},
      },
    ]);
    expect((document.getElementById('notify-slack-url') as HTMLInputElement).value).toBe('');
    expect(container.textContent).toContain('Posting to https://hooks.slack.com/services/T0FU…');
  });

  it('when the server refuses the webhook URL, then its message shows at the field', async () => {
    const {container} = await openSettings({
      'PUT /api/settings/notifications': failing(
        422,
        'VALIDATION_FAILED',
        'Input failed validation',
        {
          problems: [{path: 'slack.webhookUrl', message: 'Use the webhook URL Slack gave you'}],
        },
      ),
    });
    // A local webhook: the form allows it (outside production the server does too); this server does not.
    await fill('notify-slack-url', 'http://127.0.0.1:8080/hook');
    await click(pageButton(container, 'Save notifications'));
    await eventually(() =>
      expect(fieldError('notify-slack-url')).toBe('Use the webhook URL Slack gave you'),
    );
    expect(toasts).toEqual([]);
  });

  it('when a lead tests a typed webhook, then the test names it and Slack’s refusal shows word for word', async () => {
    const {container, writes} = await openSettings({
      'POST /api/settings/notifications/test': ok({
        ok: false,
        error: 'Slack answered 404: no_service',
      }),
    });
    await fill('notify-slack-url', SLACK_URL);
    await click(pageButton(container, 'Test this webhook'));
    await eventually(() => expect(container.textContent).toContain('Slack refused the test'));
    expect(container.textContent).toContain('Slack answered 404: no_service');
    expect(writes()).toEqual([
      {
        method: 'POST',
        path: '/api/settings/notifications/test',
        search: '',
        body: {channel: 'slack', webhookUrl: SLACK_URL},
      },
    ]);
  });

  it('when a lead sends a test email, then the mail server’s answer shows', async () => {
    const {container, writes} = await openSettings({
      'POST /api/settings/notifications/test': ok({ok: true, response: '250 Queued as 7'}),
    });
    await click(pageButton(container, 'Send a test email to me'));
    await eventually(() =>
      expect(container.textContent).toContain('The mail server accepted the test'),
    );
    expect(container.textContent).toContain('250 Queued as 7');
    expect(writes()[0]?.body).toEqual({channel: 'email'});
  });

  it('when an agent opens settings, then notifications and hours show but cannot be changed', async () => {
    const {container} = await openSettings({}, ME_AGENT);
    await eventually(() =>
      expect(container.textContent).toContain('Only a lead can change notifications.'),
    );
    expect(checkbox('notify-email-opened').disabled).toBe(true);
    expect((document.getElementById('notify-slack-url') as HTMLInputElement).disabled).toBe(true);
    expect(container.textContent).not.toContain('Send a test email to me');
    expect(container.textContent).toContain('Only a lead can change the shop’s hours.');
  });
});

describe('settings: the shop’s hours', () => {
  it('when a lead sets Monday hours, then they are sent in the shop’s zone, which the form names', async () => {
    const hours = [{day: 1, start: '09:00', end: '17:00'}];
    const {container, writes} = await openSettings({
      'PUT /api/settings/hours': ok({workingHours: hours, timeZone: 'America/Toronto'}),
    });
    await click(checkbox('shop-workingHours'));
    expect(container.textContent).toContain('Times are in the shop’s time zone (America/Toronto).');
    await click(checkbox('shop-day-1'));
    await click(pageButton(container, 'Save hours'));
    await eventually(() => expect(toasts).toEqual(['Hours saved']));
    expect(writes()).toEqual([
      {method: 'PUT', path: '/api/settings/hours', search: '', body: {workingHours: hours}},
    ]);
  });

  it('when a day ends before it starts, then the form says so and sends nothing', async () => {
    const {container, writes} = await openSettings({});
    await click(checkbox('shop-workingHours'));
    await click(checkbox('shop-day-2'));
    await fill('shop-day-2-start', '18:00');
    await click(pageButton(container, 'Save hours'));
    await eventually(() =>
      expect(fieldError('shop-workingHours')).toBe('The end must come after the start'),
    );
    expect(writes()).toEqual([]);
  });
});

describe('case notices in the admin', () => {
  async function openAdmin(me = ME_LEAD) {
    const api = scriptedAdminApi({
      'GET /api/staff/me': ok(me),
      'GET /api/overview': failing(503, 'UNAVAILABLE', 'not in this test'),
      'GET /api/campaigns': ok({campaigns: []}),
      'GET /api/settings/hesitation': ok({thresholds: {}, defaults: {}, overrides: {}}),
      'GET /api/staff': ok({staff: [me.me]}),
      'GET /api/settings/mail': ok({mail: null}),
      'GET /api/settings/notifications': ok(NOTIFICATIONS),
      'GET /api/settings/hours': ok({workingHours: null, timeZone: null}),
    });
    window.history.replaceState(null, '', '/settings');
    const container = await mount(<App apiClient={api.client} />);
    await eventually(() => expect(api.streams).toHaveLength(1));
    return {container, ...api};
  }

  it('when a case opens for nobody yet while a lead is on the settings page, then a toast names it once, on the one shared stream', async () => {
    const {streams} = await openAdmin();
    const opened = caseSummary({
      id: 'case_live',
      status: 'new',
      assignee: null,
      openedAt: Date.now() - 5_000,
      overdue: false,
      escalatedAt: null,
      headline: 'The promised 20% did not apply.',
    });
    await streams[0]?.send('case', opened);
    await eventually(() =>
      expect(toasts).toEqual(['New urgent case: The promised 20% did not apply.']),
    );
    await streams[0]?.send('case', {...opened, priority: 'high'});
    await streams[0]?.send('case', {...opened, escalatedAt: Date.now()});
    await eventually(() =>
      expect(toasts).toEqual([
        'New urgent case: The promised 20% did not apply.',
        'Overdue case: The promised 20% did not apply.',
      ]),
    );
    expect(streams).toHaveLength(1);
  });

  it('when a case opens for someone else, or an agent sees one escalate, then no toast shows', async () => {
    const {streams} = await openAdmin(ME_AGENT);
    const others = caseSummary({
      id: 'case_theirs',
      status: 'new',
      assignee: ANNA,
      openedAt: Date.now() - 5_000,
      escalatedAt: Date.now(),
    });
    await streams[0]?.send('case', others);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toasts).toEqual([]);
  });
});
