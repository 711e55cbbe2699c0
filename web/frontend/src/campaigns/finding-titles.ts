/** The finding codes the server reports; stable, so the UI can name and group them. */
export const FINDING_CODES = [
  'DISCOUNT_NOT_FOUND',
  'DISCOUNT_EXPIRED',
  'DISCOUNT_NOT_STARTED',
  'ENDS_BEFORE_PROMISE_ENDS',
  'VALUE_MISMATCH',
  'KIND_MISMATCH',
  'SCOPE_NARROWER_THAN_PROMISED',
  'SCOPE_NOT_CHECKED',
  'AUDIENCE_EXCLUDED',
  'MINIMUM_NOT_DISCLOSED',
  'USAGE_LIMIT_TOO_LOW',
  'ONCE_PER_CUSTOMER',
  'AUTOMATIC_DISCOUNT_CONFLICT',
  'LINK_MISSING_CODE',
  'LINK_WRONG_DOMAIN',
  'NO_CODE_IN_EMAIL',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** A line a marketer scans in a checklist; the finding's own explanation carries the numbers. */
const TITLES: Record<FindingCode, string> = {
  DISCOUNT_NOT_FOUND: 'Code doesn’t exist in your store',
  DISCOUNT_EXPIRED: 'Code has expired',
  DISCOUNT_NOT_STARTED: 'Code isn’t active yet when the email goes out',
  ENDS_BEFORE_PROMISE_ENDS: 'Code ends before the offer does',
  VALUE_MISMATCH: 'Code gives a different amount than the email promises',
  KIND_MISMATCH: 'Code gives a different kind of discount than promised',
  SCOPE_NARROWER_THAN_PROMISED: 'Code covers less than the email promises',
  SCOPE_NOT_CHECKED: 'Heed couldn’t check which products the code covers',
  AUDIENCE_EXCLUDED: 'Some recipients can’t use the code',
  MINIMUM_NOT_DISCLOSED: 'Code needs a minimum purchase the email doesn’t mention',
  USAGE_LIMIT_TOO_LOW: 'Code runs out before every recipient can use it',
  ONCE_PER_CUSTOMER: 'Code works only once per customer',
  AUTOMATIC_DISCOUNT_CONFLICT: 'An automatic discount may take the offer’s place',
  LINK_MISSING_CODE: 'Link doesn’t carry the code',
  LINK_WRONG_DOMAIN: 'Link leads away from your store',
  NO_CODE_IN_EMAIL: 'Email never shows the code',
};

export function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

/** A code this admin does not know yet (a newer server) still gets a readable title. */
export function findingTitle(code: string): string {
  return isFindingCode(code) ? TITLES[code] : 'Something needs your attention';
}
