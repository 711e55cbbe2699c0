// @vitest-environment jsdom
import {act} from 'react';
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {eventStream} from '../support/scripted-admin-api';
import {createApiClient} from '../../web/frontend/src/api/api-client';
import {App} from '../../web/frontend/src/app';
import {FINDING_CODES as ADMIN_FINDING_CODES} from '../../web/frontend/src/campaigns/finding-titles';
import {checkCampaignForm} from '../../web/frontend/src/campaigns/check-campaign-form';
import {EMPTY_FORM, type CampaignFormValues} from '../../web/frontend/src/campaigns/form-values';
import {placeProblems} from '../../web/frontend/src/campaigns/problem-fields';
import {FINDING_CODES as SERVER_FINDING_CODES} from '../../web/server/campaigns/findings';
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

const HOUR = 3_600_000;
const T0 = Date.parse('2030-09-01T09:00:00Z');
const OVERVIEW = {
  shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'CAD'},
  storage: {engine: 'sqlite', healthy: true},
};
const FURS_ID = '6f1c1f0e-3a52-4a57-9d9a-0c3c2f6f1a01';

function campaign(overrides: Record<string, unknown> = {}) {
  return {
    id: FURS_ID,
    name: 'Fabulous Furs — September 20%',
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'email_subscribers'},
      minimum: null,
    },
    discountCodes: ['FURS20'],
    sendAt: T0,
    promiseStartsAt: T0,
    promiseEndsAt: T0 + 720 * HOUR,
    recipients: 5000,
    attributionKey: 'fabulous-furs-sept',
    createdAt: T0 - 48 * HOUR,
    updatedAt: T0 - 48 * HOUR,
    health: 'blocked',
    lastCheckedAt: T0 - 48 * HOUR,
    ...overrides,
  };
}

const FURS_FINDINGS = [
  {
    code: 'SCOPE_NARROWER_THAN_PROMISED',
    severity: 'blocker',
    subject: 'FURS20',
    explanation:
      'The email promises 20% off the entire order, but FURS20 only applies to 1 collection(s).',
    fix: 'Set FURS20 to apply to all products.',
    fixAt: {kind: 'discount', id: 'gid://shopify/DiscountCodeNode/3002'},
  },
  {
    code: 'LINK_MISSING_CODE',
    severity: 'blocker',
    subject: 'https://furs.example/collections/faux-fur',
    explanation: 'This link carries neither the code nor utm_campaign=fabulous-furs-sept.',
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

function report(overrides: Record<string, unknown> = {}) {
  return {
    id: 7,
    trigger: 'save',
    checkedAt: T0 - 48 * HOUR,
    health: 'blocked',
    findings: FURS_FINDINGS,
    ...overrides,
  };
}

function detail(overrides: Record<string, unknown> = {}) {
  return {
    campaign: {...campaign(), email: {links: [], html: '<p>20% off</p>'}},
    report: report(),
    alerts: [],
    ...overrides,
  };
}

// ---- Harness: the real App and API client over a scripted fetch ---------------------------------

type Handler = (request: {body: unknown; url: URL}) => Response | Promise<Response>;
type Sent = {method: string; path: string; body: unknown};

/** Answers `METHOD /path` (query ignored) from `routes`; anything else is recorded as unexpected. */
function scriptedApi(routes: Record<string, Handler>) {
  const sent: Sent[] = [];
  const unexpected: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://admin.test');
    // The admin keeps one live stream open on every page, for case notices.
    if (url.pathname === '/api/live') return eventStream().response;
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({method, path: url.pathname, body});
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) {
      unexpected.push(`${method} ${url.pathname}`);
      return json(500, {error: {code: 'INTERNAL', message: 'unscripted', requestId: 'r'}});
    }
    return handler({body, url});
  });
  const client = createApiClient({idToken: async () => 'session-token', fetch});
  return {client, sent, unexpected};
}

const ok =
  (body: unknown): Handler =>
  () =>
    json(200, body);
