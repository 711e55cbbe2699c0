// @vitest-environment jsdom
import {act} from 'react';
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {App} from '../../web/frontend/src/app';
import {toLocalDateTime} from '../../web/frontend/src/campaigns/datetime-local';
import {click, eventually, fill, mount, pageButton, unmountAll} from '../support/admin-dom';
import {BEN, CASE_ID, ME_LEAD, NOW, caseView} from '../support/followup-fixtures';
import {failing, ok, scriptedAdminApi, type Handler} from '../support/scripted-admin-api';

const CASE_PATH = `/api/cases/${CASE_ID}`;
const action = (name: string) => `POST ${CASE_PATH}/${name}`;
const toasts: string[] = [];

beforeAll(() => {
  const show = (message: string) => toasts.push(message);
  Object.assign(globalThis, {shopify: {toast: {show, hide: () => undefined}}});
});
beforeEach(() => {
  toasts.length = 0;
});
afterEach(unmountAll);

async function openCase(routes: Record<string, Handler>, view = caseView()) {
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

const section = (name: string) =>
  document.querySelector(`section[aria-label="${name}"]`)?.textContent ?? '';

describe('case page: the story', () => {
  it('when the case loads, then it tells the shopper in words, the promise, what they met, the steps, the cart and the timeline', async () => {
    const {container, unexpected} = await openCase({});
    expect(section('Case')).toContain('Urgent');
    expect(section('Case')).toContain('New');
    expect(section('Case')).toContain('Overdue by 12 min');
    expect(section('Case')).toContain('Unassigned');
    expect(section('Shopper')).toContain(
      'Customer since March 2019 · 14 orders · subscribed to email',
    );
    expect(section('Shopper')).toContain('+1 514 555 0199');
    const promise = section('What the email promised');
    expect(promise).toContain('20% off your entire order');
    expect(promise).toContain('Winter clearance');
    expect(promise).toContain('Code WINTER20');
    expect(promise).toContain('Heed’s last check of WINTER20');
    expect(promise).toContain('said: the code ended yesterday');
    // A finding's code is for machines: the summary says it in words.
    expect(promise).not.toContain('expired');
    const met = section('What the shopper met');
    expect(met).toContain('The code WINTER20 was refused twice.');
    expect(
      container.querySelector('section[aria-label="What the shopper met"] q')?.textContent,
    ).toBe('Enter a valid discount code');
    expect(met).toContain('Payment');
    expect(met).toContain('10 min');
    const cart = section('Cart');
    expect(cart).toContain('Fox fur collar');
    expect(cart).toContain('Qty 2');
    expect(cart).toContain('$110.00 each');
    expect(cart).toContain('$220.00');
    expect(cart).toContain('$265.55');
    const timeline = section('Timeline');
    expect(timeline).toContain('Heed opened the case');
    expect(timeline).toContain('Anna Berg');
    expect(section('Contact')).toContain('making it right');
    expect(container.querySelector('ui-title-bar')?.getAttribute('title')).toBe(
      'Case: Returning customer · 14 orders',
    );
    expect(unexpected).toEqual([]);
  });

  it('when the shopper asked for a person, then the page says where, how to reach them and what they were told', async () => {
    const {unexpected} = await openCase(
      {},
      caseView({
        contactBasis: {
          allowed: true,
          basis: 'shopper_asked',
          reason: 'Heed may contact this shopper: the shopper asked for help.',
        },
        shopperRequest: {
          at: NOW - 3 * 60_000,
          surface: 'thank_you',
          channel: 'phone',
          contact: {email: null, phone: '+1 514 555 0123'},
          locale: 'fr-CA',
          told: 'within about 15 minutes',
          dueAt: NOW + 12 * 60_000,
          sla: 'the rule “Failed promise” (15 minutes)',
        },
      }),
    );
    const asked = section('The shopper asked for a person');
    expect(asked).toContain('Asked on the Thank you page');
    expect(asked).toContain('to be contacted by phone at +1 514 555 0123.');
    expect(asked).toContain('Heed told them to expect contact within about 15 minutes, in French.');
    expect(asked).toContain('The deadline follows the rule “Failed promise” (15 minutes).');
    expect(section('Contact')).toContain('the shopper asked for help');
    expect(unexpected).toEqual([]);
  });

  it('when the case holds no request of the shopper, then no such card shows', async () => {
    await openCase({});
    expect(
      document.querySelector('section[aria-label="The shopper asked for a person"]'),
    ).toBeNull();
  });

  it('when Shopify could not be reached, then a warning says the status could not be refreshed, never "new", and Refresh status asks again', async () => {
    const unavailable = caseView({
      shopper: {
        status: {state: 'unavailable', readAt: NOW},
        words: 'Shopify could not be reached, so the shopper’s status could not be refreshed',
        contact: null,
      },
    });
    const {writes} = await openCase({[action('refresh-status')]: ok(caseView())}, unavailable);
    const shopper = section('Shopper');
    expect(shopper).toContain('The shopper’s status could not be refreshed');
    expect(shopper).toContain('Shopify could not be reached');
    expect(shopper).not.toMatch(/\bnew\b/i);
    const banner = document.querySelector(
      'section[aria-label="Shopper"] [role="status"], section[aria-label="Shopper"] .Polaris-Banner',
    );
    expect(banner).not.toBeNull();
    await click(pageButton(document.body, 'Refresh status'));
    await eventually(() => expect(section('Shopper')).toContain('Customer since March 2019'));
    expect(writes()).toEqual([
      {method: 'POST', path: `${CASE_PATH}/refresh-status`, search: '', body: {}},
    ]);
  });
});

describe('case page: acting on it', () => {
  const claimed = caseView({
    case: {status: 'claimed', assignee: {userId: '4101', name: 'Anna Berg'}},
  });

  /** What the staff member does before clicking: choose a person, type a note. */
  type Prepare = () => Promise<void>;
  it.each<{button: string; path: string; body: unknown; prepare: Prepare}>([
    {button: 'Claim', path: 'claim', body: {}, prepare: async () => undefined},
    {
      button: 'Hand over',
      path: 'handover',
      body: {userId: BEN.userId},
      prepare: () => fill('case-handover', BEN.userId),
    },
    {
      button: 'Add note',
      path: 'note',
      body: {text: 'Asked to be called at 3.'},
      prepare: () => fill('case-note', 'Asked to be called at 3.'),
    },
    {
      button: 'Resolve',
      path: 'resolve',
      body: {outcome: 'not_interested', note: 'Bought elsewhere.'},
      prepare: async () => {
        await fill('case-resolve-outcome', 'not_interested');
        await fill('case-resolve-note', 'Bought elsewhere.');
      },
    },
  ])(
    'when the staff member clicks $button, then POST …/$path is sent with its body and the answer replaces the case',
    async ({button, path, body, prepare}) => {
      const {writes} = await openCase({[action(path)]: ok(claimed)});
      await prepare();
      await click(pageButton(document.body, button));
      await eventually(() => expect(section('Case')).toContain('Claimed'));
      expect(writes()).toEqual([{method: 'POST', path: `${CASE_PATH}/${path}`, search: '', body}]);
      expect(toasts).toHaveLength(1);
    },
  );

  it('when the staff member snoozes until a time, then that instant is sent; a snoozed case offers Wake', async () => {
    const until = NOW + 3 * 60 * 60_000;
    // No overview here: the shop's zone is unknown, so the field is on UTC's clock.
    const local = toLocalDateTime(until, 'UTC');
    const at = Math.floor(until / 60_000) * 60_000;
    const snoozed = caseView({case: {snoozedUntil: at}});
    const {writes} = await openCase({
      [action('snooze')]: ok(snoozed),
      [action('wake')]: ok(caseView()),
    });
    await fill('case-snooze-until', local);
    await click(pageButton(document.body, 'Snooze'));
    await eventually(() => expect(section('Actions')).toContain('Snoozed until'));
    expect(writes()[0]?.body).toEqual({until: at});
    await click(pageButton(document.body, 'Wake'));
    await eventually(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]).toMatchObject({path: `${CASE_PATH}/wake`, body: {}});
  });

  it('when the case is resolved, then Reopen sends POST …/reopen', async () => {
    const resolved = caseView({
      case: {status: 'resolved', resolvedAt: NOW, outcome: 'will_buy_later'},
    });
    const {writes} = await openCase({[action('reopen')]: ok(caseView())}, resolved);
    expect(section('Case')).toContain('Will buy later');
    await click(pageButton(document.body, 'Reopen'));
    await eventually(() =>
      expect(writes()).toEqual([
        {method: 'POST', path: `${CASE_PATH}/reopen`, search: '', body: {}},
      ]),
    );
  });
});

