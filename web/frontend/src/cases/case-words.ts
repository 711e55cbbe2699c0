import type {BadgeProps} from '@shopify/polaris';
import type {CasePriority, CaseStatus, CaseSummary} from '../api/case-schemas';
import type {Formatter} from '../../../shared/format';
import {formatDuration} from '../live/format-time';

interface Look {
  label: string;
  tone: BadgeProps['tone'];
}

const MINUTE_MS = 60_000;

export const PRIORITY_LOOK: Record<CasePriority, Look> = {
  urgent: {label: 'Urgent', tone: 'critical'},
  high: {label: 'High', tone: 'warning'},
  normal: {label: 'Normal', tone: 'info'},
};

export const STATUS_LOOK: Record<CaseStatus, Look> = {
  new: {label: 'New', tone: 'attention'},
  claimed: {label: 'Claimed', tone: 'info'},
  contacted: {label: 'Contacted', tone: 'success'},
  resolved: {label: 'Resolved', tone: undefined},
};

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  purchased: 'Purchased',
  resumed_by_draft_order: 'Resumed by draft order',
  difference_refunded: 'Difference refunded',
  will_buy_later: 'Will buy later',
  not_interested: 'Not interested',
  unreachable: 'Unreachable',
};

/** An outcome this admin does not know yet still reads as words. */
export function outcomeLabel(outcome: string): string {
  const known = OUTCOME_WORDS[outcome];
  if (known) return known;
  const words = outcome.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "12 min", "1 h 5 min": to the minute, which is what a response time is counted in. */
function minutes(ms: number): string {
  return formatDuration(Math.round(ms / MINUTE_MS) * MINUTE_MS);
}

export interface SlaWords {
  text: string;
  overdue: boolean;
  /** About to breach: the row says so before it is late. */
  soon?: boolean;
}

/**
 * Where the case stands against its first-contact deadline: "Overdue by 12 min", "25 min left",
 * "Contacted 4:21 PM". The clock moves on between answers, so `now` decides, not only `overdue`.
 */
export function slaWords(
  item: CaseSummary,
  now: number,
  format: Pick<Formatter, 'moment'>,
): SlaWords {
  if (item.status === 'resolved') {
    const when = item.resolvedAt === null ? '' : ` ${format.moment(item.resolvedAt, now)}`;
    return {text: `Resolved${when}`, overdue: false};
  }
  if (item.firstContactAt !== null) {
    return {text: `Contacted ${format.moment(item.firstContactAt, now)}`, overdue: false};
  }
  const left = item.dueAt - now;
  if (item.overdue || left <= 0) {
    const late = -left;
    const escalated = item.escalatedAt ? ' · escalated to the leads' : '';
    return {
      text: `${late < MINUTE_MS ? 'Overdue' : `Overdue by ${minutes(late)}`}${escalated}`,
      overdue: true,
    };
  }
  const soon = item.dueSoon === true;
  return {
    text: left < MINUTE_MS ? 'Due now' : `${minutes(left)} left${soon ? ' · due soon' : ''}`,
    overdue: false,
    soon,
  };
}

export function assigneeWords(item: Pick<CaseSummary, 'assignee'>): string {
  if (item.assignee === null) return 'Unassigned';
  return item.assignee.name ?? 'A staff member';
}
