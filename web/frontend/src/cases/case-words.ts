import type {BadgeProps} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {
  CASE_OUTCOMES,
  type CasePriority,
  type CaseStatus,
  type CaseSummary,
} from '../api/case-schemas';
import type {Formatter} from '../../../shared/format';
import {formatDuration, type DurationUnits} from '../live/format-time';

/** How a badge looks; its words are `priorityLabel`/`statusLabel`, in the admin's language. */
interface Look {
  tone: BadgeProps['tone'];
}

const MINUTE_MS = 60_000;

export const PRIORITY_LOOK: Record<CasePriority, Look> = {
  urgent: {tone: 'critical'},
  high: {tone: 'warning'},
  normal: {tone: 'info'},
};

export const STATUS_LOOK: Record<CaseStatus, Look> = {
  new: {tone: 'attention'},
  claimed: {tone: 'info'},
  contacted: {tone: 'success'},
  resolved: {tone: undefined},
};

/** A case's outcome in the admin's language; an unknown one keeps the server's name, in words. */
export function caseOutcomeLabel(outcome: string, t: TFunction<'cases'>): string {
  const known = CASE_OUTCOMES.find((o) => o === outcome);
  return known ? t(`outcome.${known}`) : humanized(outcome);
}

export function priorityLabel(priority: CasePriority, t: TFunction<'cases'>): string {
  return t(`priority.${priority}`);
}

export function statusLabel(status: CaseStatus, t: TFunction<'cases'>): string {
  return t(`status.${status}`);
}

function humanized(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "12 min", "1 h 5 min": to the minute, which is what a response time is counted in. */
function minutes(ms: number, units: DurationUnits): string {
  return formatDuration(Math.round(ms / MINUTE_MS) * MINUTE_MS, units);
}

function caseUnits(t: TFunction<'cases'>): DurationUnits {
  return {d: t('duration.d'), h: t('duration.h'), min: t('duration.min'), s: t('duration.s')};
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
  t: TFunction<'cases'>,
): SlaWords {
  if (item.status === 'resolved') {
    const text =
      item.resolvedAt === null
        ? t('sla.resolved')
        : t('sla.resolvedAt', {when: format.moment(item.resolvedAt, now)});
    return {text, overdue: false};
  }
  if (item.firstContactAt !== null) {
    return {
      text: t('sla.contacted', {when: format.moment(item.firstContactAt, now)}),
      overdue: false,
    };
  }
  const left = item.dueAt - now;
  if (item.overdue || left <= 0) {
    const late = -left;
    const text =
      late < MINUTE_MS
        ? t('sla.overdue')
        : t('sla.overdueBy', {duration: minutes(late, caseUnits(t))});
    return {text: item.escalatedAt ? t('sla.escalated', {text}) : text, overdue: true};
  }
  const soon = item.dueSoon === true;
  const duration = minutes(left, caseUnits(t));
  return {
    text:
      left < MINUTE_MS
        ? t('sla.dueNow')
        : soon
          ? t('sla.leftSoon', {duration})
          : t('sla.left', {duration}),
    overdue: false,
    soon,
  };
}

export function assigneeWords(item: Pick<CaseSummary, 'assignee'>, t: TFunction<'cases'>): string {
  if (item.assignee === null) return t('assignee.nobody');
  return item.assignee.name ?? t('assignee.someone');
}