describe('case page: contacting the shopper', () => {
  it('when the case is resolved, then no contact is offered and the page says to reopen it first', async () => {
    const resolved = caseView({
      case: {status: 'resolved', resolvedAt: NOW, outcome: 'purchased'},
    });
    const {unexpected} = await openCase({}, resolved);
    expect(section('Contact')).toContain('Reopen it to contact the shopper again');
    for (const name of ['Record call', 'Send as email', 'Resume the order']) {
      expect([...document.querySelectorAll('button')].some((b) => b.textContent === name)).toBe(
        false,
      );
    }
    expect(unexpected).toEqual([]);
  });

  it('when Heed has no basis to contact, then every contact is disabled and the reason is shown', async () => {
    const reason =
      'The shopper is not subscribed to email and no promise was broken: Heed may not contact them.';
    const {writes} = await openCase(
      {},
      caseView({contactBasis: {allowed: false, basis: null, reason}}),
    );
    expect(section('Contact')).toContain('Heed has no basis to contact this shopper');
    expect(section('Contact')).toContain(reason);
    for (const name of ['Record call', 'Send as email', 'Copy message']) {
      const button = pageButton(document.body, name);
      expect(button.disabled || button.getAttribute('aria-disabled') === 'true').toBe(true);
    }
    await click(pageButton(document.body, 'Record call'));
    expect(writes()).toEqual([]);
  });

  it('when a call is recorded, then its outcome and notes are sent', async () => {
    const {writes} = await openCase({[action('call')]: ok(caseView())});
    expect(document.querySelector('a[href="tel:+1 514 555 0199"]')).not.toBeNull();
    await fill('case-call-outcome', 'voicemail');
    await fill('case-call-notes', 'Left a message about the 20%.');
    await click(pageButton(document.body, 'Record call'));
    await eventually(() =>
      expect(writes()).toEqual([
        {
          method: 'POST',
          path: `${CASE_PATH}/call`,
          search: '',
          body: {outcome: 'voicemail', notes: 'Left a message about the 20%.'},
        },
      ]),
    );
  });

  it('when the staff member edits the suggested message and sends it as email, then the edited words are sent', async () => {
    const {writes} = await openCase({[action('message')]: ok(caseView())});
    expect((document.getElementById('case-message-subject') as HTMLInputElement).value).toBe(
      'Your 20% off, made right',
    );
    await fill('case-message-body', 'Hello Marie, I applied your 20% myself.');
    await click(pageButton(document.body, 'Send as email'));
    await eventually(() =>
      expect(writes()[0]).toEqual({
        method: 'POST',
        path: `${CASE_PATH}/message`,
        search: '',
        body: {
          method: 'email',
          subject: 'Your 20% off, made right',
          body: 'Hello Marie, I applied your 20% myself.',
        },
      }),
    );
  });

  it('when the reply check finds the message contradicts the case, then its facts show, and Send anyway sends it past them', async () => {
    const warning =
      '“Thank you for registering”: the shopper has ordered 14 times and has been a customer since March 2019.';
    let refused = true;
    const {writes} = await openCase({
      [action('message')]: (request) =>
        refused
          ? failing(409, 'CONFLICT', `Heed found a problem in this message: ${warning}`, {
              problems: [{path: 'replyCheck.thanks_for_registering', message: warning}],
            })(request)
          : ok(caseView())(request),
    });
    await fill('case-message-body', 'Thank you for registering. Your 20% is applied.');
    await click(pageButton(document.body, 'Send as email'));
    await eventually(() =>
      expect(document.body.textContent).toContain('Heed found a problem in this message'),
    );
    expect(document.body.textContent).toContain(warning);
    expect(document.body.textContent).not.toContain('This shopper has already ordered');
    refused = false;
    await click(pageButton(document.body, 'Send anyway'));
    await eventually(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]?.body).toEqual({
      method: 'email',
      subject: 'Your 20% off, made right',
      body: 'Thank you for registering. Your 20% is applied.',
      acknowledged: ['thanks_for_registering'],
    });
  });

  it('when the staff member copies the message, then it goes to the clipboard and Mark as sent records it as copied', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    const {writes} = await openCase({[action('message')]: ok(caseView())});
    await click(pageButton(document.body, 'Copy message'));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('the code WINTER20 from our email was refused'),
    );
    await click(pageButton(document.body, 'Mark as sent'));
    await eventually(() =>
      expect(writes()[0]?.body).toMatchObject({
        method: 'copied',
        subject: 'Your 20% off, made right',
      }),
    );
  });

  it('when the order is resumed, then the invoice link, the dropped line and how the discount went in are shown, and the invoice goes with the message', async () => {
    const draft = {
      id: 'gid://shopify/DraftOrder/77',
      name: '#D12',
      invoiceUrl: 'https://furs.example/invoices/abc',
      discount: {
        kind: 'applied',
        title: 'Winter clearance 20%',
        value: 20,
        valueType: 'PERCENTAGE',
      },
      droppedLines: [{title: 'Gift wrap', quantity: 1}],
      createdAt: NOW,
      invoiceSentAt: null,
    };
    const resumed = caseView({case: {draftOrder: draft}});
    const {writes} = await openCase({
      [action('resume')]: ok(resumed),
      [action('invoice')]: ok(resumed),
    });
    await click(pageButton(document.body, 'Resume the order'));
    await eventually(() =>
      expect(section('Contact')).toContain('https://furs.example/invoices/abc'),
    );
    const contact = section('Contact');
    expect(contact).toContain('Gift wrap × 1');
    expect(contact).toContain('an equal discount went in instead: Winter clearance 20% (20%)');
    await click(pageButton(document.body, 'Send invoice with this message'));
    await eventually(() => expect(writes()).toHaveLength(2));
    expect(writes()).toEqual([
      {method: 'POST', path: `${CASE_PATH}/resume`, search: '', body: {}},
      {
        method: 'POST',
        path: `${CASE_PATH}/invoice`,
        search: '',
        body: {
          subject: 'Your 20% off, made right',
          body: 'Hello Marie, the code WINTER20 from our email was refused at checkout. I have set your order aside with the 20% off.',
        },
      },
    ]);
  });

  it('when a refund is owed, then it is sent only after the confirmation', async () => {
    const owed = caseView({
      refund: {
        owed: {amount: 53.11, currencyCode: 'USD'},
        orderId: 'gid://shopify/Order/1043',
        orderName: '#1043',
      },
    });
    const {writes} = await openCase({[action('refund')]: ok(caseView())}, owed);
    expect(section('Contact')).toContain('the promise owed $53.11');
    await click(pageButton(document.body, 'Refund the difference'));
    expect(writes()).toEqual([]);
    await eventually(() => expect(document.body.textContent).toContain('Refund $53.11 on #1043?'));
    await click(pageButton(document.body, 'Refund $53.11'));
    await eventually(() =>
      expect(writes()).toEqual([
        {method: 'POST', path: `${CASE_PATH}/refund`, search: '', body: {}},
      ]),
    );
  });

  it('when the shopper has ordered since (409), then the server’s message shows in a banner and the case is read again', async () => {
    const message = 'Marie Tremblay already ordered: #1043 at 10:52.';
    const {reads} = await openCase({[action('call')]: failing(409, 'CONFLICT', message)});
    await click(pageButton(document.body, 'Record call'));
    await eventually(() =>
      expect(document.body.textContent).toContain('This shopper has already ordered'),
    );
    expect(document.body.textContent).toContain(message);
    await eventually(() => expect(reads(CASE_PATH).length).toBeGreaterThanOrEqual(2));
  });

  it('when an action fails for another reason, then the banner carries the request id and Try again sends it again', async () => {
    let fail = true;
    const {writes} = await openCase({
      [action('claim')]: (request) =>
        fail
          ? failing(502, 'SHOPIFY_UNAVAILABLE', 'Shopify is not answering.')(request)
          : ok(caseView())(request),
    });
    await click(pageButton(document.body, 'Claim'));
    await eventually(() =>
      expect(document.body.textContent).toContain('Heed couldn’t claim the case'),
    );
    expect(document.body.textContent).toContain('req-502');
    fail = false;
    await act(async () => pageButton(document.body, 'Try again').click());
    await eventually(() => expect(writes()).toHaveLength(2));
    await eventually(() => expect(document.body.textContent).not.toContain('req-502'));
  });

  it('when the server refuses a contact without a basis (403), then its reason is shown and nothing else changes', async () => {
    const reason = 'The shopper unsubscribed from email yesterday: Heed may not write to them.';
    const {container} = await openCase({[action('message')]: failing(403, 'FORBIDDEN', reason)});
    await click(pageButton(container, 'Send as email'));
    await eventually(() =>
      expect(document.body.textContent).toContain('Heed can’t record the message'),
    );
    expect(document.body.textContent).toContain(reason);
    expect(section('Case')).toContain('New');
  });
});

describe('case page: live', () => {
  it('when the case changes elsewhere (an event names it), then the page reads it again', async () => {
    const {streams, reads} = await openCase({});
    await eventually(() => expect(streams).toHaveLength(1));
    await streams[0]?.send('case', {...caseView().case, status: 'resolved'});
    await eventually(() => expect(reads(CASE_PATH)).toHaveLength(2));
    await streams[0]?.send('case', {...caseView().case, id: 'someone-else'});
    expect(reads(CASE_PATH)).toHaveLength(2);
  });
});
