import {z} from 'zod/mini';
import {sayFrom, type Say} from './schema-messages';

/**
 * What `PUT /api/settings/notifications` accepts, for the server and the admin's form alike:
 * which case changes each channel announces, and the Slack incoming-webhook URL. Refusals are
 * message codes: English on the server (`NOTIFICATION_MESSAGES`), the admin's language in the form.
 */

/** The case changes a person is told about. `asked`: the shopper asked for a person. */
export const NOTIFIED_CHANGES = ['opened', 'raised', 'reopened', 'escalated', 'asked'] as const;
export type NotifiedChange = (typeof NOTIFIED_CHANGES)[number];

export const NOTIFICATION_LIMITS = {urlChars: 300, addressChars: 320} as const;

export const NOTIFICATION_MESSAGES = {
  changes: 'Choose among the listed changes',
  slackUrl: 'Use the webhook URL Slack gave you: https://hooks.slack.com/services/…',
  to: 'Enter an email address like you@example.com',
} as const;

export type NotificationMessage = keyof typeof NOTIFICATION_MESSAGES;
export type SayNotification = Say<NotificationMessage>;
export const englishNotification: SayNotification = sayFrom(NOTIFICATION_MESSAGES);

/**
 * Where Heed may post a Slack message. Heed's server posts to the URL a shop gives: any URL would
 * let a shop make Heed call into its own network, so only Slack's webhook host is accepted. Demo
 * and tests may also name a loopback server of their own.
 * https://api.slack.com/messaging/webhooks
 */
const SLACK_WEBHOOK = /^https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/-]{10,200}$/;
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/[A-Za-z0-9_/.-]{0,200}$/;

export interface SlackUrlPolicy {
  /**
   * True outside production: a local test or demo endpoint is allowed as well. The admin cannot
   * know the server's policy, so its form allows loopback and leaves narrowing to the server.
   */
  allowLoopback: boolean;
}

export function isSlackWebhookUrl(url: string, policy: SlackUrlPolicy): boolean {
  return (
    url.length <= NOTIFICATION_LIMITS.urlChars &&
    (SLACK_WEBHOOK.test(url) || (policy.allowLoopback && LOOPBACK.test(url)))
  );
}

export function slackWebhookUrlSchema(
  policy: SlackUrlPolicy,
  say: SayNotification = englishNotification,
) {
  return z.pipe(
    z.pipe(
      z.string({error: say('slackUrl')}),
      z.transform((url) => url.trim()),
    ),
    z.string().check(z.refine((url) => isSlackWebhookUrl(url, policy), {error: say('slackUrl')})),
  );
}

/** A channel's changes, each once, in Heed's order whatever order they came in. */
export function notifiedChangesSchema(say: SayNotification = englishNotification) {
  return z.pipe(
    z
      .array(z.enum(NOTIFIED_CHANGES, {error: say('changes')}), {error: say('changes')})
      .check(z.maxLength(NOTIFIED_CHANGES.length, {error: say('changes')})),
    z.transform((changes) => NOTIFIED_CHANGES.filter((c) => changes.includes(c))),
  );
}

export function notificationSettingsInputSchema(
  policy: SlackUrlPolicy,
  say: SayNotification = englishNotification,
) {
  const changes = notifiedChangesSchema(say);
  return z.strictObject({
    email: z.strictObject({changes}),
    slack: z.strictObject({
      changes,
      /** A URL to set, null to remove Slack, omitted to keep the saved one. */
      webhookUrl: z.optional(z.nullable(slackWebhookUrlSchema(policy, say))),
    }),
  });
}

export type NotificationSettingsInput = z.output<
  ReturnType<typeof notificationSettingsInputSchema>
>;

/** `POST /api/settings/notifications/test`'s body. */
export function notificationTestInputSchema(
  policy: SlackUrlPolicy,
  say: SayNotification = englishNotification,
) {
  return z.discriminatedUnion('channel', [
    z.strictObject({
      channel: z.literal('email'),
      /** Omitted: the address of the person asking. */
      to: z.optional(
        z.email({error: say('to')}).check(z.maxLength(NOTIFICATION_LIMITS.addressChars)),
      ),
    }),
    z.strictObject({
      channel: z.literal('slack'),
      /** Omitted: the saved channel; given: try a URL before saving it. */
      webhookUrl: z.optional(slackWebhookUrlSchema(policy, say)),
    }),
  ]);
}
