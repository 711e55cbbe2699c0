// @vitest-environment jsdom
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {
  click,
  eventually,
  fieldError,
  fill,
  mount,
  pageButton,
  unmountAll,
} from '../support/admin-dom';
import {ANNA, ME_LEAD, NOW, staffMember} from '../support/followup-fixtures';
import {ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

const BROKEN =
  'When a shopper from a campaign does not get its discount, open an urgent case for the agent on shift, to be contacted within 15 minutes, by phone.';
const ABANDONED =
  'When a returning customer who accepts email leaves a cart above the median, open a normal case for the agent on shift, to be contacted within 240 minutes, by email.';

function rule(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    position: 0,
    name: 'Broken promise',
    enabled: true,
    signalTypes: ['promo_not_applied', 'promo_missing_on_order'],
    conditions: {
      minCartValue: null,
      cartAboveMedian: false,
      customer: 'any',
      campaign: 'campaign',
      minScore: null,
      contactable: false,
    },
    priority: 'urgent',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 15,
    channel: 'phone',
    sentence: BROKEN,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}
const FIRST = rule('rule_1');
const SECOND = rule('rule_2', {
  position: 1,
  name: 'Abandoned cart',
  priority: 'normal',
  sentence: ABANDONED,
  signalTypes: ['abandoned'],
});
const inputOf = ({
  id: _id,
  position: _p,
  sentence: _s,
  createdAt: _c,
  updatedAt: _u,
  ...input
}: ReturnType<typeof rule>) => input;

const toasts: string[] = [];
beforeAll(() => {
  const show = (message: string) => toasts.push(message);
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});
beforeEach(() => {
  toasts.length = 0;
});
afterEach(unmountAll);

const BASE: Record<string, Handler> = {
  'GET /api/staff/me': ok(ME_LEAD),
  'GET /api/staff': ok({staff: [staffMember()]}),
  'GET /api/campaigns': ok({campaigns: []}),
  'GET /api/overview': ok({
    shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'USD'},
    storage: {engine: 'sqlite', healthy: true},
  }),
};

async function open(path: string, routes: Record<string, Handler>) {
  const api = scriptedAdminApi({...BASE, ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} />);
  return {container, ...api};
}

describe('rules list', () => {
  it('when rules load, then each shows as its sentence, in order, with its switch and actions', async () => {
    const {container, unexpected} = await open('/rules', {
      'GET /api/rules': ok({rules: [FIRST, SECOND]}),
    });
    await eventually(() => expect(container.textContent).toContain(BROKEN));
    const text = container.textContent ?? '';
    expect(text.indexOf(BROKEN)).toBeLessThan(text.indexOf(ABANDONED));
    expect((document.getElementById('rule-enabled-rule_1') as HTMLInputElement).checked).toBe(true);
    expect(container.querySelector('a[href="/rules/rule_2"]')).not.toBeNull();
    expect(unexpected).toEqual([]);
  });

  it('when the merchant turns a rule off, then the whole rule is sent back with enabled false', async () => {
    const {container, writes} = await open('/rules', {
      'GET /api/rules': ok({rules: [FIRST]}),
      'PUT /api/rules/rule_1': ok({rule: {...FIRST, enabled: false}}),
    });
    await eventually(() => expect(container.textContent).toContain(BROKEN));
    await click(document.getElementById('rule-enabled-rule_1') as HTMLElement);
    await eventually(() => expect(toasts).toEqual(['Rule turned off']));
    expect(writes()).toEqual([
      {
        method: 'PUT',
        path: '/api/rules/rule_1',
        search: '',
        body: {...inputOf(FIRST), enabled: false},
      },
    ]);
    expect(container.textContent).toContain('Off');
  });

  it('when the merchant moves the first rule down, then every id is sent in the new order', async () => {
    const {container, writes} = await open('/rules', {
      'GET /api/rules': ok({rules: [FIRST, SECOND]}),
      'PUT /api/rules/order': ok({
        rules: [
          {...SECOND, position: 0},
          {...FIRST, position: 1},
        ],
      }),
    });
    await eventually(() => expect(container.textContent).toContain(BROKEN));
    const down = Array.from(container.querySelectorAll('button')).filter(
      (b) => b.textContent === 'Move down',
    );
    await click(down[0] as HTMLElement);
    await eventually(() => expect(toasts).toEqual(['Rules reordered']));
    expect(writes()).toEqual([
      {method: 'PUT', path: '/api/rules/order', search: '', body: {ids: ['rule_2', 'rule_1']}},
    ]);
    const text = container.textContent ?? '';
    expect(text.indexOf(ABANDONED)).toBeLessThan(text.indexOf(BROKEN));
  });

  it('when the merchant deletes a rule, then it is deleted only after the confirmation', async () => {
    const {container, writes} = await open('/rules', {
      'GET /api/rules': ok({rules: [FIRST, SECOND]}),
      'DELETE /api/rules/rule_2': () => new Response(null, {status: 204}),
    });
    await eventually(() => expect(container.textContent).toContain(ABANDONED));
    const deletes = Array.from(container.querySelectorAll('button')).filter(
      (b) => b.textContent === 'Delete',
    );
    await click(deletes[1] as HTMLElement);
    expect(writes()).toEqual([]);
    await eventually(() => expect(document.body.textContent).toContain('Delete Abandoned cart?'));
    await click(pageButton(document.body, 'Delete rule'));
    await eventually(() => expect(container.textContent).not.toContain(ABANDONED));
    expect(writes()).toEqual([
      {method: 'DELETE', path: '/api/rules/rule_2', search: '', body: undefined},
    ]);
  });

  it('when the shop has no rule, then the empty state offers to add one', async () => {
    const {container} = await open('/rules', {'GET /api/rules': ok({rules: []})});
    await eventually(() =>
      expect(container.textContent).toContain('Decide which struggles deserve a person'),
    );
    expect(container.querySelector('a[href="/rules/new"]')).not.toBeNull();
  });
});