/** `GET /api/lookups/discount-codes`: the shop's codes, which the form suggests. */
const SHOP_CODES = {
  discounts: [
    {
      id: 'gid://shopify/DiscountCodeNode/3001',
      title: 'Winter email: 20% off',
      status: 'ACTIVE',
      codes: ['WINTER20'],
    },
    {
      id: 'gid://shopify/DiscountCodeNode/3002',
      title: '20% off throws',
      status: 'ACTIVE',
      codes: ['FURS20'],
    },
  ],
};
const BASE_ROUTES: Record<string, Handler> = {
  'GET /api/overview': ok(OVERVIEW),
  'GET /api/lookups/discount-codes': ok(SHOP_CODES),
};

const toasts: {message: string; isError: boolean}[] = [];

beforeAll(() => {
  // App Bridge's global, as far as these pages use it.
  const show = (message: string, options?: {isError?: boolean}) => {
    toasts.push({message, isError: options?.isError ?? false});
    return 'toast';
  };
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});

beforeEach(() => {
  toasts.length = 0;
});

afterEach(unmountAll);

async function openAdmin(path: string, routes: Record<string, Handler>) {
  const api = scriptedApi({...BASE_ROUTES, ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} />);
  return {container, ...api};
}

async function fillFursCampaign(): Promise<void> {
  await fill('campaign-name', 'Fabulous Furs — September 20%');
  await fill('campaign-attributionKey', 'fabulous-furs-sept');
  await fill('campaign-value', '20');
  await fill('campaign-audienceType', 'email_subscribers');
  await fill('campaign-discountCodes', 'FURS20');
  await fill('campaign-sendAt', '2030-09-01T09:00');
  await fill('campaign-promiseStartsAt', '2030-09-01T09:00');
  await fill('campaign-promiseEndsAt', '2030-09-30T23:59');
  await fill('campaign-emailHtml', '<p>20% off your entire order</p>');
}

// ---- The list -----------------------------------------------------------------------------------

