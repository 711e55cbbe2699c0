// @vitest-environment jsdom
import {MemoryRouter} from 'react-router-dom';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {createApiClient} from '../../web/frontend/src/api/api-client';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {ROUTER_FUTURE} from '../../web/frontend/src/app';
import {SettingsPage} from '../../web/frontend/src/pages/settings-page';
import {
  click,
  eventually,
  fieldError,
  fieldHelp,
  fill,
  inputValue,
  json,
  mount,
  pageButton,
  unmountAll,
} from '../support/admin-dom';

const MINUTE = 60_000;
const PATH = '/api/settings/hesitation';
const DEFAULTS = {
  stallAfterMs: 4 * MINUTE,
  stallAfterMsByStep: {},
  abandonAfterMs: 30 * MINUTE,
  repeatedEditsAt: 4,
  shippingShockShare: 0.25,
  shippingShockLeftAfterMs: 10 * MINUTE,
};
const SLOW_PAYMENT = {stallAfterMsByStep: {payment: 10 * MINUTE}};

/** The server's answer for a shop that keeps `overrides`, as GET and PUT both give it. */
function settings(overrides: Record<string, unknown>) {
  return {thresholds: {...DEFAULTS, ...overrides}, defaults: DEFAULTS, overrides};
}

const FIELD = {
  stall: 'threshold-stallAfterMs',
  contact: 'threshold-stallAfterMsByStep-contact',
  payment: 'threshold-stallAfterMsByStep-payment',
  abandon: 'threshold-abandonAfterMs',
  edits: 'threshold-repeatedEditsAt',
  shock: 'threshold-shippingShockShare',
  left: 'threshold-shippingShockLeftAfterMs',
};

// ---- Harness: the real page and API client over a scripted fetch ------------------------------

type Sent = {method: string; path: string; body: unknown};

/** The page's other sections (team, email) answer as for a shop that set neither up; see frontend-team. */
const OTHER_SECTIONS: Readonly<Record<string, unknown>> = {
  '/api/staff': {staff: []},
  '/api/settings/mail': {mail: null},
  '/api/settings/notifications': {
    email: {changes: ['opened', 'raised', 'reopened', 'escalated']},
    slack: {set: false, webhookUrl: null, changes: ['opened', 'escalated']},
    updatedAt: null,
  },
  '/api/settings/hours': {workingHours: null, timeZone: 'America/Toronto'},
  '/api/staff/me': {
    me: {
      userId: '1',
      name: 'Anna Berg',
      email: null,
      role: 'lead',
      timeZone: null,
      workingHours: null,
      available: true,
      onShiftNow: true,
      lastSeenAt: null,
      isMe: true,
    },
  },
};

/** Each hesitation request takes the next scripted answer; a request with none left fails the test. */
function scriptedApi(...answers: (() => Response | Promise<Response>)[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const other = OTHER_SECTIONS[String(input)];
    if (other !== undefined && (init?.method ?? 'GET') === 'GET') return json(200, other);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({method: init?.method ?? 'GET', path: String(input), body});
    const answer = answers.shift();
    if (!answer) throw new Error(`unscripted request: ${init?.method ?? 'GET'} ${String(input)}`);
    return answer();
  });
  const client = createApiClient({idToken: async () => 'session-token', fetch});
  return {client, sent, unused: answers};
}

const toasts: string[] = [];
let api: ReturnType<typeof scriptedApi> | undefined;

beforeAll(() => {
  // App Bridge's global, as far as this page uses it.
  const show = (message: string) => toasts.push(message);
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});

beforeEach(() => {
  toasts.length = 0;
});

afterEach(() => {
  unmountAll();
  // Every scripted answer was asked for: a test cannot pass by not sending what it meant to.
  expect(api?.unused ?? []).toEqual([]);
  api = undefined;
});

