// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {eventually, fill, mount, unmountAll} from '../support/admin-dom';
import {ME_LEAD} from '../support/followup-fixtures';
import {WINTER_ID, emptyWeek, outcomesReport} from '../support/outcomes-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

afterEach(unmountAll);

async function openOutcomes(path: string, routes: Record<string, Handler>) {
  const api = scriptedAdminApi({'GET /api/staff/me': ok(ME_LEAD), ...routes});
  window.history.replaceState(null, '', path);
  const container = await mount(<App apiClient={api.client} />);
  return {container, ...api};
}

const region = (container: HTMLElement, name: string) =>
  container.querySelector(`section[aria-label="${name}"]`)?.textContent ?? '';

describe('outcomes page', () => {
  it('when a week loads, then its figures read in the shop’s currency, with the buyers’ guarantee at zero', async () => {
    const {container, unexpected} = await openOutcomes('/outcomes', {
      'GET /api/outcomes': ok(outcomesReport()),
    });
    await eventually(() => expect(region(container, 'Time to first contact')).toContain('12 min'));
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe('Outcomes');
    expect(region(container, 'Time to first contact')).toContain('Median of 7 contacted cases');
    expect(region(container, 'Time to first contact')).toContain('9 in 10 within 41 min');
    expect(region(container, 'Contacted in time')).toContain('75%');
    expect(region(container, 'Contacted in time')).toContain('6 in time, 2 late, 1 not due yet');
    expect(region(container, 'Recovered revenue')).toMatch(/CA\$1,234\.50/);
    const guarantee = region(container, 'Contacts to shoppers who had already ordered');
    expect(guarantee).toContain('No shopper was contacted after they had ordered');
    expect(guarantee).toContain('0contacts to shoppers who had already ordered');
    expect(container.textContent).toContain('America/Toronto');
    expect(unexpected).toEqual([]);
  });

  it('when the merchant chooses a week and a campaign, then each is asked for and kept in the address', async () => {
    const {requests} = await openOutcomes('/outcomes', {
      'GET /api/outcomes': ok(outcomesReport()),
    });
    await eventually(() =>
      expect(document.querySelectorAll('#outcomes-week option')).toHaveLength(2),
    );
    await fill('outcomes-week', '2026-W09');
    await eventually(() => expect(window.location.search).toBe('?week=2026-W09'));
    await eventually(() => expect(document.getElementById('outcomes-campaign')).not.toBeNull());
    await fill('outcomes-campaign', WINTER_ID);
    await eventually(() =>
      expect(requests.filter((r) => r.path === '/api/outcomes').map((r) => r.search)).toEqual([
        '',
        '?week=2026-W09',
        `?week=2026-W10&campaign=${WINTER_ID}`,
      ]),
    );
    expect(window.location.search).toBe(`?week=2026-W10&campaign=${WINTER_ID}`);
  });

  it('when the week had no case and no campaign checkout, then the page says what it will show', async () => {
    const {container} = await openOutcomes('/outcomes?week=2026-W10', {
      'GET /api/outcomes?week=2026-W10': ok(emptyWeek()),
    });
    await eventually(() => expect(container.textContent).toContain('No follow-up this week'));
    expect(container.textContent).toContain('Open the inbox');
    expect(region(container, 'Time to first contact')).toBe('');
    expect(document.getElementById('outcomes-week')).not.toBeNull();
  });

  it('when contacts were made after shoppers had ordered, then the guarantee turns critical and names the cases', async () => {
    const {container} = await openOutcomes('/outcomes', {
      'GET /api/outcomes': ok(
        outcomesReport({contactsToBuyers: {count: 2, caseIds: ['case_abcdef123456']}}),
      ),
    });
    await eventually(() =>
      expect(region(container, 'Contacts to shoppers who had already ordered')).toContain(
        '2 contacts were made after the shopper had ordered',
      ),
    );
    const link = container.querySelector('a[href="/inbox/case_abcdef123456"]');
    expect(link?.textContent).toBe('Case case_abc');
  });

  it('when the address names a week that has not begun, then the server’s reason is shown with a retry', async () => {
    const {container} = await openOutcomes('/outcomes?week=2030-W01', {
      'GET /api/outcomes?week=2030-W01': failing(
        400,
        'BAD_REQUEST',
        'The week of 2029-12-31 has not begun yet.',
      ),
    });
    await eventually(() =>
      expect(container.textContent).toContain('The week of 2029-12-31 has not begun yet.'),
    );
    expect(container.textContent).toContain('Heed couldn’t load the outcomes');
    expect(container.textContent).toContain('Try again');
    const back = Array.from(container.querySelectorAll('a')).find(
      (a) => a.textContent === 'Show this week',
    );
    expect(back?.getAttribute('href')).toBe('/outcomes');
  });
});
