// @vitest-environment jsdom
import {MemoryRouter} from 'react-router-dom';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {ROUTER_FUTURE} from '../../web/frontend/src/app';
import {SettingsPage} from '../../web/frontend/src/pages/settings-page';
import {click, eventually, mount, pageButton, unmountAll} from '../support/admin-dom';
import {staffMember} from '../support/followup-fixtures';
import {ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

const THRESHOLDS = {
  stallAfterMs: 240_000,
  stallAfterMsByStep: {},
  abandonAfterMs: 1_800_000,
  repeatedEditsAt: 4,
  shippingShockShare: 0.25,
  shippingShockLeftAfterMs: 600_000,
};

beforeAll(() => {
  Object.assign(globalThis, {shopify: {toast: {show: () => undefined, hide: () => undefined}}});
});
afterEach(unmountAll);

async function editAnna(anna: Record<string, unknown>, routes: Record<string, Handler> = {}) {
  const api = scriptedAdminApi({
    'GET /api/settings/hesitation': ok({
      thresholds: THRESHOLDS,
      defaults: THRESHOLDS,
      overrides: {},
    }),
    'GET /api/staff': ok({staff: [anna]}),
    'GET /api/settings/mail': ok({mail: null}),
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
  await click(document.querySelector('button[aria-label="Edit Anna Berg"]') as HTMLElement);
  return api;
}

const muteBox = () => document.getElementById('staff-muteOutsideHours') as HTMLInputElement | null;

describe('settings: muting email outside one’s hours', () => {
  it('when a person with working hours mutes email outside them, then the edit sends it', async () => {
    const anna = staffMember({muteOutsideHours: false});
    const {writes} = await editAnna(anna, {
      'PUT /api/staff/4101': ok({staff: {...anna, muteOutsideHours: true}}),
    });
    expect(muteBox()?.checked).toBe(false);
    await click(muteBox() as HTMLElement);
    await click(pageButton(document.body, 'Save person'));
    await eventually(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]?.body).toMatchObject({muteOutsideHours: true});
  });

  it.each([
    ['has no working hours', staffMember({workingHours: null, muteOutsideHours: false})],
    ['comes from a server that does not know the setting', staffMember()],
  ])('when the person %s, then there is nothing to mute', async (_what, anna) => {
    await editAnna(anna);
    expect(muteBox()).toBeNull();
  });
});
