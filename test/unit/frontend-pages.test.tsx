// @vitest-environment jsdom
import {ENGLISH_MENU} from '../support/admin-translations';
import {act, type ReactElement} from 'react';
import {MemoryRouter} from 'react-router-dom';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createApiClient, type ApiClient} from '../../web/frontend/src/api/api-client';
import {ApiClientContext} from '../../web/frontend/src/api/use-api';
import {App, ROUTER_FUTURE} from '../../web/frontend/src/app';
import {SECTIONS} from '../../web/frontend/src/navigation';
import {DashboardPage} from '../../web/frontend/src/pages/dashboard-page';
import {NotFoundPage} from '../../web/frontend/src/pages/not-found-page';
import {RouterLink} from '../../web/frontend/src/router-link';
import {ShopFormatProvider} from '../../web/frontend/src/shop/shop-format';
import {eventually, json, mount, unmountAll} from '../support/admin-dom';
import {outcomesReport} from '../support/outcomes-fixtures';

const OVERVIEW = {
  shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'CAD'},
  storage: {engine: 'postgres', healthy: true},
};
/** `GET /api/setup`: a campaign is verified and the pixel is on; the rest is still to do. */
const SETUP = {
  setup: {
    campaignExists: true,
    campaignVerified: true,
    cartBarSeenAt: null,
    pixelActive: true,
    ruleExists: false,
    staffAdded: false,
  },
};
const ALL_DONE = {
  setup: {...SETUP.setup, cartBarSeenAt: 1, ruleExists: true, staffAdded: true},
};

/** `GET /api/cases?view=open`, which the dashboard's open-cases card asks for once the overview is in. */
const OPEN_CASES = {cases: [], counts: {urgent: 2, high: 1, normal: 0}};
/** `GET /api/outcomes`, this week's, for the dashboard's outcomes card (asked for after the cases). */
const OUTCOMES = outcomesReport();

afterEach(unmountAll);

// App Bridge reads the app's client id from this tag; so does the setup guide's theme editor link.
const apiKeyTag = document.createElement('meta');
apiKeyTag.name = 'shopify-api-key';
apiKeyTag.content = 'heed-api-key';
document.head.append(apiKeyTag);

function withProviders(ui: ReactElement, client: ApiClient = unusedClient()): ReactElement {
  return (
    <MemoryRouter future={ROUTER_FUTURE}>
      <AppProvider i18n={en} linkComponent={RouterLink}>
        <ApiClientContext.Provider value={client}>
          <ShopFormatProvider locale="en">{ui}</ShopFormatProvider>
        </ApiClientContext.Provider>
      </AppProvider>
    </MemoryRouter>
  );
}

function unusedClient(): ApiClient {
  return {request: () => Promise.reject(new Error('this page should not call the API'))};
}

type FetchCall = {url: string; headers: Headers};

/** The real API client over a scripted fetch, so the pages are tested with the client they ship with. */
function clientAnswering(...responses: Response[]): {client: ApiClient; calls: FetchCall[]} {
  const calls: FetchCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({url: String(input), headers: new Headers(init?.headers)});
    const response = responses.shift();
    if (!response) throw new Error(`unexpected request to ${String(input)}`);
    return response;
  });
  let tokens = 0;
  const client = createApiClient({idToken: async () => `session-token-${++tokens}`, fetch});
  return {client, calls};
}

const titleOf = (container: HTMLElement) =>
  container.querySelector('ui-title-bar')?.getAttribute('title');

describe('empty-state pages', () => {
  it.each([
    {
      Page: NotFoundPage,
      title: 'Page not found',
      texts: ['This page does not exist', 'Go to the dashboard'],
    },
  ])(
    'when the $title page renders, then its title bar and explanation are shown',
    async ({Page, title, texts}) => {
      const container = await mount(withProviders(<Page />));
      expect(titleOf(container)).toBe(title);
      for (const text of texts) expect(container.textContent).toContain(text);
    },
  );
});

