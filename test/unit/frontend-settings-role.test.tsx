// @vitest-environment jsdom
import {MemoryRouter} from 'react-router-dom';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, describe, expect, it} from 'vitest';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {ROUTER_FUTURE} from '../../web/frontend/src/app';
import {SettingsPage} from '../../web/frontend/src/pages/settings-page';
import {eventually, json, mount, unmountAll} from '../support/admin-dom';
import {BEN, ME_LEAD, staffMember} from '../support/followup-fixtures';
import {ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

afterEach(unmountAll);

const NOTIFICATIONS = {
  email: {changes: ['opened']},
  slack: {set: false, webhookUrl: null, changes: ['opened']},
  updatedAt: null,
};
const ME_AGENT = {me: staffMember({userId: BEN.userId, name: BEN.name, role: 'agent'})};

async function openSettings(me: Handler) {
  const api = scriptedAdminApi({
    'GET /api/settings/hesitation': ok({thresholds: {}, defaults: {}, overrides: {}}),
    'GET /api/staff': ok({staff: [ME_LEAD.me]}),
    'GET /api/staff/me': me,
    'GET /api/settings/mail': ok({mail: null}),
    'GET /api/settings/notifications': ok(NOTIFICATIONS),
    'GET /api/settings/hours': ok({workingHours: null, timeZone: 'America/Toronto'}),
  });
  await mount(
    <MemoryRouter future={ROUTER_FUTURE}>
      <AppProvider i18n={en}>
        <ApiClientContext.Provider value={api.client}>
          <SettingsPage />
        </ApiClientContext.Provider>
      </AppProvider>
    </MemoryRouter>,
  );
  return api;
}

const hoursBox = () => document.getElementById('shop-workingHours') as HTMLInputElement | null;

describe('settings while the viewer’s role is known, and for someone who may not edit', () => {
  it('when the viewer’s role has not arrived yet, then the hours and notifications wait behind their skeletons instead of showing disabled', async () => {
    let answer: () => void = () => undefined;
    const known = new Promise<void>((resolve) => (answer = resolve));
    // Each section asks on its own; every answer waits until the role is let through.
    await openSettings(() => known.then(() => json(200, ME_LEAD)));
    await eventually(() => expect(document.body.textContent).toContain('Loading your hours'));
    expect(hoursBox()).toBeNull();
    expect(document.getElementById('notify-slack-url')).toBeNull();

    answer();
    await eventually(() => expect(hoursBox()).not.toBeNull());
    expect(hoursBox()?.disabled).toBe(false);
  });

  it('when an agent reads the shop hours, then the checkbox is disabled but its explanation is ordinary text it points to', async () => {
    await openSettings(ok(ME_AGENT));
    await eventually(() => expect(hoursBox()).not.toBeNull());
    const box = hoursBox() as HTMLInputElement;
    expect(box.disabled).toBe(true);
    const help = document.getElementById('shop-workingHoursHelpText');
    expect(help?.textContent).toMatch(/\S/);
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain('shop-workingHoursHelpText');
    // Not Polaris's greyed help text of a disabled choice, whose contrast is below what axe accepts.
    expect(help?.closest('[class*="Polaris-Choice"]')).toBeNull();
  });
});
