// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {click, eventually, mount, pageButton, unmountAll} from '../support/admin-dom';
import {CASE_ID, ME_LEAD, NOW, caseView} from '../support/followup-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

const CASE_PATH = `/api/cases/${CASE_ID}`;
const RETRY = `POST ${CASE_PATH}/notifications/ntf-1/retry`;
const FAILED = {
  id: 'ntf-1',
  channel: 'email',
  to: 'Anna Berg',
  status: 'failed',
  attempts: 1,
  lastError: '127.0.0.1:2525 refused the login: 535 5.7.8 Authentication failed',
  sentAt: null,
};

afterEach(unmountAll);

async function openCase(view: ReturnType<typeof caseView>, routes: Record<string, Handler> = {}) {
  const api = scriptedAdminApi({
    'GET /api/staff/me': ok(ME_LEAD),
    [`GET ${CASE_PATH}`]: ok(view),
    ...routes,
  });
  window.history.replaceState(null, '', `/inbox/${CASE_ID}`);
  const container = await mount(<App apiClient={api.client} />);
  await eventually(() => expect(container.textContent).toContain('What the email promised'));
  return {container, ...api};
}

const notifications = () =>
  document.querySelector('section[aria-label="Notifications"]')?.textContent ?? '';

describe('case page: notifications to staff', () => {
  it('when an email to a staff member failed, then the page says so with the server’s answer, and Retry sends it again', async () => {
    const sent = {...FAILED, status: 'sent', attempts: 1, lastError: null, sentAt: NOW};
    const {writes, unexpected} = await openCase(caseView({notifications: [FAILED]}), {
      [RETRY]: ok(caseView({notifications: [sent]})),
    });
    expect(notifications()).toContain(
      'Email to Anna Berg failed: 127.0.0.1:2525 refused the login: 535 5.7.8 Authentication failed',
    );
    await click(pageButton(document.body, 'Retry'));
    await eventually(() => expect(notifications()).toContain('Email to Anna Berg sent'));
    expect(notifications()).not.toContain('failed');
    expect(writes()).toEqual([
      {method: 'POST', path: `${CASE_PATH}/notifications/ntf-1/retry`, search: '', body: {}},
    ]);
    expect(unexpected).toEqual([]);
  });

  it('when an email waits for its next try, then the page says why, without a Retry button', async () => {
    await openCase(
      caseView({
        notifications: [
          {...FAILED, status: 'pending', attempts: 3, lastError: 'smtp:25 refused the connection'},
        ],
      }),
    );
    expect(notifications()).toContain(
      'Email to Anna Berg waiting to be tried again (3 times so far): smtp:25 refused the connection',
    );
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
      'Retry',
    );
  });

  it('when the retry is refused because it went meanwhile, then the case is read again', async () => {
    const {reads} = await openCase(caseView({notifications: [FAILED]}), {
      [RETRY]: failing(409, 'CONFLICT', 'Only a failed notification can be retried'),
    });
    await click(pageButton(document.body, 'Retry'));
    await eventually(() => expect(reads(CASE_PATH).length).toBe(2));
  });

  it.each([
    ['from a server without notifications', caseView()],
    ['with none yet', caseView({notifications: []})],
  ])(
    'when the case comes %s, then the page shows no notifications section',
    async (_what, view) => {
      await openCase(view);
      expect(document.querySelector('section[aria-label="Notifications"]')).toBeNull();
    },
  );
});
