import type {Wording} from '../sentences/wording';

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

/**
 * Where in Shopify admin the merchant makes the fix: a discount by its GID, the discounts list
 * (to create a missing code), or none when the fix is in the email itself.
 */
export type FixPlace =
  | {kind: 'discount'; id: string}
  | {kind: 'automatic_discount'; id: string}
  | {kind: 'discounts'};
export type Severity = 'blocker' | 'warning' | 'info';

/** One thing Heed found, in words a marketer acts on: what is wrong, with the numbers, and the fix. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The discount code or link the finding is about, when there is one. */
  subject: string | null;
  /** In English, as the finding was first worded (staff, logs, and reports read before wordings). */
  explanation: string;
  fix: string;
  /** Absent on reports stored before fixes carried a place, and on fixes made in the email. */
  fixAt?: FixPlace;
  /**
   * The same sentences as facts, worded again for each reader; absent on reports stored before
   * findings carried them, which keep their English.
   */
  wording?: FindingWording;
}

export interface FindingWording {
  explanation: Wording;
  fix: Wording;
}

/** A finding as a check states it: its sentences as wordings, not yet words. */
export interface CheckedFinding extends Omit<Finding, 'explanation' | 'fix' | 'wording'> {
  explanation: Wording;
  fix: Wording;
}

export type Health = 'ready' | 'warnings' | 'blocked';

export interface VerificationReport {
  checkedAt: number;
  health: Health;
  findings: Finding[];
}

export function healthOf(findings: Finding[]): Health {
  if (findings.some((f) => f.severity === 'blocker')) return 'blocked';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ready';
}
