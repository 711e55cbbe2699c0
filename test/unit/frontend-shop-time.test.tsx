// @vitest-environment jsdom
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {click, eventually, inputValue, mount, pageButton, unmountAll} from '../support/admin-dom';
import {DEFAULT_OVERVIEW, ok, scriptedAdminApi} from '../support/scripted-admin-api';

/**
 * A Toronto shop read from a browser in Berlin: the admin tells and takes every time on the
 * shop's clock, in the admin user's language, whatever the browser's own zone.
 */

const TORONTO = {
  ...DEFAULT_OVERVIEW,
  shop: {...DEFAULT_OVERVIEW.shop, timeZone: 'America/Toronto'},
};
const ID = '6f1c1f0e-3a52-4a57-9d9a-0c3c2f6f1a01';
// 09:00 in Toronto on each side of the change of November 1st, 2026 (EDT, then EST).
const SEND_AT = Date.parse('2026-10-30T13:00:00Z');
const ENDS_AT = Date.parse('2026-11-02T14:00:00Z');

const campaign = {
  id: ID,
  name: 'November furs',
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
  discountCodes: ['FURS20'],
  sendAt: SEND_AT,
  promiseStartsAt: SEND_AT,
  promiseEndsAt: ENDS_AT,
  recipients: 1200,
  attributionKey: 'november-furs',
  createdAt: SEND_AT - 86_400_000,
  updatedAt: SEND_AT - 86_400_000,
  health: 'ready',
  lastCheckedAt: null,
};

const browserZone = process.env.TZ;

beforeAll(() => {
  // The browser's clock: Node applies a new TZ to every later Date and Intl call.
  process.env.TZ = 'Europe/Berlin';
  Object.assign(globalThis, {shopify: {toast: {show: () => 'toast', hide: () => undefined}}});
});

afterAll(() => {
  if (browserZone === undefined) delete process.env.TZ;
  else process.env.TZ = browserZone;
});

afterEach(unmountAll);

async function openAdmin(path: string, routes: Parameters<typeof scriptedAdminApi>[0]) {
  const api = scriptedAdminApi({'GET /api/overview': ok(TORONTO), ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} locale="en" />);
  return {container, ...api};
}

describe('the shop’s time', () => {
  it('when a Toronto shop’s campaigns are read from a Berlin browser, then times are Toronto’s, in the admin’s language', async () => {
    const {container} = await openAdmin('/campaigns', {
      'GET /api/campaigns': ok({campaigns: [campaign]}),
      'GET /api/campaigns/alerts': ok({alerts: []}),
    });
    await eventually(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(1));
    const row = container.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toMatch(/Oct 30, 2026, 9:00\sAM/u);
    expect(row).not.toMatch(/2:00\sPM|14:00/u);
  });

  it('when the campaign is edited from a Berlin browser, then the schedule shows and sends Toronto’s clock across the change, and names the zone', async () => {
    const {container, writes} = await openAdmin(`/campaigns/${ID}/edit`, {
      [`GET /api/campaigns/${ID}`]: ok({
        campaign: {...campaign, email: {links: [], html: '<p>20% off</p>'}},
        report: null,
        alerts: [],
      }),
      [`PUT /api/campaigns/${ID}`]: ok({campaign, report: null, verificationError: null}),
    });
    await eventually(() => expect(inputValue('campaign-sendAt')).toBe('2026-10-30T09:00'));
    expect(inputValue('campaign-promiseEndsAt')).toBe('2026-11-02T09:00');
    expect(container.textContent).toContain('Eastern Time (America/Toronto)');
    expect(container.textContent).not.toContain('Europe/Berlin');

    await click(pageButton(container, 'Save campaign'));
    await eventually(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]?.body).toMatchObject({
      sendAt: '2026-10-30T13:00:00.000Z',
      promiseStartsAt: '2026-10-30T13:00:00.000Z',
      promiseEndsAt: '2026-11-02T14:00:00.000Z',
    });
  });
});