async function openSettings(...answers: (() => Response | Promise<Response>)[]) {
  const scripted = scriptedApi(...answers);
  api = scripted;
  const container = await mount(
    <MemoryRouter future={ROUTER_FUTURE}>
      <AppProvider i18n={en}>
        <ApiClientContext.Provider value={scripted.client}>
          <SettingsPage />
        </ApiClientContext.Provider>
      </AppProvider>
    </MemoryRouter>,
  );
  return {container, sent: scripted.sent};
}

/** Opens the page on a shop that made payment slower, and waits for the form. */
async function openLoaded(...afterLoad: (() => Response | Promise<Response>)[]) {
  const page = await openSettings(() => json(200, settings(SLOW_PAYMENT)), ...afterLoad);
  await eventually(() => expect(inputValue(FIELD.stall)).toBe('4'));
  return page;
}

const puts = (sent: Sent[]) => sent.filter((s) => s.method === 'PUT');

// ---- The page -----------------------------------------------------------------------------------

describe('settings page', () => {
  it('when one section is still loading, then one skeleton stands in for the page and the sections wait, hidden, to show together', async () => {
    const {container} = await openSettings(() => new Promise<Response>(() => undefined));
    const [page] = container.querySelectorAll('[role="status"][aria-busy="true"]');
    expect(page?.textContent).toContain('Loading your settings');
    expect(page?.closest('[hidden]')).toBeNull();
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe('Settings');
    // Every section is mounted and reading its data, but none shows before the slowest is in.
    const sections = container.querySelector('[hidden]');
    const text = sections?.textContent ?? '';
    expect(text).toContain('Loading your hesitation settings');
    for (const title of ['Follow-up team', 'Notifications', 'Response time', 'Customer privacy']) {
      expect(text).toContain(title);
    }
    expect(text.indexOf('Hesitation signals')).toBeLessThan(text.indexOf('Follow-up team'));
  });

  it('when every section has loaded, then they show together and no skeleton is left', async () => {
    const {container} = await openLoaded();
    await eventually(() => expect(container.querySelector('[hidden]')).toBeNull());
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('when the settings load, then each field shows the value in force and Heed’s default', async () => {
    const {container, sent} = await openLoaded();
    expect(sent).toEqual([{method: 'GET', path: PATH, body: undefined}]);
    expect(inputValue(FIELD.payment)).toBe('10');
    expect(inputValue(FIELD.contact)).toBe('');
    expect(document.getElementById(FIELD.contact)?.getAttribute('placeholder')).toBe('4');
    expect(inputValue(FIELD.abandon)).toBe('30');
    expect(inputValue(FIELD.edits)).toBe('4');
    expect(inputValue(FIELD.shock)).toBe('25');
    expect(inputValue(FIELD.left)).toBe('10');
    expect(fieldHelp(FIELD.stall)).toContain('Default: 4 min');
    expect(fieldHelp(FIELD.shock)).toContain('Default: 25%');
    expect(fieldHelp(FIELD.payment) ?? '').not.toContain('Default');
    expect(document.getElementById(FIELD.stall)?.getAttribute('min')).toBe('0.5');
    expect(document.getElementById(FIELD.stall)?.getAttribute('max')).toBe('1440');
    expect(container.textContent).toContain('Leave a step blank to use “Stalled after”');
  });

  it('when the merchant changes "Stalled after" to 6 and saves, then the change and the kept overrides are sent', async () => {
    const saved = {...SLOW_PAYMENT, stallAfterMs: 6 * MINUTE};
    const {container, sent} = await openLoaded(() => json(200, settings(saved)));
    await fill(FIELD.stall, '6');
    await click(pageButton(container, 'Save'));
    await eventually(() => expect(toasts).toEqual(['Hesitation settings saved']));
    expect(puts(sent)).toEqual([
      {
        method: 'PUT',
        path: PATH,
        body: {stallAfterMs: 360_000, stallAfterMsByStep: {payment: 600_000}},
      },
    ]);
    expect(inputValue(FIELD.stall)).toBe('6');
    expect(fieldError(FIELD.stall)).toBeUndefined();
  });

  it('when the server refuses a value, then its message shows at that field', async () => {
    const refusal = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid.',
        requestId: 'req-422',
        problems: [{path: 'stallAfterMsByStep.payment', message: 'Payment cannot stall that long'}],
      },
    };
    const {container, sent} = await openLoaded(() => json(422, refusal));
    await fill(FIELD.payment, '1000');
    await click(pageButton(container, 'Save'));
    await eventually(() =>
      expect(fieldError(FIELD.payment)).toBe('Payment cannot stall that long'),
    );
    expect(puts(sent)[0]?.body).toEqual({stallAfterMsByStep: {payment: 60_000_000}});
    expect(fieldError(FIELD.stall)).toBeUndefined();
    expect(container.textContent).not.toContain('Heed couldn’t save');
    expect(toasts).toEqual([]);

    // Editing the field clears its problem.
    await fill(FIELD.payment, '12');
    expect(fieldError(FIELD.payment)).toBeUndefined();
  });

  it('when the merchant restores the defaults, then {} is sent and the form shows Heed’s values', async () => {
    const {container, sent} = await openLoaded(() => json(200, settings({})));
    await click(pageButton(container, 'Restore defaults'));
    await eventually(() => expect(toasts).toEqual(['Heed’s defaults restored']));
    expect(puts(sent)).toEqual([{method: 'PUT', path: PATH, body: {}}]);
    expect(inputValue(FIELD.payment)).toBe('');
  });

  it.each([
    {field: 'stall', typed: '0.2', message: 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)'},
    {field: 'edits', typed: '101', message: 'Use a whole number from 2 to 100'},
    {field: 'shock', typed: '', message: 'Enter a percentage'},
  ] as const)(
    'when $field is $typed, then the field says $message and nothing is sent',
    async ({field, typed, message}) => {
      const {container, sent} = await openLoaded();
      await fill(FIELD[field], typed);
      await click(pageButton(container, 'Save'));
      expect(fieldError(FIELD[field])).toBe(message);
      expect(document.activeElement?.id).toBe(FIELD[field]);
      expect(puts(sent)).toEqual([]);
    },
  );

  it('when the settings cannot load, then a banner carries the request id and retrying recovers', async () => {
    const failure = {
      error: {code: 'STORAGE_UNAVAILABLE', message: 'Heed is unavailable.', requestId: 'req-9'},
    };
    const {container} = await openSettings(
      () => json(503, failure),
      () => json(200, settings({})),
    );
    await eventually(() => expect(container.textContent).toContain('req-9'));
    expect(container.textContent).toContain('Heed couldn’t load your hesitation settings');
    await click(pageButton(container, 'Try again'));
    await eventually(() => expect(inputValue(FIELD.stall)).toBe('4'));
  });

  it('when a save fails for a reason no field explains, then a banner offers to send it again', async () => {
    const failure = {
      error: {code: 'STORAGE_UNAVAILABLE', message: 'Heed is unavailable.', requestId: 'req-7'},
    };
    const saved = {...SLOW_PAYMENT, repeatedEditsAt: 6};
    const {container, sent} = await openLoaded(
      () => json(503, failure),
      () => json(200, settings(saved)),
    );
    await fill(FIELD.edits, '6');
    await click(pageButton(container, 'Save'));
    await eventually(() =>
      expect(container.textContent).toContain('Heed couldn’t save your hesitation settings'),
    );
    expect(container.textContent).toContain('req-7');
    await click(pageButton(container, 'Try again'));
    await eventually(() => expect(toasts).toEqual(['Hesitation settings saved']));
    expect(puts(sent).map((put) => put.body)).toEqual([
      {...SLOW_PAYMENT, repeatedEditsAt: 6},
      {...SLOW_PAYMENT, repeatedEditsAt: 6},
    ]);
    expect(container.textContent).not.toContain('req-7');
  });
});
