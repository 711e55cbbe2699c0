// @vitest-environment jsdom
import {DEFAULT_OVERVIEW, eventStream} from '../support/scripted-admin-api';
import {act} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createApiClient, type ApiClient} from '../../web/frontend/src/api/api-client';
import {App} from '../../web/frontend/src/app';
import {DEMO_MODE_META, isDemoMode} from '../../web/frontend/src/demo/demo-mode';
import {click, eventually, json, mount, pageButton, unmountAll} from '../support/admin-dom';
import {ENGLISH_MENU} from '../support/admin-translations';

afterEach(unmountAll);

const CASE_ID = '0b1e6a7c-3f0e-4c9a-9d6e-2f1d3c4b5a69';
const ADMIN_LINK = `https://admin.shopify.com/store/fabulous-furs/apps/heed-demo-api-key/inbox/${CASE_ID}`;
const TO_OMAR = {
  id: 2,
  channel: 'email',
  receivedAt: Date.now() - 5_000,
  from: 'Fabulous Furs <hello@fabulous-furs.example>',
  to: ['omar@fabulous-furs.example'],
  subject: 'New case (urgent) at Fabulous Furs: a promised code never applied',
  body: `Hello Omar Haddad,\n\nNew case for you.\n\nOpen the case: ${ADMIN_LINK}`,
  caseLink: {url: ADMIN_LINK, caseId: CASE_ID},
};
const IN_SLACK = {
  id: 1,
  channel: 'slack',
  receivedAt: Date.now() - 9_000,
  from: null,
  to: [],
  subject: null,
  body: '*Case overdue* (urgent)',
  caseLink: null,
};

/** The real API client over a scripted fetch, recording each path asked for. */
function clientAnswering(...answers: Array<() => Response>): {client: ApiClient; paths: string[]} {
  const paths: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    // The admin's one live stream, open on every page for case notices.
    if (String(input) === '/api/live') return eventStream().response;
    // The shop's zone and currency, which every page formats with.
    if (String(input) === '/api/overview') return json(200, DEFAULT_OVERVIEW);
    paths.push(String(input));
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (!answer) throw new Error(`unexpected request to ${String(input)}`);
    return answer();
  });
  return {client: createApiClient({idToken: async () => 'session-token', fetch}), paths};
}

async function openMailbox(client: ApiClient) {
  window.history.replaceState(null, '', '/mailbox');
  return mount(<App apiClient={client} demo />);
}

describe('the demo mailbox page', () => {
  it('when messages were received, then each shows its channel, recipient, subject and words, newest first, with its case one click away', async () => {
    const {client, paths} = clientAnswering(() => json(200, {messages: [TO_OMAR, IN_SLACK]}));
    const container = await openMailbox(client);
    await eventually(() => expect(container.querySelectorAll('li')).toHaveLength(2));

    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe('Demo mailbox');
    expect(paths[0]).toBe('/demo/mailbox');
    const [email, slack] = Array.from(container.querySelectorAll('li'));
    expect(email?.textContent).toContain('To omar@fabulous-furs.example');
    expect(email?.textContent).toContain(TO_OMAR.subject);
    expect(email?.textContent).toContain('Hello Omar Haddad,');
    expect(email?.querySelector('a')?.getAttribute('href')).toBe(`/inbox/${CASE_ID}`);
    expect(slack?.textContent).toContain('Slack message');
    expect(slack?.textContent).toContain('*Case overdue* (urgent)');
    expect(slack?.querySelector('a')).toBeNull();
  });

  it('when nothing was sent yet, then the page says what will arrive there', async () => {
    const {client} = clientAnswering(() => json(200, {messages: []}));
    const container = await openMailbox(client);
    await eventually(() => expect(container.textContent).toContain('Nothing sent yet'));
  });

  it('when the merchant picks Slack, then only the Slack channel is asked for', async () => {
    const {client, paths} = clientAnswering(() => json(200, {messages: []}));
    const container = await openMailbox(client);
    await eventually(() => expect(container.textContent).toContain('Nothing sent yet'));
    await click(pageButton(container, 'Slack'));
    await eventually(() => expect(paths).toContain('/demo/mailbox?channel=slack'));
  });

  it('when the mailbox cannot be loaded, then the page says so with a retry', async () => {
    const {client} = clientAnswering(() =>
      json(500, {
        error: {code: 'INTERNAL', message: 'Something went wrong on our side.', requestId: 'req-1'},
      }),
    );
    const container = await openMailbox(client);
    await eventually(() =>
      expect(container.textContent).toContain('Heed couldn’t load the demo mailbox'),
    );
  });
});

describe('the demo’s own sections', () => {
  const menu = (container: HTMLElement) =>
    Array.from(container.querySelectorAll('ui-nav-menu > a')).map((a) => a.textContent);
  const overview = () =>
    json(200, {shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'CAD'}});

  it('when the admin runs in the demo, then the menu ends with the demo mailbox', async () => {
    const container = await mount(<App apiClient={clientAnswering(overview).client} demo />);
    expect(menu(container)).toEqual([...ENGLISH_MENU, 'Demo mailbox']);
  });

  it('when the admin runs in a real shop, then it has no demo mailbox, not even at its address', async () => {
    const container = await mount(
      <App apiClient={clientAnswering(overview).client} demo={false} />,
    );
    expect(menu(container)).toEqual([...ENGLISH_MENU]);
    await act(async () => {
      window.history.pushState(null, '', '/mailbox');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe('Page not found');
  });

  it('when the page carries the server’s demo tag, then the admin knows it is the demo', () => {
    expect(isDemoMode()).toBe(false);
    const tag = document.head.appendChild(document.createElement('meta'));
    tag.setAttribute('name', DEMO_MODE_META);
    expect(isDemoMode()).toBe(true);
    tag.remove();
  });
});
