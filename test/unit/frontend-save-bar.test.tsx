// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {
  appBridgeButton,
  click,
  eventually,
  fill,
  inputValue,
  leavePrompt,
  mount,
  shownSaveBar,
  unmountAll,
} from '../support/admin-dom';
import {ME_LEAD, staffMember} from '../support/followup-fixtures';
import {ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

/**
 * App Bridge's save bar on the admin's forms, through the demo's stand-in of App Bridge (loaded
 * for every jsdom test): it draws `<ui-save-bar>` and asks before leaving as Shopify admin does.
 */

const MINUTE = 60_000;
const DEFAULTS = {
  stallAfterMs: 4 * MINUTE,
  stallAfterMsByStep: {},
  abandonAfterMs: 30 * MINUTE,
  repeatedEditsAt: 4,
  shippingShockShare: 0.25,
  shippingShockLeftAfterMs: 10 * MINUTE,
};
const hesitation = (overrides: Record<string, unknown>) => ({
  thresholds: {...DEFAULTS, ...overrides},
  defaults: DEFAULTS,
  overrides,
});

const BASE: Record<string, Handler> = {
  'GET /api/staff/me': ok(ME_LEAD),
  'GET /api/staff': ok({staff: [staffMember()]}),
  'GET /api/campaigns': ok({campaigns: []}),
  'GET /api/rules': ok({rules: []}),
  'GET /api/lookups/discount-codes': ok({discounts: []}),
  'GET /api/overview': ok({
    shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'USD'},
    storage: {engine: 'sqlite', healthy: true},
  }),
  'GET /api/settings/hesitation': ok(hesitation({})),
  'GET /api/settings/mail': ok({mail: null}),
  'GET /api/settings/notifications': ok({
    email: {changes: ['opened', 'raised', 'reopened', 'escalated']},
    slack: {set: false, webhookUrl: null, changes: ['opened', 'escalated']},
    updatedAt: null,
  }),
  'GET /api/settings/hours': ok({workingHours: null, timeZone: 'America/Toronto'}),
};

async function open(path: string, routes: Record<string, Handler> = {}) {
  const api = scriptedAdminApi({...BASE, ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} />);
  return {container, ...api};
}

/** The page's own Cancel button (the form's, not App Bridge's). */
function cancelButton(container: Element): HTMLElement {
  return Array.from(container.querySelectorAll('button')).find(
    (b) => b.textContent === 'Cancel',
  ) as HTMLElement;
}

function saveBarShowing(id: string): boolean {
  const element = document.getElementById(id);
  return element instanceof HTMLElement && 'showing' in element && element.showing === true;
}

afterEach(unmountAll);

describe('App Bridge’s save bar on the settings forms', () => {
  it.each([
    {form: 'hesitation', id: 'hesitation-save-bar', field: 'threshold-stallAfterMs', value: '6'},
    {form: 'email', id: 'mail-save-bar', field: 'mail-host', value: 'smtp.furs.example'},
    {form: 'notifications', id: 'notifications-save-bar', field: 'notify-slack-url', value: 'x'},
  ])(
    'when the $form form is changed, then its save bar shows; Discard restores the value and hides it',
    async ({id, field, value}) => {
      await open('/settings');
      await eventually(() => expect(inputValue(field)).toBeDefined());
      const before = inputValue(field);
      expect(shownSaveBar()).toBeUndefined();

      await fill(field, value);
      await eventually(() => expect(saveBarShowing(id)).toBe(true));
      expect(shownSaveBar()?.textContent).toContain('Unsaved changes');

      await click(appBridgeButton('Discard'));
      await eventually(() => expect(shownSaveBar()).toBeUndefined());
      expect(inputValue(field)).toBe(before);
    },
  );

  it('when the shop’s hours are turned on, then the save bar shows; Discard turns them off again', async () => {
    await open('/settings');
    await eventually(() => expect(document.getElementById('shop-workingHours')).not.toBeNull());
    await click(document.getElementById('shop-workingHours') as HTMLElement);
    await eventually(() => expect(saveBarShowing('shop-hours-save-bar')).toBe(true));
    await click(appBridgeButton('Discard'));
    await eventually(() => expect(shownSaveBar()).toBeUndefined());
    expect((document.getElementById('shop-workingHours') as HTMLInputElement).checked).toBe(false);
  });

  it('when the save bar’s Save is clicked, then the form is sent once and the bar goes', async () => {
    const saved = hesitation({stallAfterMs: 6 * MINUTE});
    const {writes} = await open('/settings', {'PUT /api/settings/hesitation': ok(saved)});
    await eventually(() => expect(inputValue('threshold-stallAfterMs')).toBe('4'));
    await fill('threshold-stallAfterMs', '6');
    await eventually(() => expect(shownSaveBar()).toBeDefined());

    await click(appBridgeButton('Save'));
    await eventually(() => expect(shownSaveBar()).toBeUndefined());
    expect(writes()).toEqual([
      {
        method: 'PUT',
        path: '/api/settings/hesitation',
        search: '',
        body: {stallAfterMs: 6 * MINUTE},
      },
    ]);
    expect(inputValue('threshold-stallAfterMs')).toBe('6');
  });
});

