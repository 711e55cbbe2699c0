import type {CampaignPromise} from '../campaigns/campaign';

/** The kinds of problem a case is about, each with its own suggested message. */
export const PROBLEM_KINDS = [
  'promise_not_applied',
  'promise_missing_on_order',
  'code_refused',
  'checkout_problem',
  'abandoned_cart',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const MESSAGE_LANGUAGES = ['en', 'de', 'fr'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** Everything a message may name, read from the case; null parts are left out, never guessed. */
export interface MessageFacts {
  shopName: string;
  shopperName: string | null;
  staffName: string | null;
  campaignName: string | null;
  /** The promise's terms, to word in the shopper's language; else `promiseSentence` as it stood. */
  terms: CampaignPromise | null;
  promiseSentence: string | null;
  currencyCode: string;
  code: string | null;
  /** The exact words checkout showed the shopper. */
  alertText: string | null;
  items: Array<{title: string; quantity: number}>;
  /** The invoice link of the order the staff member resumed. */
  invoiceUrl: string | null;
  /** Whether that resumed order carries the promised discount. */
  draftHasDiscount: boolean;
  /** The amount the staff member refunded, when they did. */
  refunded: {amount: number; currencyCode: string} | null;
}

/** One language's wording of every message. */
export interface MessageCopy {
  locale: string;
  greeting(facts: MessageFacts): string;
  signOff(facts: MessageFacts): string;
  promise(terms: CampaignPromise, currencyCode: string): string;
  /** "Faux Fur Throw (2) and Pillow Cover" */
  items(items: MessageFacts['items']): string;
  subject: Record<ProblemKind, (facts: MessageFacts, promise: string | null) => string>;
  body: Record<ProblemKind, (facts: MessageFacts, promise: string | null) => string[]>;
}

export function money(locale: string, amount: number, currencyCode: string): string {
  return new Intl.NumberFormat(locale, {style: 'currency', currency: currencyCode}).format(amount);
}

/** "A, B and C" with the language's word for "and", at most three names and "2 more". */
export function listItems(
  items: MessageFacts['items'],
  and: string,
  more: (n: number) => string,
): string {
  const named = items
    .slice(0, 3)
    .map((i) => (i.quantity > 1 ? `${i.title} (${i.quantity})` : i.title));
  if (items.length > 3) named.push(more(items.length - 3));
  if (named.length <= 1) return named[0] ?? '';
  return `${named.slice(0, -1).join(', ')} ${and} ${named.at(-1) ?? ''}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
