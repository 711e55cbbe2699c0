import type {TFunction} from 'i18next';

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

export function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

/**
 * A line a marketer scans in a checklist (`campaigns:findingTitles`); the finding's own
 * explanation carries the numbers. A code this admin does not know yet (a newer server) still
 * gets a readable title.
 */
export function findingTitle(code: string, t: TFunction<'campaigns'>): string {
  return t(`findingTitles.${isFindingCode(code) ? code : 'unknown'}`);
}
