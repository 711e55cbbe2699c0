import type {MailMessage} from '../mail/mailer';
import type {CasePriority} from './types';

/**
 * The email that tells a staff member about a case: the shopper's problem in one sentence and the
 * link that opens the case in the Shopify admin. Pure.
 */

export interface StaffEmailFacts {
  to: string;
  recipientName: string | null;
  shopName: string;
  /** `opened`, `raised`, `reopened`, `escalated` or `asked`, from the outbox row's event key. */
  change: string;
  priority: CasePriority;
  /** The case's headline: the shopper's problem, in one sentence. */
  headline: string;
  link: string;
}

const WHAT: Record<string, string> = {
  opened: 'New case',
  raised: 'Case raised',
  reopened: 'Case reopened',
  escalated: 'Case overdue',
  asked: 'Shopper request',
};

export function staffEmail(facts: StaffEmailFacts): MailMessage {
  const what = WHAT[facts.change] ?? 'Case update';
  const greeting = facts.recipientName ? `Hello ${facts.recipientName},` : 'Hello,';
  return {
    to: facts.to,
    subject: `${what} (${facts.priority}) at ${facts.shopName}: ${oneLine(facts.headline)}`,
    text: [
      greeting,
      '',
      `${what} for you at ${facts.shopName}, ${facts.priority} priority:`,
      oneLine(facts.headline),
      '',
      `Open the case: ${facts.link}`,
      '',
      '— Heed',
    ].join('\n'),
  };
}

/**
 * The case page inside the Shopify admin: the embedded app's URL (`admin.shopify.com/store/<store>
 * /apps/<api key>`, as shopify-api's `buildEmbeddedAppUrl` forms it) and the app's own route.
 */
export function caseAdminLink(shop: string, apiKey: string, caseId: string): string {
  const store = shop.replace(/\.myshopify\.com$/, '');
  return `https://admin.shopify.com/store/${encodeURIComponent(store)}/apps/${encodeURIComponent(apiKey)}/inbox/${encodeURIComponent(caseId)}`;
}

/**
 * The case a message links to with `caseAdminLink`, read back from its text: the inverse, kept
 * beside it so that the two change together. Null when the text holds no such link.
 */
export function findCaseLink(text: string, apiKey: string): {url: string; caseId: string} | null {
  const app = encodeURIComponent(apiKey).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(
    `https://admin\\.shopify\\.com/store/[^/\\s]+/apps/${app}/inbox/([^/?#\\s|<>"']+)`,
  ).exec(text);
  const id = found?.[1];
  if (!found || !id) return null;
  try {
    return {url: found[0], caseId: decodeURIComponent(id)};
  } catch {
    return null;
  }
}

/** A subject is one line: a sentence with a line break would break the header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The change an event key names: `raised:3` → `raised`. */
export function changeOf(eventKey: string): string {
  return eventKey.split(':')[0] ?? eventKey;
}