describe('campaign list', () => {
  it('when campaigns load, then each row shows its promise, codes and health badge', async () => {
    const campaigns = [
      campaign({id: 'a', name: 'Winter sale', health: 'ready', discountCodes: ['WINTER20']}),
      campaign({id: 'b', name: 'Spring', health: 'warnings', attributionKey: 'spring'}),
      campaign({id: 'c', health: 'blocked', attributionKey: 'furs'}),
      campaign({
        id: 'd',
        name: 'Gift card',
        health: 'unverified',
        lastCheckedAt: null,
        promise: {...campaign().promise, kind: 'fixed_amount', value: 10},
      }),
    ];
    const {container, unexpected} = await openAdmin('/campaigns', {
      'GET /api/campaigns': ok({campaigns}),
      'GET /api/campaigns/alerts': ok({alerts: []}),
    });
    await eventually(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(4));
    const rows = Array.from(container.querySelectorAll('tbody tr')).map(
      (row) => row.textContent ?? '',
    );
    expect(rows[0]).toContain('Winter sale');
    expect(rows[0]).toContain('WINTER20');
    expect(rows[0]).toContain('Ready');
    expect(rows[1]).toContain('Warnings');
    expect(rows[2]).toContain('Blocked');
    expect(rows[2]).toContain('20% off the entire order');
    expect(rows[3]).toContain('Not yet verified');
    expect(rows[3]).toContain('Never');
    await eventually(() =>
      expect(container.textContent).toContain('CA$10.00 off the entire order'),
    );
    const link = container.querySelector('tbody tr a');
    expect(link?.getAttribute('href')).toBe('/campaigns/a');
    expect(unexpected).toEqual([]);
  });

  it('when a row just shown is clicked outside its name, with no hover before, then the campaign opens', async () => {
    const {container} = await openAdmin('/campaigns', {
      'GET /api/campaigns': ok({campaigns: [campaign({id: 'b', name: 'Spring'})]}),
      'GET /api/campaigns/alerts': ok({alerts: []}),
      'GET /api/campaigns/b': () => new Promise<Response>(() => undefined),
    });
    await eventually(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(1));
    const promiseCell = container.querySelectorAll<HTMLElement>('tbody tr td')[1];
    await act(async () => promiseCell?.click());
    expect(window.location.pathname).toBe('/campaigns/b');
  });

  it('when there are no campaigns, then the empty state explains Heed and creating one opens the form', async () => {
    const {container} = await openAdmin('/campaigns', {
      'GET /api/campaigns': ok({campaigns: []}),
      'GET /api/campaigns/alerts': ok({alerts: []}),
    });
    await eventually(() =>
      expect(container.textContent).toContain('Check every email offer before it is sent'),
    );
    expect(container.textContent).toContain('What Heed verifies for each campaign');
    await click(pageButton(container, 'Create campaign'));
    expect(window.location.pathname).toBe('/campaigns/new');
    await eventually(() => expect(document.getElementById('campaign-name')).not.toBeNull());
  });

  it('when the list is loading, then a busy skeleton announces it', async () => {
    const {container} = await openAdmin('/campaigns', {
      'GET /api/campaigns': () => new Promise<Response>(() => undefined),
      'GET /api/campaigns/alerts': ok({alerts: []}),
    });
    const status = container.querySelector('[role="status"][aria-busy="true"]');
    expect(status?.textContent).toContain('Loading your campaigns');
  });

  it('when the list fails, then a critical banner carries the request id', async () => {
    const {container} = await openAdmin('/campaigns', {
      'GET /api/campaigns': () =>
        json(503, {
          error: {
            code: 'STORAGE_UNAVAILABLE',
            message: 'Heed is unavailable.',
            requestId: 'req-list-1',
          },
        }),
      'GET /api/campaigns/alerts': ok({alerts: []}),
    });
    await eventually(() => expect(container.textContent).toContain('req-list-1'));
    expect(container.textContent).toContain('Heed couldn’t load your campaigns');
  });

  it('when a running campaign got a new blocker, then a critical banner names it above the list', async () => {
    const alert = {
      id: 1,
      campaignId: FURS_ID,
      raisedAt: T0,
      code: 'USAGE_LIMIT_TOO_LOW',
      subject: 'FURS20',
      explanation: 'x',
      fix: 'y',
      resolvedAt: null,
    };
    const {container} = await openAdmin('/campaigns', {
      'GET /api/campaigns': ok({campaigns: [campaign()]}),
      'GET /api/campaigns/alerts': ok({alerts: [alert]}),
    });
    await eventually(() =>
      expect(container.textContent).toContain('A running campaign has a new blocker'),
    );
    expect(container.textContent).toContain('Code runs out before every recipient can use it');
  });
});

// ---- The form -----------------------------------------------------------------------------------

