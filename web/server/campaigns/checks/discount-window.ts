import type {Check} from './context';
import type {Finding} from '../findings';
import {formatDate} from '../wording';

/** Does each code exist, and is it live from the send date to the end of the promised window? */
export const checkDiscountWindow: Check = ({campaign, discounts, shop, now}) =>
  discounts.flatMap((discount): Finding[] => {
    if (!discount.found) {
      return [
        {
          code: 'DISCOUNT_NOT_FOUND',
          severity: 'blocker',
          subject: discount.code,
          explanation: `The code ${discount.code} does not exist in this shop, so every shopper who tries it will see it rejected.`,
          fix: `Create ${discount.code} in Shopify admin (Discounts), or correct the code in this campaign and in the email.`,
        },
      ];
    }
    const findings: Finding[] = [];
    const firstUse = Math.max(now, Math.min(campaign.sendAt, campaign.promiseStartsAt));
    if (
      discount.status === 'EXPIRED' ||
      (discount.endsAt !== null && discount.endsAt <= firstUse)
    ) {
      findings.push({
        code: 'DISCOUNT_EXPIRED',
        severity: 'blocker',
        subject: discount.code,
        explanation: `${discount.code} expired${discount.endsAt === null ? '' : ` on ${formatDate(discount.endsAt, shop.timeZone)}`}, but the email promises it until ${formatDate(campaign.promiseEndsAt, shop.timeZone)}.`,
        fix: `Extend the end date of ${discount.code} to ${formatDate(campaign.promiseEndsAt, shop.timeZone)} or later.`,
      });
      return findings;
    }
    if (discount.startsAt > campaign.sendAt) {
      findings.push({
        code: 'DISCOUNT_NOT_STARTED',
        severity: 'blocker',
        subject: discount.code,
        explanation: `${discount.code} starts on ${formatDate(discount.startsAt, shop.timeZone)}, after the email goes out on ${formatDate(campaign.sendAt, shop.timeZone)}: shoppers who click right away will see it rejected.`,
        fix: `Move the start of ${discount.code} to ${formatDate(campaign.sendAt, shop.timeZone)} or earlier, or send the email later.`,
      });
    }
    if (discount.endsAt !== null && discount.endsAt < campaign.promiseEndsAt) {
      findings.push({
        code: 'ENDS_BEFORE_PROMISE_ENDS',
        severity: 'blocker',
        subject: discount.code,
        explanation: `${discount.code} ends on ${formatDate(discount.endsAt, shop.timeZone)}, but the email promises the offer until ${formatDate(campaign.promiseEndsAt, shop.timeZone)}.`,
        fix: `Extend ${discount.code} to ${formatDate(campaign.promiseEndsAt, shop.timeZone)}, or change the end date the email announces.`,
      });
    }
    return findings;
  });
