import {z} from 'zod';

/**
 * Where Heed may post a Slack message. A shop gives an incoming-webhook URL, and Heed's server
 * then posts to it: any URL would let a shop make Heed call into its own network, so only Slack's
 * webhook host is accepted. Demo and tests may also name a loopback server of their own.
 * https://api.slack.com/messaging/webhooks
 */
const SLACK_WEBHOOK = /^https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/-]{10,200}$/;
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/[A-Za-z0-9_/.-]{0,200}$/;
const MAX_URL_CHARS = 300;

export interface SlackUrlPolicy {
  /** True outside production: a local test or demo endpoint is allowed as well. */
  allowLoopback: boolean;
}

export function slackWebhookUrlSchema(policy: SlackUrlPolicy) {
  return z
    .string()
    .trim()
    .max(MAX_URL_CHARS)
    .refine(
      (url) => SLACK_WEBHOOK.test(url) || (policy.allowLoopback && LOOPBACK.test(url)),
      'Use the webhook URL Slack gave you: https://hooks.slack.com/services/…',
    );
}

/** The URL as a page may show it: enough to recognise, never enough to post with. */
export function maskedWebhookUrl(url: string): string {
  const match = /^(https?:\/\/[^/]+\/(?:services\/)?)(.*)$/.exec(url);
  if (!match) return '…';
  const [, head = '', rest = ''] = match;
  return `${head}${rest.slice(0, 4)}…`;
}