describe('campaign form', () => {
  it('when the server refuses the save, then each problem shows on its field and in the banner', async () => {
    const {container, sent} = await openAdmin('/campaigns/new', {
      'POST /api/campaigns': () =>
        json(422, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Some fields are not valid.',
            requestId: 'req-422',
            problems: [
              {path: 'promise.value', message: 'A percentage cannot be over 100'},
              {path: 'discountCodes.0', message: 'Not a code Shopify accepts'},
              {path: 'mystery', message: 'Something the form has no field for'},
            ],
          },
        }),
    });
    await fillFursCampaign();
    await click(pageButton(container, 'Save campaign'));

    await eventually(() =>
      expect(fieldError('campaign-value')).toBe('A percentage cannot be over 100'),
    );
    expect(fieldError('campaign-discountCodes')).toBe('Not a code Shopify accepts');
    expect(fieldError('campaign-name')).toBeUndefined();
    const banner = container.querySelector('[role="alert"]')?.textContent ?? '';
    expect(banner).toContain('To save this campaign, fix 3 problems');
    expect(banner).toContain('Amount: A percentage cannot be over 100');
    expect(banner).toContain('Something the form has no field for');
    expect(banner).toContain('req-422');
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(1);
    expect(window.location.pathname).toBe('/campaigns/new');

    // Editing a field clears its problem; the banner counts what is left.
    await fill('campaign-value', '25');
    expect(fieldError('campaign-value')).toBeUndefined();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('fix 2 problems');
  });

  it('when the attribution key is taken, then the 409 conflict shows on that field', async () => {
    const {container} = await openAdmin('/campaigns/new', {
      'POST /api/campaigns': () =>
        json(409, {
          error: {
            code: 'CONFLICT',
            message: 'The resource changed; reload and try again.',
            requestId: 'req-409',
            problems: [
              {
                path: 'attributionKey',
                message: '“Winter” already uses the link tag “fabulous-furs-sept”',
              },
            ],
          },
        }),
    });
    await fillFursCampaign();
    await click(pageButton(container, 'Save campaign'));
    await eventually(() =>
      expect(fieldError('campaign-attributionKey')).toContain('already uses the link tag'),
    );
  });

  it('when the offer ends before it starts, then the form says so inline and sends nothing', async () => {
    const {container, sent} = await openAdmin('/campaigns/new', {});
    await fillFursCampaign();
    await fill('campaign-promiseEndsAt', '2030-08-01T09:00');
    await click(pageButton(container, 'Save campaign'));
    expect(fieldError('campaign-promiseEndsAt')).toBe('The offer window must end after it starts');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('fix 1 problem');
    expect(sent.filter((s) => s.method !== 'GET')).toEqual([]);
  });

  it('when the save succeeds, then the body carries ISO date-times and the report opens', async () => {
    const {container, sent} = await openAdmin('/campaigns/new', {
      'POST /api/campaigns': () =>
        json(201, {
          campaign: {...campaign(), email: {links: [], html: null}},
          report: report(),
          verificationError: null,
        }),
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
    });
    await fillFursCampaign();
    await fill('campaign-discountCodes', 'FURS20,\n EXTRA5 ');
    await click(pageButton(container, 'Save campaign'));
    await eventually(() => expect(window.location.pathname).toBe(`/campaigns/${FURS_ID}`));

    const post = sent.find((s) => s.method === 'POST');
    expect(post?.body).toEqual({
      name: 'Fabulous Furs — September 20%',
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'email_subscribers'},
        minimum: null,
      },
      discountCodes: ['FURS20', 'EXTRA5'],
      sendAt: new Date('2030-09-01T09:00').toISOString(),
      promiseStartsAt: new Date('2030-09-01T09:00').toISOString(),
      promiseEndsAt: new Date('2030-09-30T23:59').toISOString(),
      recipients: null,
      attributionKey: 'fabulous-furs-sept',
      email: {links: [], html: '<p>20% off your entire order</p>'},
    });
    expect(toasts).toEqual([{message: 'Campaign saved and verified', isError: false}]);
    await eventually(() => expect(container.textContent).toContain('Blocked — do not send yet'));
  });

  it('when products are picked with the resource picker, then their GIDs are saved with the promise', async () => {
    const MINK = {id: 'gid://shopify/Product/2003', title: 'Mink Faux Fur Coat'};
    const resourcePicker = vi.fn(async () => Object.assign([{...MINK, handle: 'mink'}], {}));
    Object.assign(globalThis.shopify, {resourcePicker});
    const {container, sent} = await openAdmin('/campaigns/new', {
      'POST /api/campaigns': () =>
        json(201, {campaign: {...campaign(), email: {links: [], html: null}}, report: report()}),
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
    });
    await fillFursCampaign();
    await fill('campaign-scopeType', 'products');
    await click(pageButton(container, 'Browse products'));
    await eventually(() => expect(container.textContent).toContain('Mink Faux Fur Coat'));
    expect(resourcePicker).toHaveBeenCalledWith({
      type: 'product',
      action: 'select',
      multiple: 50,
      selectionIds: [],
    });
    await click(pageButton(container, 'Save campaign'));
    await eventually(() => expect(sent.some((s) => s.method === 'POST')).toBe(true));
    const post = sent.find((s) => s.method === 'POST')?.body as {promise: {scope: unknown}};
    expect(post.promise.scope).toEqual({type: 'products', items: [MINK]});
  });

  it('when the email goes to a segment, then the shop’s segments are offered and the picked GID is saved', async () => {
    const {container, sent} = await openAdmin('/campaigns/new', {
      'GET /api/lookups/segments': ok({
        segments: [
          {id: 'gid://shopify/Segment/5001', name: 'VIP customers'},
          {id: 'gid://shopify/Segment/5002', name: 'Email subscribers'},
        ],
      }),
      'POST /api/campaigns': () =>
        json(201, {campaign: {...campaign(), email: {links: [], html: null}}, report: report()}),
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
    });
    await fillFursCampaign();
    await fill('campaign-audienceType', 'segment');
    let vip: HTMLInputElement | undefined;
    await eventually(() => {
      vip = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
        (box) => box.closest('label')?.textContent?.includes('VIP customers'),
      );
      expect(vip).toBeDefined();
    });
    if (vip) await click(vip);
    await click(pageButton(container, 'Save campaign'));
    await eventually(() => expect(sent.some((s) => s.method === 'POST')).toBe(true));
    const post = sent.find((s) => s.method === 'POST')?.body as {promise: {audience: unknown}};
    expect(post.promise.audience).toEqual({
      type: 'segment',
      segmentIds: ['gid://shopify/Segment/5001'],
    });
  });

  it('when the name is typed, then the link tag follows it until the merchant types their own', async () => {
    await openAdmin('/campaigns/new', {});
    await fill('campaign-name', 'Fabulous Furs — Été 20%');
    expect(inputValue('campaign-attributionKey')).toBe('fabulous-furs-ete-20');
    await fill('campaign-attributionKey', 'winter-email');
    await fill('campaign-name', 'Fabulous Furs — Winter');
    expect(inputValue('campaign-attributionKey')).toBe('winter-email');
    expect(fieldHelp('campaign-attributionKey')).toContain('so it knows which shoppers came from');
    expect(fieldHelp('campaign-attributionKey')).not.toContain('utm_campaign');
    expect(fieldHelp('campaign-recipients')).toContain('Optional.');
    expect(fieldHelp('campaign-recipients')).toContain('can be used that many times');
  });

  it('when a code is typed, then the shop’s matching codes are offered and a click puts one in', async () => {
    const {container} = await openAdmin('/campaigns/new', {});
    await eventually(() => expect(container.textContent).toContain('Codes in your store'));
    await fill('campaign-discountCodes', 'fur');
    await eventually(() => {
      const offered = [...container.querySelectorAll('button')].map((b) => b.textContent);
      expect(offered).toContain('FURS20');
      expect(offered).not.toContain('WINTER20');
    });
    await click(pageButton(container, 'FURS20'));
    const field = document.getElementById('campaign-discountCodes');
    expect(field instanceof HTMLTextAreaElement ? field.value : undefined).toBe('FURS20');
  });

  it('when a saved campaign is edited, then the form starts from it and saves with PUT', async () => {
    const {container, sent} = await openAdmin(`/campaigns/${FURS_ID}/edit`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
      [`PUT /api/campaigns/${FURS_ID}`]: () =>
        json(200, {
          campaign: campaign(),
          report: null,
          verificationError: 'Shopify could not be reached',
        }),
    });
    await eventually(() =>
      expect((document.getElementById('campaign-name') as HTMLInputElement | null)?.value).toBe(
        'Fabulous Furs — September 20%',
      ),
    );
    expect((document.getElementById('campaign-discountCodes') as HTMLTextAreaElement).value).toBe(
      'FURS20',
    );
    await click(pageButton(container, 'Save campaign'));
    await eventually(() => expect(sent.some((s) => s.method === 'PUT')).toBe(true));
    expect(toasts[0]?.message).toBe('Campaign saved, verification pending');
  });

  const VALID_FORM: CampaignFormValues = {
    ...EMPTY_FORM,
    name: 'Winter',
    value: '20',
    discountCodes: 'WINTER20',
    sendAt: '2030-09-01T09:00',
    promiseStartsAt: '2030-09-01T09:00',
    promiseEndsAt: '2030-09-30T23:59',
    attributionKey: 'winter',
  };

  it.each<[string, Partial<CampaignFormValues>, Partial<Record<keyof CampaignFormValues, string>>]>(
    [
      ['a percentage over 100', {value: '120'}, {value: 'A percentage cannot be over 100'}],
      ['no amount', {value: ''}, {value: 'Say how much the email promises'}],
      [
        'a code with a space',
        {discountCodes: 'WINTER 20'},
        {discountCodes: 'A discount code cannot contain spaces'},
      ],
      [
        'a utm key with a slash',
        {attributionKey: 'a/b'},
        {attributionKey: 'Use letters, digits, dots, dashes and underscores (at most 100)'},
      ],
      [
        'half a recipient',
        {recipients: '2.5'},
        {recipients: 'Enter a whole number, or leave it empty'},
      ],
      [
        'a send date after the offer',
        {sendAt: '2030-10-02T09:00'},
        {sendAt: 'The email would be sent after the offer ends'},
      ],
      [
        'a segment audience without segments',
        {audienceType: 'segment'},
        {segmentIds: 'Add the segment the email is sent to'},
      ],
      [
        'a minimum without an amount',
        {minimumType: 'subtotal'},
        {minimumValue: 'Enter the minimum the offer requires'},
      ],
    ],
  )('when the form has %s, then the form refuses it before sending', (_case, change, errors) => {
    expect(checkCampaignForm({...VALID_FORM, ...change}, 'UTC')).toEqual({ok: false, errors});
  });

  it('when the promise is free shipping, then no amount is needed and none is sent', () => {
    const check = checkCampaignForm({...VALID_FORM, kind: 'free_shipping', value: ''}, 'UTC');
    expect(check.ok && check.input.promise.value).toBeNull();
  });

  it.each([
    ['promise.value', 'value'],
    ['promise.minimum.amount', 'minimumValue'],
    ['promise.minimum', 'minimumType'],
    ['promise.audience.segmentIds.0', 'segmentIds'],
    ['promise.scope.description', 'scopeDescription'],
    ['discountCodes.3', 'discountCodes'],
    ['email.links.12', 'emailLinks'],
    ['email.html', 'emailHtml'],
    ['promiseEndsAt', 'promiseEndsAt'],
  ])('when the server names %s, then the problem lands on the %s field', (path, field) => {
    expect(placeProblems([{path, message: 'm'}]).fields).toEqual({[field]: 'm'});
  });
});

