import type {FindingCode} from './finding-titles';

export interface CheckGroup {
  title: string;
  /** What passing this check means, said to the merchant. */
  passed: string;
  codes: readonly FindingCode[];
}

/**
 * Every finding code belongs to one check, so a report can also say what passed: a checklist
 * with only problems on it does not tell the merchant that the rest was looked at.
 */
export const CHECK_GROUPS: readonly CheckGroup[] = [
  {
    title: 'The code exists',
    passed: 'Every code in the campaign is a discount in your store.',
    codes: ['DISCOUNT_NOT_FOUND'],
  },
  {
    title: 'Active for the whole offer',
    passed: 'The code is active from the send date until the offer ends.',
    codes: ['DISCOUNT_EXPIRED', 'DISCOUNT_NOT_STARTED', 'ENDS_BEFORE_PROMISE_ENDS'],
  },
  {
    title: 'The promised amount',
    passed: 'The code gives what the email promises, with no hidden minimum.',
    codes: ['VALUE_MISMATCH', 'KIND_MISMATCH', 'MINIMUM_NOT_DISCLOSED'],
  },
  {
    title: 'The right products and customers',
    passed: 'The code applies to everything promised, for everyone who receives the email.',
    codes: ['SCOPE_NARROWER_THAN_PROMISED', 'SCOPE_NOT_CHECKED', 'AUDIENCE_EXCLUDED'],
  },
  {
    title: 'Enough uses for every recipient',
    passed: 'No usage limit will stop recipients from using the code.',
    codes: ['USAGE_LIMIT_TOO_LOW', 'ONCE_PER_CUSTOMER'],
  },
  {
    title: 'No other discount gets in the way',
    passed: 'No automatic discount competes with the offer during the campaign.',
    codes: ['AUTOMATIC_DISCOUNT_CONFLICT'],
  },
  {
    title: 'Links carry the code',
    passed: 'Every link applies the code, and the email shows it.',
    codes: ['LINK_MISSING_CODE', 'LINK_WRONG_DOMAIN', 'NO_CODE_IN_EMAIL'],
  },
];

/** The checks that produced none of `codes`. */
export function passedChecks(codes: readonly string[]): CheckGroup[] {
  const found = new Set(codes);
  return CHECK_GROUPS.filter((group) => !group.codes.some((code) => found.has(code)));
}
