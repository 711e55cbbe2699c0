import {wallTimeOrder} from './datetime-local';
import {FORM_FIELDS} from './field-labels';
import {
  splitLines,
  splitList,
  type CampaignFormValues,
  type FieldErrors,
  type FormField,
} from './form-values';

/** The server's limits (web/server/campaigns/campaign.ts), so the form refuses what it would. */
const MAX_NAME_CHARS = 200;
const MAX_DESCRIPTION_CHARS = 200;
const MAX_CODES = 20;
const MAX_CODE_CHARS = 255;
const MAX_SEGMENTS = 50;
const MAX_PICKED = 50;
const MAX_LINKS = 200;
const MAX_LINK_CHARS = 2000;
const MAX_RECIPIENTS = 100_000_000;
const MAX_EMAIL_HTML_BYTES = 512 * 1024;
const ATTRIBUTION_KEY = /^[A-Za-z0-9._-]{1,100}$/;

type Rule = (values: CampaignFormValues) => string | undefined;

/** One rule per field: what is wrong with it, in the server's words, or `undefined`. */
const RULES: Partial<Record<FormField, Rule>> = {
  name: ({name}) => {
    if (name.trim() === '') return 'Give the campaign a name';
    if (name.trim().length > MAX_NAME_CHARS) return `Use at most ${MAX_NAME_CHARS} characters`;
  },
  value: ({kind, value}) => {
    if (kind === 'free_shipping') return undefined;
    const amount = numberOrNull(value);
    if (amount === null || amount <= 0) return 'Say how much the email promises';
    if (kind === 'percentage' && amount > 100) return 'A percentage cannot be over 100';
  },
  scopeDescription: ({scopeDescription}) =>
    scopeDescription.trim().length > MAX_DESCRIPTION_CHARS
      ? `Use at most ${MAX_DESCRIPTION_CHARS} characters`
      : undefined,
  segmentIds: ({audienceType, segmentIds}) => {
    if (audienceType !== 'segment') return undefined;
    if (segmentIds.length === 0) return 'Add the segment the email is sent to';
    if (segmentIds.length > MAX_SEGMENTS) return `Add at most ${MAX_SEGMENTS} segments`;
  },
  scopeItems: ({scopeType, scopeItems}) =>
    scopeType !== 'entire_order' && scopeItems.length > MAX_PICKED
      ? `Pick at most ${MAX_PICKED}`
      : undefined,
  minimumValue: ({minimumType, minimumValue}) => {
    if (minimumType === 'none') return undefined;
    const minimum = numberOrNull(minimumValue);
    if (minimum === null || minimum <= 0) return 'Enter the minimum the offer requires';
    if (minimumType === 'quantity' && !Number.isInteger(minimum)) {
      return 'Enter a whole number of items';
    }
  },
  discountCodes: ({discountCodes}) => {
    const codes = splitList(discountCodes);
    if (codes.length === 0) return 'Add the discount code the email promises';
    if (codes.length > MAX_CODES) return `Add at most ${MAX_CODES} codes`;
    if (codes.some((code) => /\s/.test(code))) return 'A discount code cannot contain spaces';
    if (codes.some((code) => code.length > MAX_CODE_CHARS)) {
      return `A code has at most ${MAX_CODE_CHARS} characters`;
    }
  },
  sendAt: ({sendAt, promiseEndsAt, promiseStartsAt}) => {
    const send = wallTimeOrder(sendAt);
    if (send === null) return 'Enter when the email is sent';
    const ends = wallTimeOrder(promiseEndsAt);
    const starts = wallTimeOrder(promiseStartsAt);
    // When the window itself is wrong, that is the one problem to fix first.
    const windowOk = starts === null || ends === null || ends > starts;
    if (ends !== null && windowOk && send > ends)
      return 'The email would be sent after the offer ends';
  },
  promiseStartsAt: ({promiseStartsAt}) =>
    wallTimeOrder(promiseStartsAt) === null ? 'Enter when the offer starts' : undefined,
  promiseEndsAt: ({promiseStartsAt, promiseEndsAt}) => {
    const ends = wallTimeOrder(promiseEndsAt);
    if (ends === null) return 'Enter when the offer ends';
    const starts = wallTimeOrder(promiseStartsAt);
    if (starts !== null && ends <= starts) return 'The offer window must end after it starts';
  },
  recipients: ({recipients}) => {
    if (recipients.trim() === '') return undefined;
    const count = numberOrNull(recipients);
    if (count === null || !Number.isInteger(count) || count < 0) {
      return 'Enter a whole number, or leave it empty';
    }
    if (count > MAX_RECIPIENTS) return 'That is more than Heed can check';
  },
  attributionKey: ({attributionKey}) => {
    const key = attributionKey.trim();
    if (key === '') return 'Give the campaign a link tag';
    if (!ATTRIBUTION_KEY.test(key)) {
      return 'Use letters, digits, dots, dashes and underscores (at most 100)';
    }
  },
  emailLinks: ({emailLinks}) => {
    const links = splitLines(emailLinks);
    if (links.length > MAX_LINKS) return `Add at most ${MAX_LINKS} links`;
    if (links.some((link) => link.length > MAX_LINK_CHARS)) {
      return 'A link is longer than 2,000 characters';
    }
  },
  emailHtml: ({emailHtml}) =>
    new TextEncoder().encode(emailHtml).length > MAX_EMAIL_HTML_BYTES
      ? 'The email HTML is larger than 512 KB'
      : undefined,
};

export function formErrors(values: CampaignFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FORM_FIELDS) {
    const message = RULES[field]?.(values);
    if (message !== undefined) errors[field] = message;
  }
  return errors;
}

/** `null` for an empty or unreadable field; `NaN` never leaves this function. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}
