import type {VerificationInput, Check} from './checks/context';
import {checkDiscountWindow} from './checks/discount-window';
import {checkDiscountValue} from './checks/discount-value';
import {checkDiscountReach} from './checks/discount-reach';
import {checkPromisedScope} from './checks/promised-scope';
import {checkDiscountUsage} from './checks/discount-usage';
import {checkAutomaticConflicts} from './checks/automatic-conflicts';
import {checkEmailLinks} from './checks/email-links';
import {englishSayer, type Sayer} from '../sentences/wording';
import {
  healthOf,
  type CheckedFinding,
  type Finding,
  type Severity,
  type VerificationReport,
} from './findings';

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
  const english = englishSayer(input.shop.timeZone);
  const findings: Finding[] = CHECKS.flatMap((check) => check(input))
    .map((finding) => worded(withFixPlace(finding, input), english))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {checkedAt: input.now, health: healthOf(findings), findings};
}

/**
 * A finding keeps its wordings, to be worded for each reader, and its English, which staff and
 * every reader of the report before wordings existed read.
 */
function worded(finding: CheckedFinding, english: Sayer): Finding {
  const {explanation, fix, ...rest} = finding;
  return {
    ...rest,
    explanation: english.say(explanation),
    fix: english.say(fix),
    wording: {explanation, fix},
  };
}

/** Findings fixed on the code itself: their fix links to that discount in Shopify admin. */
const FIXED_ON_THE_DISCOUNT = new Set<Finding['code']>([
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
]);

function withFixPlace(finding: CheckedFinding, input: VerificationInput): CheckedFinding {
  if (finding.fixAt) return finding;
  if (finding.code === 'DISCOUNT_NOT_FOUND') return {...finding, fixAt: {kind: 'discounts'}};
  if (!FIXED_ON_THE_DISCOUNT.has(finding.code)) return finding;
  const discount = input.discounts.find((d) => d.found && d.code === finding.subject);
  return discount?.found ? {...finding, fixAt: {kind: 'discount', id: discount.id}} : finding;
}

export type {VerificationInput};
