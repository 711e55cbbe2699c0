import type {VerificationInput, Check} from './checks/context';
import {checkDiscountWindow} from './checks/discount-window';
import {checkDiscountValue} from './checks/discount-value';
import {checkDiscountReach} from './checks/discount-reach';
import {checkPromisedScope} from './checks/promised-scope';
import {checkDiscountUsage} from './checks/discount-usage';
import {checkAutomaticConflicts} from './checks/automatic-conflicts';
import {checkEmailLinks} from './checks/email-links';
import {healthOf, type Finding, type Severity, type VerificationReport} from './findings';

const CHECKS: Check[] = [
  checkDiscountWindow,
  checkDiscountValue,
  checkPromisedScope,
  checkDiscountReach,
  checkDiscountUsage,
  checkAutomaticConflicts,
  checkEmailLinks,
];

const SEVERITY_ORDER: Record<Severity, number> = {blocker: 0, warning: 1, info: 2};

/**
 * Will the campaign's promise hold? A pure function of the campaign, what Shopify says about its
 * discounts, and `now`. A campaign with no blocker is ready.
 */
export function verifyCampaign(input: VerificationInput): VerificationReport {
  const findings: Finding[] = CHECKS.flatMap((check) => check(input)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {checkedAt: input.now, health: healthOf(findings), findings};
}

export type {VerificationInput};
