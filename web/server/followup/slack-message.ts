import type {CasePriority} from './types';

/**
 * The Slack message that tells the team about a case: the shopper's problem in one sentence and
 * the link that opens it in the Shopify admin. Pure. Slack reads `&`, `<` and `>` as markup, so a
 * shopper's words are escaped; `text` alone is what notifications and screen readers show.
 * https://api.slack.com/reference/surfaces/formatting#escaping
 */

export interface SlackMessageFacts {
  shopName: string;
  /** `opened`, `raised`, `reopened` or `escalated`. */
  change: string;
  priority: CasePriority;
  headline: string;
  link: string;
}

export interface SlackPayload {
  text: string;
  unfurl_links: false;
}

const WHAT: Record<string, string> = {
  opened: 'New case',
  raised: 'Case raised',
  reopened: 'Case reopened',
  escalated: 'Case overdue, for a lead',
};

export function slackMessage(facts: SlackMessageFacts): SlackPayload {
  const what = WHAT[facts.change] ?? 'Case update';
  return {
    text: `*${what}* (${facts.priority}) at ${escape(facts.shopName)}: ${escape(oneLine(facts.headline))} <${facts.link}|Open the case>`,
    unfurl_links: false,
  };
}

export function slackTestMessage(shopName: string): SlackPayload {
  return {
    text: `This is a test from Heed for ${escape(shopName)}. It arrived, so new and overdue cases will be announced in this channel.`,
    unfurl_links: false,
  };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
