import {describe, expect, it} from 'vitest';
import {createDemoMailbox, type ReceivedMessage} from '../../../web/server/demo/mailbox';
import {caseAdminLink, findCaseLink} from '../../../web/server/followup/staff-email';

const SHOP = 'fabulous-furs.myshopify.com';
const API_KEY = 'heed-demo-api-key';

const message = (body: string, channel: 'email' | 'slack' = 'email'): ReceivedMessage => ({
  channel,
  receivedAt: 0,
  from: null,
  to: [],
  subject: null,
  body,
  caseLink: null,
});

describe('the demo mailbox', () => {
  it('when more messages arrive than it keeps, then the oldest drop off and the newest come first', () => {
    const mailbox = createDemoMailbox(3);
    for (const body of ['1', '2', '3', '4', '5']) mailbox.receive(message(body));
    expect(mailbox.list().map((m) => [m.id, m.body])).toEqual([
      [5, '5'],
      [4, '4'],
      [3, '3'],
    ]);
  });

  it('when asked for one channel, then it lists that channel’s messages only', () => {
    const mailbox = createDemoMailbox();
    mailbox.receive(message('to Omar'));
    mailbox.receive(message('to #support', 'slack'));
    expect(mailbox.list('slack').map((m) => m.body)).toEqual(['to #support']);
    expect(mailbox.list('email').map((m) => m.body)).toEqual(['to Omar']);
  });
});

describe('reading a case link back from a message', () => {
  const id = '0b1e6a7c-3f0e-4c9a-9d6e-2f1d3c4b5a69';
  const link = caseAdminLink(SHOP, API_KEY, id);

  it.each([
    ['a staff email’s line', `Open the case: ${link}\n\n— Heed`],
    ['a Slack link in mrkdwn', `<${link}|Open the case>`],
    ['a button’s url in a JSON payload', JSON.stringify({url: link})],
  ])('when it is %s, then the case and its link are found', (_what, text) => {
    expect(findCaseLink(text, API_KEY)).toEqual({url: link, caseId: id});
  });

  it.each([
    ['no link', 'Test email from Heed'],
    ['another app’s case link', caseAdminLink(SHOP, 'another-app', id)],
    [
      'a page that is not a case',
      'https://admin.shopify.com/store/fabulous-furs/apps/heed-demo-api-key/rules',
    ],
  ])('when the text has %s, then no case is found', (_what, text) => {
    expect(findCaseLink(text, API_KEY)).toBeNull();
  });
});
