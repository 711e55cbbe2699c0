// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {slaWords} from '../../web/frontend/src/cases/case-words';
import type {CaseSummary} from '../../web/frontend/src/api/case-schemas';
import {click, eventually, fill, mount, pageButton, unmountAll} from '../support/admin-dom';
import {
  ANNA,
  CASE_ID,
  ME_LEAD,
  MINUTE,
  NOW,
  PROMO_HEADLINE,
  caseSummary,
} from '../support/followup-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';
import {createFormatter} from '../../web/shared/format';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import {adminResources} from '../support/admin-translations';

const COUNTS = {urgent: 1, high: 1, normal: 0};
const OVERDUE = caseSummary();
const HIGH = caseSummary({
  id: 'case_high',
  priority: 'high',
  status: 'claimed',
  assignee: ANNA,
  dueAt: NOW + 25 * MINUTE + 20_000,
  overdue: false,
  headline: 'The card was declined twice.',
  signalTypes: ['payment_failed'],
  campaign: null,
  shopperLabel: 'Guest',
});
const WINTER = {
  id: 'cmp_winter',
  name: 'Winter clearance',
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
  discountCodes: ['WINTER20'],
  sendAt: NOW,
  promiseStartsAt: NOW,
  promiseEndsAt: NOW + 60 * MINUTE,
  recipients: null,
  attributionKey: 'winter-clearance',
  createdAt: NOW,
  updatedAt: NOW,
  health: 'ready',
  lastCheckedAt: NOW,
};
const BASE: Record<string, Handler> = {
  'GET /api/staff/me': ok(ME_LEAD),
  'GET /api/campaigns': ok({campaigns: [WINTER]}),
};

afterEach(unmountAll);

async function openInbox(path: string, routes: Record<string, Handler>) {
  const api = scriptedAdminApi({...BASE, ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} />);
  return {container, ...api};
}

const rows = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('tbody tr')).map((row) => row.textContent ?? '');
const caseQueries = (requests: {method: string; path: string; search: string}[]) =>
  requests.filter((r) => r.path === '/api/cases').map((r) => r.search);

