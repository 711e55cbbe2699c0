import type {ShopRecords} from '../support/tenant-fixtures';

const DAY = 86_400_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

export type Auth = 'admin' | 'checkout' | 'none';
export interface Call {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  auth: Auth;
  body?: unknown;
}
/** `not_found`: an id of B's must be a 404. `answer`: anything under 500 that holds none of B's data. */
export type Expect = 'not_found' | 'answer' | 'refused';
export type RouteCase = {call: (b: ShopRecords) => Call; expect: Expect} | {exempt: string};

const admin = (method: Call['method'], path: string, body?: unknown): Call => ({
  method,
  path,
  auth: 'admin',
  body,
});
const campaign = {
  name: 'A autumn email',
  promise: {
    kind: 'percentage',
    value: 10,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
  recipients: 10,
  email: {links: [], html: null},
  discountCodes: ['AUTUMN10'],
  attributionKey: 'winter-sale',
  sendAt: iso(-DAY),
  promiseStartsAt: iso(-DAY),
  promiseEndsAt: iso(5 * DAY),
};
const rule = {
  name: 'A rule',
  enabled: true,
  signalTypes: ['code_rejected'],
  priority: 'high',
  assignee: {kind: 'round_robin'},
  contactWithinMinutes: 30,
  channel: 'email',
};
const reply = {subject: 'Your order', body: 'We are on it.'};
const caseAction = (action: string, body: unknown = {}): RouteCase => ({
  call: (b) => admin('post', `/api/cases/${b.caseId}/${action}`, body),
  expect: 'not_found',
});

/**
 * Every route the app registers, and how a shop A caller tries to reach shop B through it. A route
 * added without a line here fails the first test: isolation is proven for each route, not assumed.
 */
export const ROUTES: Record<string, RouteCase> = {
  'GET /healthz': {exempt: 'answers storage health, holds no shop data'},
  'GET /^\\/assets\\/.*\\.map$/': {exempt: 'refuses source maps to everyone, holds no shop data'},
  'GET /^\\/(?!api\\/|assets\\/|demo\\/|healthz).*/': {exempt: 'the admin page shell, no data'},
  'POST /api/webhooks': {
    exempt:
      'the shop is the HMAC-signed header; forged ones are refused (test/reliability/trust-edges)',
  },
  'POST /api/pixel/events': {
    call: () => ({method: 'post', path: '/api/pixel/events', auth: 'none', body: 'pixel-b'}),
    expect: 'refused',
  },
  'GET /api/checkout/offer': {
    call: () => ({
      method: 'get',
      path: '/api/checkout/offer?campaign=winter-sale',
      auth: 'checkout',
    }),
    expect: 'answer',
  },
  'POST /api/checkout/outcome': {
    call: (b) => ({
      method: 'post',
      path: '/api/checkout/outcome',
      auth: 'checkout',
      body: {
        campaignId: b.campaignId,
        code: 'WINTER20',
        state: 'applied',
        checkoutToken: b.checkoutToken,
      },
    }),
    expect: 'answer',
  },
  'POST /api/checkout/help': {
    call: (b) => ({
      method: 'post',
      path: '/api/checkout/help',
      auth: 'checkout',
      body: {
        surface: 'checkout',
        checkoutToken: b.checkoutToken,
        channel: 'email',
        email: 'a@example.com',
      },
    }),
    expect: 'answer',
  },
  'GET /api/proxy/offer': {
    call: () => ({method: 'get', path: '/api/proxy/offer', auth: 'none'}),
    expect: 'answer',
  },
  'GET /api/campaigns': {call: () => admin('get', '/api/campaigns'), expect: 'answer'},
  'POST /api/campaigns': {call: () => admin('post', '/api/campaigns', campaign), expect: 'answer'},
  'GET /api/campaigns/alerts': {
    call: () => admin('get', '/api/campaigns/alerts'),
    expect: 'answer',
  },
  'GET /api/campaigns/:id': {
    call: (b) => admin('get', `/api/campaigns/${b.campaignId}`),
    expect: 'not_found',
  },
  'PUT /api/campaigns/:id': {
    call: (b) => admin('put', `/api/campaigns/${b.campaignId}`, campaign),
    expect: 'not_found',
  },
  'DELETE /api/campaigns/:id': {
    call: (b) => admin('delete', `/api/campaigns/${b.campaignId}`),
    expect: 'not_found',
  },
  'POST /api/campaigns/:id/verify': {
    call: (b) => admin('post', `/api/campaigns/${b.campaignId}/verify`),
    expect: 'not_found',
  },
  'GET /api/campaigns/:id/links': {
    call: (b) => admin('get', `/api/campaigns/${b.campaignId}/links`),
    expect: 'not_found',
  },
  'GET /api/overview': {call: () => admin('get', '/api/overview'), expect: 'answer'},
  'GET /api/setup': {call: () => admin('get', '/api/setup'), expect: 'answer'},
  'GET /api/lookups/segments': {
    call: () => admin('get', '/api/lookups/segments'),
    expect: 'answer',
  },
  'GET /api/lookups/discount-codes': {
    call: () => admin('get', '/api/lookups/discount-codes'),
    expect: 'answer',
  },
  'GET /api/live': {
    exempt: 'a stream: another shop hears nothing (test/integration/live-signals.test.ts)',
  },
  'GET /api/journeys': {call: () => admin('get', '/api/journeys'), expect: 'answer'},
  'GET /api/journeys/:id': {
    call: (b) => admin('get', `/api/journeys/${b.journeyId}`),
    expect: 'not_found',
  },
  'GET /api/outcomes': {call: () => admin('get', '/api/outcomes'), expect: 'answer'},
  'GET /api/settings/hesitation': {
    call: () => admin('get', '/api/settings/hesitation'),
    expect: 'answer',
  },
  'PUT /api/settings/hesitation': {
    call: () => admin('put', '/api/settings/hesitation', {stallAfterMinutes: 7}),
    expect: 'answer',
  },
  'GET /api/settings/mail': {call: () => admin('get', '/api/settings/mail'), expect: 'answer'},
  'PUT /api/settings/mail': {call: () => admin('put', '/api/settings/mail', {}), expect: 'answer'},
  'POST /api/settings/mail/test': {
    call: () => admin('post', '/api/settings/mail/test'),
    expect: 'answer',
  },
  'GET /api/settings/notifications': {
    call: () => admin('get', '/api/settings/notifications'),
    expect: 'answer',
  },
  'PUT /api/settings/notifications': {
    call: () => admin('put', '/api/settings/notifications', {}),
    expect: 'answer',
  },
  'POST /api/settings/notifications/test': {
    call: () => admin('post', '/api/settings/notifications/test', {channel: 'email'}),
    expect: 'answer',
  },
  'GET /api/settings/hours': {call: () => admin('get', '/api/settings/hours'), expect: 'answer'},
  'PUT /api/settings/hours': {
    call: () => admin('put', '/api/settings/hours', {}),
    expect: 'answer',
  },
  'GET /api/pixel/status': {call: () => admin('get', '/api/pixel/status'), expect: 'answer'},
  'POST /api/pixel/activate': {call: () => admin('post', '/api/pixel/activate'), expect: 'answer'},
  'GET /api/cases': {call: () => admin('get', '/api/cases'), expect: 'answer'},
  'GET /api/cases/:id': {call: (b) => admin('get', `/api/cases/${b.caseId}`), expect: 'not_found'},
  'POST /api/cases/:id/claim': caseAction('claim'),
  'POST /api/cases/:id/handover': caseAction('handover', {userId: '2'}),
  'POST /api/cases/:id/note': caseAction('note', {text: 'from A'}),
  'POST /api/cases/:id/snooze': caseAction('snooze', {until: Date.now() + DAY}),
  'POST /api/cases/:id/wake': caseAction('wake'),
  'POST /api/cases/:id/resolve': caseAction('resolve', {outcome: 'purchased'}),
  'POST /api/cases/:id/reopen': caseAction('reopen'),
  'POST /api/cases/:id/notifications/:notificationId/retry': {
    call: (b) => admin('post', `/api/cases/${b.caseId}/notifications/${b.notificationId}/retry`),
    expect: 'not_found',
  },
  'POST /api/cases/:id/refresh-status': caseAction('refresh-status'),
  'POST /api/cases/:id/call': caseAction('call', {outcome: 'reached'}),
  'POST /api/cases/:id/message': caseAction('message', {
    method: 'copied',
    ...reply,
    acknowledged: [],
  }),
  'POST /api/cases/:id/reply-check': caseAction('reply-check', reply),
  'POST /api/cases/:id/resume': caseAction('resume'),
  'POST /api/cases/:id/invoice': caseAction('invoice', {body: 'Your order', acknowledged: []}),
  'POST /api/cases/:id/refund': caseAction('refund'),
  'GET /api/rules': {call: () => admin('get', '/api/rules'), expect: 'answer'},
  'POST /api/rules/preview': {
    call: () => admin('post', '/api/rules/preview', rule),
    expect: 'answer',
  },
  'POST /api/rules': {call: () => admin('post', '/api/rules', rule), expect: 'answer'},
  'PUT /api/rules/order': {
    call: (b) => admin('put', '/api/rules/order', {ids: [b.ruleId]}),
    expect: 'answer',
  },
  'PUT /api/rules/:id': {
    call: (b) => admin('put', `/api/rules/${b.ruleId}`, rule),
    expect: 'not_found',
  },
  'DELETE /api/rules/:id': {
    call: (b) => admin('delete', `/api/rules/${b.ruleId}`),
    expect: 'not_found',
  },
  'GET /api/staff/me': {call: () => admin('get', '/api/staff/me'), expect: 'answer'},
  'GET /api/staff': {call: () => admin('get', '/api/staff'), expect: 'answer'},
  'POST /api/staff': {
    call: () => admin('post', '/api/staff', {userId: '8802', name: 'Adam', role: 'agent'}),
    expect: 'answer',
  },
  'PUT /api/staff/:userId': {
    call: (b) => admin('put', `/api/staff/${b.staffUserId}`, {name: 'Taken over'}),
    expect: 'not_found',
  },
};
