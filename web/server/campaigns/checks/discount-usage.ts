import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import {findingWording} from '../finding-phrases';

/**
 * Uses and recipients are written in plain digits in every language: the count of recipients
 * (which "people" agrees with) reaches the sentence unformatted, so the other numbers match it.
 */
const digits = (n: number) => String(n);

/** Can every recipient actually use the code, and is the once-per-customer rule worth knowing? */
export const checkDiscountUsage: Check = ({campaign, discounts}) =>
  discounts.flatMap((discount): CheckedFinding[] => {
    if (!discount.found) return [];
    const {code} = discount;
    const findings: CheckedFinding[] = [];
    if (discount.usageLimit !== null) {
      const remaining = Math.max(0, discount.usageLimit - discount.usedCount);
      if (remaining === 0) {
        findings.push({
          code: 'USAGE_LIMIT_TOO_LOW',
          severity: 'blocker',
          subject: code,
          explanation: findingWording('usage.exhaustedExplanation', {
            code,
            used: digits(discount.usedCount),
            limit: digits(discount.usageLimit),
          }),
          fix: findingWording('usage.exhaustedFix', {code}),
        });
      } else if (campaign.recipients !== null && remaining < campaign.recipients) {
        findings.push({
          code: 'USAGE_LIMIT_TOO_LOW',
          severity: 'warning',
          subject: code,
          explanation: findingWording('usage.runsOutExplanation', {
            code,
            remaining: digits(remaining),
            count: campaign.recipients,
          }),
          fix: findingWording('usage.runsOutFix', {
            code,
            needed: digits(discount.usedCount + campaign.recipients),
          }),
        });
      }
    }
    if (discount.appliesOncePerCustomer) {
      findings.push({
        code: 'ONCE_PER_CUSTOMER',
        severity: 'info',
        subject: code,
        explanation: findingWording('oncePerCustomer.explanation', {code}),
        fix: findingWording('oncePerCustomer.fix'),
      });
    }
    return findings;
  });
