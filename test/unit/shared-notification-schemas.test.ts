import {describe, expect, it} from 'vitest';
import {
  notificationBodyOf,
  notificationResolver,
  toggled,
  type NotificationFormValues,
} from '../../web/frontend/src/settings/notification-form-state';
import {notifiedChangesSchema} from '../../web/server/followup/followup-settings';
import {
  NOTIFICATION_MESSAGES,
  NOTIFIED_CHANGES,
  notificationSettingsInputSchema,
} from '../../web/shared/notification-schemas';
import {formVerdict, serverVerdict, settingsT} from '../support/form-agreement';

const SLACK_URL = 'https://hooks.slack.com/services/T0FURS/B0FURS/abcdefghijkl';
const filled: NotificationFormValues = {
  email: ['opened', 'escalated'],
  slack: ['opened'],
  webhookUrl: SLACK_URL,
};
// The server outside production, as the form assumes: a local webhook is allowed.
const localServer = notificationSettingsInputSchema({allowLoopback: true});
const production = notificationSettingsInputSchema({allowLoopback: false});

/** The form's verdict with the URL named by its body path, as the server names it. */
async function formSays(values: NotificationFormValues) {
  const verdict = await formVerdict(notificationResolver(settingsT), values);
  return Object.fromEntries(
    Object.entries(verdict).map(([path, message]) => [
      path === 'webhookUrl' ? 'slack.webhookUrl' : path,
      message,
    ]),
  );
}

describe('one notification settings schema, for the form and the server', () => {
  it.each<[string, Partial<NotificationFormValues>]>([
    ['a Slack webhook', {}],
    ['no URL (the saved one stays)', {webhookUrl: ''}],
    ['a URL with spaces around it', {webhookUrl: `  ${SLACK_URL}  `}],
    ['a URL that is not Slack’s', {webhookUrl: 'https://example.com/hook'}],
    ['Slack’s host over plain http', {webhookUrl: SLACK_URL.replace('https', 'http')}],
    ['a local webhook', {webhookUrl: 'http://127.0.0.1:8080/hook'}],
    ['a URL past 300 characters', {webhookUrl: `${SLACK_URL}/${'a'.repeat(300)}`}],
    ['no changes at all', {email: [], slack: []}],
  ])(
    'when the form holds %s, then the form and the server agree, in the same words',
    async (_what, change) => {
      const values = {...filled, ...change};
      expect(await formSays(values)).toEqual(
        serverVerdict(localServer, notificationBodyOf(values)),
      );
    },
  );

  it('when the URL is not Slack’s, then the form refuses it before the round trip', async () => {
    expect(await formSays({...filled, webhookUrl: 'https://example.com/hook'})).toEqual({
      'slack.webhookUrl': NOTIFICATION_MESSAGES.slackUrl,
    });
  });

  it('when a local webhook reaches the production server, then the server alone refuses it', async () => {
    const values = {...filled, webhookUrl: 'http://127.0.0.1:8080/hook'};
    expect(await formSays(values)).toEqual({});
    expect(serverVerdict(production, notificationBodyOf(values))).toEqual({
      'slack.webhookUrl': NOTIFICATION_MESSAGES.slackUrl,
    });
  });

  it('when changes are ticked on and off in any order, then they stay in Heed’s order, as the server stores them', () => {
    const ticked = toggled(toggled(toggled([], 'asked', true), 'opened', true), 'raised', true);
    expect(ticked).toEqual(notifiedChangesSchema.parse(['asked', 'raised', 'opened']));
    expect(toggled(NOTIFIED_CHANGES, 'raised', false)).toEqual([
      'opened',
      'reopened',
      'escalated',
      'asked',
    ]);
  });

  it('when the English words change, then the admin’s English says the same as the server', () => {
    for (const [code, words] of Object.entries(NOTIFICATION_MESSAGES)) {
      expect(
        settingsT(`validation.notifications.${code as keyof typeof NOTIFICATION_MESSAGES}`),
      ).toBe(words);
    }
  });
});
