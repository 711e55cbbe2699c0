import type {Check} from './context';
import type {Finding} from '../findings';

/** Can every recipient actually use the code, and is the once-per-customer rule worth knowing? */
export const checkDiscountUsage: Check = ({campaign, discounts}) =>
  discounts.flatMap((discount): Finding[] => {
    if (!discount.found) return [];
    const findings: Finding[] = [];
    if (discount.usageLimit !== null) {
      const remaining = Math.max(0, discount.usageLimit - discount.usedCount);
      if (remaining === 0) {
        findings.push({
          code: 'USAGE_LIMIT_TOO_LOW',
          severity: 'blocker',
          subject: discount.code,
          explanation: `${discount.code} has been used ${discount.usedCount} time(s) and its limit is ${discount.usageLimit}: it is exhausted and every shopper will see it rejected.`,
          fix: `Raise or remove the usage limit of ${discount.code}.`,
        });
      } else if (campaign.recipients !== null && remaining < campaign.recipients) {
        findings.push({
          code: 'USAGE_LIMIT_TOO_LOW',
          severity: 'warning',
          subject: discount.code,
          explanation: `${discount.code} can be used ${remaining} more time(s), but the email goes to ${campaign.recipients} people: once it runs out, later shoppers will see it rejected.`,
          fix: `Raise the usage limit of ${discount.code} to at least ${discount.usedCount + campaign.recipients}, or remove it.`,
        });
      }
    }
    if (discount.appliesOncePerCustomer) {
      findings.push({
        code: 'ONCE_PER_CUSTOMER',
        severity: 'info',
        subject: discount.code,
        explanation: `${discount.code} can be used once per customer: a shopper who already used it will see it rejected on a second order.`,
        fix: 'Nothing to do if that is intended; otherwise say it in the email so nobody is surprised.',
      });
    }
    return findings;
  });
