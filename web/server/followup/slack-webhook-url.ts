/**
 * Where Heed may post a Slack message: the schema and policy the admin's form shares
 * (web/shared/notification-schemas.ts).
 */
export {slackWebhookUrlSchema, type SlackUrlPolicy} from '../../shared/notification-schemas';

/** The URL as a page may show it: enough to recognise, never enough to post with. */
export function maskedWebhookUrl(url: string): string {
  const match = /^(https?:\/\/[^/]+\/(?:services\/)?)(.*)$/.exec(url);
  if (!match) return '…';
  const [, head = '', rest = ''] = match;
  return `${head}${rest.slice(0, 4)}…`;
}
