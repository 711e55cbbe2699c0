import type {FindingCode} from './finding-titles';

export interface CheckGroup {
  /** Its words are `campaigns:checks.<id>.title` and `.passed` (what passing means, said to the merchant). */
  id: 'exists' | 'active' | 'amount' | 'scope' | 'uses' | 'competition' | 'links';
  codes: readonly FindingCode[];
}

/**
 * Every finding code belongs to one check, so a report can also say what passed: a checklist
 * with only problems on it does not tell the merchant that the rest was looked at.
 */
export const CHECK_GROUPS: readonly CheckGroup[] = [
  {
    id: 'exists',
    codes: ['DISCOUNT_NOT_FOUND'],
  },
  {
    id: 'active',
    codes: ['DISCOUNT_EXPIRED', 'DISCOUNT_NOT_STARTED', 'ENDS_BEFORE_PROMISE_ENDS'],
  },
  {
    id: 'amount',
    codes: ['VALUE_MISMATCH', 'KIND_MISMATCH', 'MINIMUM_NOT_DISCLOSED'],
  },
  {
    id: 'scope',
    codes: ['SCOPE_NARROWER_THAN_PROMISED', 'SCOPE_NOT_CHECKED', 'AUDIENCE_EXCLUDED'],
  },
  {
    id: 'uses',
    codes: ['USAGE_LIMIT_TOO_LOW', 'ONCE_PER_CUSTOMER'],
  },
  {
    id: 'competition',
    codes: ['AUTOMATIC_DISCOUNT_CONFLICT'],
  },
  {
    id: 'links',
    codes: ['LINK_MISSING_CODE', 'LINK_WRONG_DOMAIN', 'NO_CODE_IN_EMAIL'],
  },
];

/** The checks that produced none of `codes`. */
export function passedChecks(codes: readonly string[]): CheckGroup[] {
  const found = new Set(codes);
  return CHECK_GROUPS.filter((group) => !group.codes.some((code) => found.has(code)));
}
