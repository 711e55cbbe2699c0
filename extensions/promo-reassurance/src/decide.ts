import type {OutcomeReason} from './backend';
import type {CodeStatus, Saved} from './code-status';

/** Where Heed's own attempt to add the code stands. */
export type ApplyAttempt = 'none' | 'pending' | 'succeeded' | 'failed';

export type CheckoutView =
  | {kind: 'hidden'}
  | {kind: 'applying'}
  | {kind: 'applied'; saved: Saved | null}
  | {kind: 'not_applied'; reason: OutcomeReason};

export interface CheckoutFacts {
  status: CodeStatus;
  canUpdateDiscountCodes: boolean;
  attempt: ApplyAttempt;
  /** The code was in the checkout earlier in this visit, so a missing code was removed, not absent. */
  seenBefore: boolean;
  /**
   * Checkout updates codes and allocations separately: a conclusion that the code failed waits
   * until the facts have held still for a moment, and meanwhile the shopper sees "applying".
   */
  settled: boolean;
}

export function shouldApplyCode(facts: CheckoutFacts): boolean {
  return (
    facts.status.kind === 'missing' &&
    facts.canUpdateDiscountCodes &&
    facts.attempt === 'none' &&
    !facts.seenBefore
  );
}

export function decideCheckoutView(facts: CheckoutFacts): CheckoutView {
  const {status, attempt, settled} = facts;
  if (status.kind === 'applying') return {kind: 'applied', saved: status.saved};
  if (attempt === 'pending') return {kind: 'applying'};
  if (status.kind === 'present_without_allocation') {
    return settled ? {kind: 'not_applied', reason: 'no_allocation'} : {kind: 'applying'};
  }
  if (attempt === 'failed') return {kind: 'not_applied', reason: 'apply_error'};
  // Applied, then gone: the shopper took it off, and Heed does not put it back.
  if (attempt === 'succeeded') return settled ? {kind: 'hidden'} : {kind: 'applying'};
  if (facts.seenBefore) return {kind: 'hidden'};
  return facts.canUpdateDiscountCodes
    ? {kind: 'applying'}
    : {kind: 'not_applied', reason: 'cannot_update'};
}

export type ThankYouView =
  | {kind: 'confirmed'; saved: Saved | null}
  | {kind: 'mismatch'; reason?: OutcomeReason};

/** The order is final: whatever the checkout did not deduct is owed to the shopper. */
export function decideThankYouView(status: CodeStatus): ThankYouView {
  if (status.kind === 'applying') return {kind: 'confirmed', saved: status.saved};
  return status.kind === 'present_without_allocation'
    ? {kind: 'mismatch', reason: 'no_allocation'}
    : {kind: 'mismatch'};
}