describe('rule editor', () => {
  const PREVIEW = {
    sinceDays: 7,
    journeysConsidered: 412,
    wouldOpen: 9,
    examples: [
      {
        journeyId: 'jrn_1',
        startedAt: NOW - 3_600_000,
        signalTypes: ['code_rejected'],
        sentence: 'The code WINTER20 was refused twice.',
        cartTotal: {amount: 180, currencyCode: 'USD'},
        priority: 'high',
      },
    ],
  };
  const NEW_RULE = {
    name: 'Refused codes',
    enabled: true,
    signalTypes: ['code_rejected'],
    conditions: {
      minCartValue: 100,
      cartAboveMedian: false,
      customer: 'returning',
      campaign: 'campaign',
      minScore: null,
      contactable: true,
    },
    priority: 'high',
    assignee: {kind: 'person', userId: ANNA.userId},
    contactWithinMinutes: 30,
    channel: 'phone',
  };

  async function fillNewRule() {
    await fill('rule-name', 'Refused codes');
    await click(document.querySelector('input[value="code_rejected"]') as HTMLElement);
    await fill('rule-minCartValue', '100');
    await fill('rule-customer', 'returning');
    await fill('rule-campaignMode', 'campaign');
    await click(document.getElementById('rule-contactable') as HTMLElement);
    await fill('rule-assigneeKind', 'person');
    await fill('rule-assigneeUserId', ANNA.userId);
    await fill('rule-contactWithinMinutes', '30');
  }

  it('when the merchant previews a new rule, then the form is sent to the preview and its count and examples show before saving', async () => {
    const {container, writes} = await open('/rules/new', {
      'POST /api/rules/preview': ok(PREVIEW),
      'POST /api/rules': () =>
        new Response(JSON.stringify({rule: rule('rule_3', NEW_RULE)}), {
          status: 201,
          headers: {'Content-Type': 'application/json'},
        }),
      'GET /api/rules': ok({rules: []}),
    });
    await eventually(() => expect(document.getElementById('rule-name')).not.toBeNull());
    await eventually(() =>
      expect(document.querySelectorAll('#rule-assigneeKind option')).toHaveLength(2),
    );
    await fillNewRule();
    await click(pageButton(container, 'Preview the last 7 days'));
    await eventually(() =>
      expect(container.querySelector('[data-rule-preview]')?.textContent).toBe(
        'Would have opened 9 cases from 412 checkouts in the last 7 days.',
      ),
    );
    expect(container.textContent).toContain('The code WINTER20 was refused twice.');
    expect(writes()).toEqual([
      {method: 'POST', path: '/api/rules/preview', search: '', body: NEW_RULE},
    ]);

    await click(pageButton(container, 'Save rule'));
    await eventually(() => expect(toasts).toEqual(['Rule added']));
    expect(writes()[1]).toEqual({method: 'POST', path: '/api/rules', search: '', body: NEW_RULE});
    expect(window.location.pathname).toBe('/rules');
  });

  it.each([
    {field: 'name', message: 'Give the rule a name'},
    {field: 'signalTypes', message: 'Choose at least one signal'},
  ])(
    'when the form misses $field, then the field says so and nothing is sent',
    async ({message}) => {
      const {container, writes} = await open('/rules/new', {});
      await eventually(() => expect(document.getElementById('rule-name')).not.toBeNull());
      await click(pageButton(container, 'Save rule'));
      expect(container.textContent).toContain(message);
      expect(writes()).toEqual([]);
    },
  );

  it('when the server refuses the rule (422), then each problem shows on its field', async () => {
    const refusal = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid.',
        requestId: 'req-422',
        problems: [
          {path: 'contactWithinMinutes', message: 'At most 7 days'},
          {path: 'conditions.minScore', message: 'Scores go up to 100'},
        ],
      },
    };
    const {container} = await open('/rules/rule_1', {
      'GET /api/rules': ok({rules: [FIRST]}),
      'PUT /api/rules/rule_1': () =>
        new Response(JSON.stringify(refusal), {
          status: 422,
          headers: {'Content-Type': 'application/json'},
        }),
    });
    await eventually(() =>
      expect((document.getElementById('rule-name') as HTMLInputElement | null)?.value).toBe(
        'Broken promise',
      ),
    );
    await click(pageButton(container, 'Save rule'));
    await eventually(() => expect(fieldError('rule-contactWithinMinutes')).toBe('At most 7 days'));
    expect(fieldError('rule-minScore')).toBe('Scores go up to 100');
    expect(fieldError('rule-name')).toBeUndefined();
  });
});