describe('dashboard', () => {
  it('when the overview is loading, then a busy skeleton announces it', async () => {
    const pending: ApiClient = {request: () => new Promise(() => undefined)};
    const container = await mount(withProviders(<DashboardPage />, pending));
    const status = container.querySelector('[role="status"][aria-busy="true"]');
    expect(status?.textContent).toContain('Loading your store’s overview');
    expect(titleOf(container)).toBe('Dashboard');
  });

  it('when the overview arrives, then the shop, the setup guide and the storage status show', async () => {
    const {client, calls} = clientAnswering(
      json(200, OVERVIEW),
      json(200, SETUP),
      json(200, OPEN_CASES),
      json(200, OUTCOMES),
    );
    const container = await mount(withProviders(<DashboardPage />, client));
    await eventually(() => expect(container.textContent).toContain('Welcome, Fabulous Furs'));
    await eventually(() => expect(container.textContent).toContain('2 of 5 steps done'));
    await eventually(() =>
      expect(container.textContent).toContain('3 shoppers are waiting for a person.'),
    );
    expect(container.textContent).toContain('Urgent: 2');
    expect(container.textContent).toContain('High: 1');
    expect(container.textContent).toContain('Normal: 0');
    expect(container.querySelector('a[href="/inbox"]')?.textContent).toBe('Open the inbox');
    expect(container.textContent).toContain('Setup guide');
    expect(container.textContent).toContain('Register your next email campaign');
    expect(container.textContent).toContain('Prices in CAD');
    expect(container.textContent).toContain('Recording checkouts');
    // Which database Heed runs on is no merchant's concern.
    expect(container.textContent).not.toMatch(/PostgreSQL|SQLite|postgres/i);
    await eventually(() =>
      expect(container.textContent).toContain('Time to first contact: 12 min (median)'),
    );
    expect(container.textContent).toContain('Contacted in time: 75%');
    expect(container.textContent).toMatch(/Recovered revenue: CA\$1,234\.50/);
    expect(container.textContent).toContain('Contacts to shoppers who had already ordered: 0');
    expect(container.querySelector('a[href="/outcomes"]')?.textContent).toBe('See the outcomes');
    expect(calls.map((call) => call.url)).toEqual([
      '/api/overview',
      '/api/setup',
      '/api/cases?view=open',
      '/api/outcomes',
    ]);
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer session-token-1');
    const themeEditor = Array.from(container.querySelectorAll('a')).find(
      (a) => a.textContent === 'Open theme editor',
    );
    // The theme editor opens on the app embeds with Heed's cart bar selected, ready to switch on.
    expect(themeEditor?.getAttribute('href')).toBe(
      'shopify://admin/themes/current/editor?context=apps&activateAppId=heed-api-key/attribution',
    );
  });

  it('when some steps are done, then they are marked done and only the others offer their action', async () => {
    const {client} = clientAnswering(
      json(200, OVERVIEW),
      json(200, SETUP),
      json(200, OPEN_CASES),
      json(200, OUTCOMES),
    );
    const container = await mount(withProviders(<DashboardPage />, client));
    await eventually(() => expect(container.textContent).toContain('2 of 5 steps done'));
    const steps = [...container.querySelectorAll('ol > li')].map((li) => li.textContent ?? '');
    expect(steps.map((text) => text.includes('Done'))).toEqual([true, false, true, false, false]);
    expect(steps[0]).not.toContain('Go to campaigns');
    expect(steps[3]).toContain('Set up rules');
    const checkout = [...container.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('add the block in checkout'),
    );
    expect(checkout?.getAttribute('href')).toBe('shopify://admin/settings/checkout/editor');
  });

  it('when every step is done, then the setup guide is not shown', async () => {
    const {client, calls} = clientAnswering(
      json(200, OVERVIEW),
      json(200, ALL_DONE),
      json(200, OPEN_CASES),
      json(200, OUTCOMES),
    );
    const container = await mount(withProviders(<DashboardPage />, client));
    await eventually(() => expect(calls.map((c) => c.url)).toContain('/api/setup'));
    await eventually(() => expect(container.textContent).toContain('Time to first contact'));
    expect(container.textContent).not.toContain('Setup guide');
  });

  it('when the API answers an error, then a critical banner shows the request id, and retrying recovers', async () => {
    const failure = {
      error: {
        code: 'STORAGE_UNAVAILABLE',
        message: 'Heed is temporarily unavailable.',
        requestId: 'req-123',
      },
    };
    const {client} = clientAnswering(
      json(503, failure),
      json(200, OVERVIEW),
      json(200, SETUP),
      json(200, OPEN_CASES),
      json(200, OUTCOMES),
    );
    const container = await mount(withProviders(<DashboardPage />, client));
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('req-123'),
    );
    expect(container.textContent).toContain('Heed is temporarily unavailable.');

    const retry = Array.from(container.querySelectorAll('button')).find(
      (b) => b.textContent === 'Try again',
    );
    await act(async () => retry?.click());
    await eventually(() => expect(container.textContent).toContain('Welcome, Fabulous Furs'));
  });

  it.each([
    {
      case: 'a non-JSON error page',
      response: () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          headers: {'X-Request-Id': 'req-from-header'},
        }),
      requestId: 'req-from-header',
    },
    {
      case: 'a success body of the wrong shape',
      response: () => json(200, {shop: {name: 'No domain'}}, {'X-Request-Id': 'req-bad-shape'}),
      requestId: 'req-bad-shape',
    },
  ])(
    'when the API answers $case, then the banner still carries a request id',
    async ({response, requestId}) => {
      const {client} = clientAnswering(response());
      const container = await mount(withProviders(<DashboardPage />, client));
      await eventually(() =>
        expect(container.querySelector('[role="alert"]')?.textContent).toContain(requestId),
      );
    },
  );

  it('when the session token has expired, then the request is retried once with a fresh token', async () => {
    const expired = json(
      401,
      {error: {code: 'UNAUTHENTICATED', message: 'x', requestId: 'r'}},
      {'X-Shopify-Retry-Invalid-Session-Request': '1'},
    );
    const {client, calls} = clientAnswering(
      expired,
      json(200, OVERVIEW),
      json(200, SETUP),
      json(200, OPEN_CASES),
      json(200, OUTCOMES),
    );
    const container = await mount(withProviders(<DashboardPage />, client));
    await eventually(() => expect(container.textContent).toContain('Welcome, Fabulous Furs'));
    await eventually(() => expect(calls).toHaveLength(5));
    expect(calls.slice(0, 2).map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer session-token-1',
      'Bearer session-token-2',
    ]);
  });
});

describe('app shell', () => {
  it('when the app renders, then App Bridge gets a menu of every section with the dashboard as home', async () => {
    const container = await mount(<App apiClient={clientAnswering(json(200, OVERVIEW)).client} />);
    const links = Array.from(container.querySelectorAll('ui-nav-menu > a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      SECTIONS.map((s, i) => [ENGLISH_MENU[i], s.path]),
    );
    expect(links[0]?.getAttribute('rel')).toBe('home');
  });

  it('when the browser moves to another section, then the router shows its page', async () => {
    const container = await mount(<App apiClient={clientAnswering(json(200, OVERVIEW)).client} />);
    await act(async () => {
      window.history.pushState(null, '', '/rules');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(titleOf(container)).toBe('Rules');
    await act(async () => {
      window.history.pushState(null, '', '/nowhere');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(titleOf(container)).toBe('Page not found');
  });
});