describe('follow-up inbox', () => {
  it('when open cases load, then each row shows its priority, what happened, the shopper, the time to contact and who has it', async () => {
    const {container, unexpected} = await openInbox('/inbox', {
      'GET /api/cases?view=open': ok({cases: [OVERDUE, HIGH], counts: COUNTS}),
    });
    await eventually(() => expect(rows(container)).toHaveLength(2));
    const [urgent, high] = rows(container);
    expect(urgent).toContain('Urgent');
    expect(urgent).toContain('New');
    expect(urgent).toContain(PROMO_HEADLINE);
    expect(urgent).toContain('Returning customer · 14 orders');
    expect(urgent).toContain('Overdue by 12 min');
    expect(urgent).toContain('Unassigned');
    expect(urgent).toContain('$265.55');
    expect(urgent).toContain('Winter clearance');
    expect(high).toContain('High');
    expect(high).toContain('25 min left');
    expect(high).toContain('Anna Berg');
    expect(high).toContain('Guest');
    expect(container.querySelector('tbody tr a')?.getAttribute('href')).toBe(`/inbox/${CASE_ID}`);
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe('Follow-up inbox');
    expect(unexpected).toEqual([]);
  });

  it('when open cases load, then a screen reader hears each badge as what it means, never a bare colour', async () => {
    const {container} = await openInbox('/inbox', {
      'GET /api/cases?view=open': ok({cases: [OVERDUE, HIGH], counts: COUNTS}),
    });
    await eventually(() => expect(rows(container)).toHaveLength(2));
    // What is announced: the badge's hidden label, then its words.
    const badges = Array.from(container.querySelectorAll('.Polaris-Badge')).map((badge) =>
      Array.from(badge.children)
        .map((part) => part.textContent ?? '')
        .join(' '),
    );
    expect(badges).toContain('Priority Urgent');
    expect(badges).toContain('Status New');
    for (const badge of badges) {
      expect(badge).not.toMatch(/^(Critical|Warning|Attention|Success|Info|New)\b(?! case)/);
    }
  });

  it('when the merchant filters by whose, campaign and signal, and opens the resolved tab, then each choice is sent and kept in the address', async () => {
    const {container, requests} = await openInbox('/inbox', {
      'GET /api/cases': ok({cases: [OVERDUE], counts: COUNTS}),
    });
    await eventually(() => expect(rows(container)).toHaveLength(1));
    await eventually(() =>
      expect(document.querySelectorAll('#inbox-filter-campaign option')).toHaveLength(2),
    );
    await fill('inbox-filter-whose', 'mine');
    await fill('inbox-filter-campaign', 'cmp_winter');
    await fill('inbox-filter-signal', 'promo_not_applied');
    await click(pageButton(container, 'Resolved'));
    await eventually(() =>
      expect(caseQueries(requests)).toEqual([
        '?view=open',
        '?view=open&filter=mine',
        '?view=open&filter=mine&campaign=cmp_winter',
        '?view=open&filter=mine&campaign=cmp_winter&signal=promo_not_applied',
        '?view=resolved&filter=mine&campaign=cmp_winter&signal=promo_not_applied',
      ]),
    );
    expect(window.location.search).toBe(
      '?view=resolved&filter=mine&campaign=cmp_winter&signal=promo_not_applied',
    );
  });

  it('when a new case arrives on the live stream, then it takes its place by urgency without a reload and is announced', async () => {
    const {container, streams, requests} = await openInbox('/inbox', {
      'GET /api/cases?view=open': ok({cases: [HIGH], counts: COUNTS}),
    });
    await eventually(() => expect(rows(container)).toHaveLength(1));
    await eventually(() =>
      expect(container.querySelector('[data-live-status]')?.getAttribute('data-live-status')).toBe(
        'connected',
      ),
    );
    await streams[0]?.send('case', OVERDUE);
    await eventually(() => expect(rows(container)).toHaveLength(2));
    expect(rows(container)[0]).toContain(PROMO_HEADLINE);
    expect(container.querySelector('tbody tr [data-fresh]')).not.toBeNull();
    const region = container.querySelector('[data-live-announcer]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent).toBe(`New urgent case: ${PROMO_HEADLINE}`);
    expect(caseQueries(requests)).toHaveLength(1);

    // A case that is resolved leaves the open list.
    await streams[0]?.send('case', {
      ...HIGH,
      status: 'resolved',
      resolvedAt: NOW,
      outcome: 'purchased',
    });
    await eventually(() => expect(rows(container)).toHaveLength(1));
  });

  it('when a case event is malformed, then it is ignored and the next one still arrives', async () => {
    const {container, streams} = await openInbox('/inbox', {
      'GET /api/cases?view=open': ok({cases: [], counts: COUNTS}),
    });
    await eventually(() =>
      expect(container.querySelector('[data-live-status]')?.getAttribute('data-live-status')).toBe(
        'connected',
      ),
    );
    await streams[0]?.send('case', {id: 'half', priority: 'urgent'});
    await streams[0]?.send('case', HIGH);
    await eventually(() => expect(rows(container)).toHaveLength(1));
    expect(rows(container)[0]).toContain('The card was declined twice.');
  });

  it.each([
    {filter: 'unassigned', arriving: caseSummary({id: 'c2', assignee: ANNA})},
    {
      filter: 'overdue',
      arriving: caseSummary({id: 'c2', overdue: false, dueAt: NOW + 30 * MINUTE}),
    },
    {filter: 'mine', arriving: caseSummary({id: 'c2', assignee: {userId: '999', name: 'Other'}})},
  ])(
    'when a live case does not match the $filter filter, then the list ignores it',
    async ({filter, arriving}) => {
      const {container, streams} = await openInbox(`/inbox?filter=${filter}`, {
        'GET /api/cases': ok({cases: [], counts: COUNTS}),
      });
      await eventually(() =>
        expect(container.textContent).toContain('No open cases match these filters'),
      );
      await eventually(() =>
        expect(
          container.querySelector('[data-live-status]')?.getAttribute('data-live-status'),
        ).toBe('connected'),
      );
      await streams[0]?.send('case', arriving);
      expect(rows(container)).toHaveLength(0);
    },
  );

  it('when no case is open, then the empty state explains what opens one and links to the rules', async () => {
    const {container} = await openInbox('/inbox', {
      'GET /api/cases?view=open': ok({cases: [], counts: {urgent: 0, high: 0, normal: 0}}),
    });
    await eventually(() =>
      expect(container.textContent).toContain('No shoppers are waiting for a person'),
    );
    expect(container.textContent).toContain('Every case tells the whole story');
    const link = Array.from(container.querySelectorAll('a')).find(
      (a) => a.textContent === 'Choose what opens a case',
    );
    expect(link?.getAttribute('href')).toBe('/rules');
  });

  it('when the cases cannot load, then a banner shows the request id and retrying recovers', async () => {
    let fail = true;
    const {container} = await openInbox('/inbox', {
      'GET /api/cases?view=open': (request) =>
        fail
          ? failing(503, 'STORAGE_UNAVAILABLE', 'Heed is temporarily unavailable.')(request)
          : ok({cases: [OVERDUE], counts: COUNTS})(request),
    });
    await eventually(() => expect(container.textContent).toContain('req-503'));
    expect(container.textContent).toContain('Heed couldn’t load the follow-up cases');
    fail = false;
    await click(pageButton(container, 'Try again'));
    await eventually(() => expect(rows(container)).toHaveLength(1));
  });
});

describe('time to contact', () => {
  it.each([
    {
      when: 'the deadline passed 12 minutes ago',
      at: {dueAt: NOW - 12 * MINUTE, overdue: true},
      text: 'Overdue by 12 min',
      overdue: true,
    },
    {
      when: 'the server said on time but the clock passed the deadline',
      at: {dueAt: NOW - 2 * MINUTE, overdue: false},
      text: 'Overdue by 2 min',
      overdue: true,
    },
    {
      when: 'the deadline is 90 minutes away',
      at: {dueAt: NOW + 90 * MINUTE, overdue: false},
      text: '1 h 30 min left',
      overdue: false,
    },
    {
      when: 'the deadline is seconds away',
      at: {dueAt: NOW + 20_000, overdue: false},
      text: 'Due now',
      overdue: false,
    },
    {
      when: 'the shopper was contacted, even late',
      at: {dueAt: NOW - 60 * MINUTE, overdue: true, firstContactAt: NOW - 30 * MINUTE},
      text: 'Contacted',
      overdue: false,
    },
    {
      when: 'the case is resolved',
      at: {status: 'resolved', resolvedAt: NOW},
      text: 'Resolved',
      overdue: false,
    },
  ])('when $when, then it reads "$text"', ({at, text, overdue}) => {
    const words = slaWords(
      caseSummary(at) as CaseSummary,
      NOW,
      createFormatter({locale: 'en', timeZone: 'UTC'}),
      createLoadedI18n('en', adminResources(['en'])).getFixedT('en', 'cases'),
    );
    expect(words.text.startsWith(text)).toBe(true);
    expect(words.overdue).toBe(overdue);
  });
});