describe('leaving a form with unsaved changes', () => {
  it('when a new rule has a name and the merchant cancels, then App Bridge asks; Stay keeps the form, Leave page goes', async () => {
    const {container} = await open('/rules/new');
    await eventually(() => expect(inputValue('rule-name')).toBe(''));
    await fill('rule-name', 'Big carts');
    await eventually(() => expect(saveBarShowing('rule-save-bar')).toBe(true));

    const cancel = cancelButton(container);
    await click(cancel);
    await eventually(() => expect(leavePrompt()?.textContent).toContain('unsaved changes'));
    await click(appBridgeButton('Stay'));
    await eventually(() => expect(leavePrompt()).toBeUndefined());
    expect(window.location.pathname).toBe('/rules/new');
    expect(inputValue('rule-name')).toBe('Big carts');

    await click(cancel);
    await eventually(() => expect(leavePrompt()).toBeDefined());
    await click(appBridgeButton('Leave page'));
    await eventually(() => expect(window.location.pathname).toBe('/rules'));
  });

  it('when a new campaign has a name, then its save bar shows and Cancel asks; Discard empties the form', async () => {
    const {container} = await open('/campaigns/new');
    await eventually(() => expect(inputValue('campaign-name')).toBe(''));
    await fill('campaign-name', 'Winter sale');
    await eventually(() => expect(saveBarShowing('campaign-save-bar')).toBe(true));

    const cancel = cancelButton(container);
    await click(cancel);
    await eventually(() => expect(leavePrompt()?.textContent).toContain('unsaved changes'));
    await click(appBridgeButton('Stay'));
    await eventually(() => expect(leavePrompt()).toBeUndefined());
    expect(window.location.pathname).toBe('/campaigns/new');

    await click(appBridgeButton('Discard'));
    await eventually(() => expect(shownSaveBar()).toBeUndefined());
    expect(inputValue('campaign-name')).toBe('');
    await click(cancel);
    await eventually(() => expect(window.location.pathname).toBe('/campaigns'));
  });

  it('when the rule form holds no changes, then a link leaves at once, without asking', async () => {
    const {container} = await open('/rules/new');
    await eventually(() => expect(inputValue('rule-name')).toBe(''));
    const cancel = cancelButton(container);
    await click(cancel);
    await eventually(() => expect(window.location.pathname).toBe('/rules'));
    expect(leavePrompt()).toBeUndefined();
  });

  it('when a person’s name is changed and the editor is closed, then App Bridge asks first', async () => {
    const {container} = await open('/settings');
    const edit = () =>
      Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Edit');
    await eventually(() => expect(edit()).toBeDefined());
    await click(edit() as HTMLElement);
    await eventually(() => expect(inputValue('staff-name')).toBeDefined());
    await fill('staff-name', 'Someone else');
    await eventually(() => expect(saveBarShowing('staff-save-bar')).toBe(true));

    const cancel = Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent === 'Cancel' && !b.closest('ui-save-bar'),
    ) as HTMLElement;
    await click(cancel);
    await eventually(() => expect(leavePrompt()).toBeDefined());
    await click(appBridgeButton('Stay'));
    expect(inputValue('staff-name')).toBe('Someone else');
  });
});