// ---- The report ---------------------------------------------------------------------------------

describe('campaign report', () => {
  it('when the campaign is blocked, then the checklist lists each finding with its explanation and fix, and links are withheld', async () => {
    const {container, unexpected} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
    });
    await eventually(() => expect(container.textContent).toContain('Blocked — do not send yet'));
    const text = container.textContent ?? '';
    expect(text).toContain('2 blockers · 1 warning');
    expect(text).toContain('Blockers (2)');
    expect(text).toContain('Code covers less than the email promises');
    expect(text).toContain('FURS20 only applies to 1 collection(s)');
    expect(text).toContain('Set FURS20 to apply to all products.');
    expect(text).toContain('Link doesn’t carry the code');
    expect(text).toContain('https://furs.example/collections/faux-fur');
    expect(text).toContain('Warnings (1)');
    expect(text).toContain('Email never shows the code');
    expect(text).toContain('Passed (5)');
    expect(text).toContain('Heed gives you links once the blockers are fixed');
    expect(text.indexOf('Blockers (2)')).toBeLessThan(text.indexOf('Warnings (1)'));
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe(
      'Fabulous Furs — September 20%',
    );
    expect(unexpected).toEqual([]);
  });

  it('when a fix is made in Shopify admin, then it links there; when it is made in the email, then it does not', async () => {
    const {container} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(
        detail({
          report: report({
            findings: [
              ...FURS_FINDINGS,
              {
                code: 'AUTOMATIC_DISCOUNT_CONFLICT',
                severity: 'warning',
                subject: 'FURS20',
                explanation: 'The automatic discount “Hats 10% off” does not combine with FURS20.',
                fix: 'Let them combine.',
                fixAt: {kind: 'automatic_discount', id: 'gid://shopify/DiscountAutomaticNode/4001'},
              },
            ],
          }),
        }),
      ),
    });
    await eventually(() => expect(container.textContent).toContain('Blocked — do not send yet'));
    const links = [...container.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toContainEqual(['Open FURS20 in Shopify', 'shopify://admin/discounts/3002']);
    expect(links).toContainEqual([
      'Open the automatic discount in Shopify',
      'shopify://admin/discounts/4001',
    ]);
    expect(links.filter(([, href]) => href?.startsWith('shopify://'))).toHaveLength(2);
  });

  it('when the campaign is ready, then verified links load and Copy puts one on the clipboard', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    const url = 'https://furs.example/discount/WINTER20?utm_campaign=fabulous-furs-sept';
    const {container, sent} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(
        detail({report: report({health: 'ready', findings: []})}),
      ),
      [`GET /api/campaigns/${FURS_ID}/links`]: ({url: requested}) =>
        json(200, {
          links: [{code: 'WINTER20', url: `${url}&path=${requested.searchParams.get('path')}`}],
        }),
    });
    await eventually(() => expect(container.textContent).toContain('Ready to send'));
    await eventually(() => expect(container.textContent).toContain(url));
    expect(container.textContent).toContain('Passed (7)');
    await click(pageButton(container, 'Copy'));
    await eventually(() => expect(writeText).toHaveBeenCalledWith(`${url}&path=/`));
    await eventually(() => expect(toasts).toContainEqual({message: 'Link copied', isError: false}));
    expect(sent.filter((s) => s.path.endsWith('/links'))).toHaveLength(1);
  });

  it('when Verify again succeeds, then the fresh report replaces the old one', async () => {
    const {container} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
      [`POST /api/campaigns/${FURS_ID}/verify`]: ok({
        report: report({
          id: 8,
          trigger: 'manual',
          health: 'warnings',
          findings: FURS_FINDINGS.slice(2),
        }),
      }),
      [`GET /api/campaigns/${FURS_ID}/links`]: ok({links: []}),
    });
    await eventually(() => expect(container.textContent).toContain('Blocked — do not send yet'));
    await click(pageButton(container, 'Verify again'));
    await eventually(() =>
      expect(container.textContent).toContain('Warnings — review before sending'),
    );
    expect(container.textContent).not.toContain('Code covers less than the email promises');
    expect(container.textContent).toContain('on request');
  });

  it('when Shopify cannot be read, then Verify again shows why with the request id', async () => {
    const {container} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail()),
      [`POST /api/campaigns/${FURS_ID}/verify`]: () =>
        json(502, {
          error: {
            code: 'SHOPIFY_UNAVAILABLE',
            message: 'Shopify could not be reached; retry later.',
            requestId: 'req-502',
          },
        }),
    });
    await eventually(() => expect(container.textContent).toContain('Verify again'));
    await click(pageButton(container, 'Verify again'));
    await eventually(() => expect(container.textContent).toContain('req-502'));
    expect(container.textContent).toContain('Heed couldn’t verify the campaign');
    expect(container.textContent).toContain('Blocked — do not send yet');
  });

  it('when a running campaign got a new blocker, then the alert shows its explanation and fix', async () => {
    const alert = {
      id: 3,
      campaignId: FURS_ID,
      raisedAt: T0,
      code: 'DISCOUNT_EXPIRED',
      subject: 'FURS20',
      explanation: 'FURS20 expired yesterday.',
      fix: 'Extend FURS20 to the end of the offer.',
      resolvedAt: null,
    };
    const {container} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: ok(detail({alerts: [alert]})),
    });
    await eventually(() =>
      expect(container.textContent).toContain(
        'This campaign got a new blocker while it was running',
      ),
    );
    expect(container.textContent).toContain('Code has expired — FURS20');
    expect(container.textContent).toContain('Extend FURS20 to the end of the offer.');
  });

  it('when the campaign does not exist, then the page says so and offers the way back', async () => {
    const {container} = await openAdmin(`/campaigns/${FURS_ID}`, {
      [`GET /api/campaigns/${FURS_ID}`]: () =>
        json(404, {error: {code: 'NOT_FOUND', message: 'Not found.', requestId: 'r'}}),
    });
    await eventually(() => expect(container.textContent).toContain('This campaign doesn’t exist'));
    expect(container.textContent).toContain('Back to campaigns');
  });

  it('when the server knows a finding code, then the admin has a title for it', () => {
    expect([...ADMIN_FINDING_CODES].sort()).toEqual([...SERVER_FINDING_CODES].sort());
  });
});
