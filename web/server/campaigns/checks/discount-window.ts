import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import {findingWording, moment} from '../finding-phrases';

/** Does each code exist, and is it live from the send date to the end of the promised window? */
export const checkDiscountWindow: Check = ({campaign, discounts, now}) =>
  discounts.flatMap((discount): CheckedFinding[] => {
    const {code} = discount;
    if (!discount.found) {
      return [
        {
          code: 'DISCOUNT_NOT_FOUND',
          severity: 'blocker',
          subject: code,
          explanation: findingWording('notFound.explanation', {code}),
          fix: findingWording('notFound.fix', {code}),
        },
      ];
    }
    const findings: CheckedFinding[] = [];
    const promiseEndsAt = moment(campaign.promiseEndsAt);
    const firstUse = Math.max(now, Math.min(campaign.sendAt, campaign.promiseStartsAt));
    if (
      discount.status === 'EXPIRED' ||
      (discount.endsAt !== null && discount.endsAt <= firstUse)
    ) {
      findings.push({
        code: 'DISCOUNT_EXPIRED',
        severity: 'blocker',
        subject: code,
        explanation:
          discount.endsAt === null
            ? findingWording('expired.explanation', {code, promiseEndsAt})
            : findingWording('expired.explanationOn', {
                code,
                endedAt: moment(discount.endsAt),
                promiseEndsAt,
              }),
        fix: findingWording('expired.fix', {code, promiseEndsAt}),
      });
      return findings;
    }
    if (discount.startsAt > campaign.sendAt) {
      const sendAt = moment(campaign.sendAt);
      findings.push({
        code: 'DISCOUNT_NOT_STARTED',
        severity: 'blocker',
        subject: code,
        explanation: findingWording('notStarted.explanation', {
          code,
          startsAt: moment(discount.startsAt),
          sendAt,
        }),
        fix: findingWording('notStarted.fix', {code, sendAt}),
      });
    }
    if (discount.endsAt !== null && discount.endsAt < campaign.promiseEndsAt) {
      findings.push({
        code: 'ENDS_BEFORE_PROMISE_ENDS',
        severity: 'blocker',
        subject: code,
        explanation: findingWording('endsEarly.explanation', {
          code,
          endsAt: moment(discount.endsAt),
          promiseEndsAt,
        }),
        fix: findingWording('endsEarly.fix', {code, promiseEndsAt}),
      });
    }
    return findings;
  });
