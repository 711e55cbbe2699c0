import type {TFunction} from 'i18next';
import type {Formatter} from '../../../shared/format';
import {CASE_OUTCOMES} from '../api/case-schemas';
import {formatDuration} from '../live/format-time';

const MINUTE_MS = 60_000;

/** "Mon 2": short enough for a chart's axis, where the week is already named. */
export function dayLabel(date: string, format: Pick<Formatter, 'calendarDate'>): string {
  return `${format.calendarDate(date, 'weekday')} ${Number(date.slice(8, 10))}`;
}

/**
 * "Mon, Mar 2 – Mar 8, 2026 (2026-W10)". A week's dates are the shop's calendar dates, already
 * counted in its zone by the server: they are written as dates, never moved into another zone.
 */
export function weekLabel(
  week: {id: string; start: string; end: string},
  format: Pick<Formatter, 'calendarDate'>,
): string {
  const start = format.calendarDate(week.start, 'day');
  return `${start} – ${format.calendarDate(week.end, 'date')} (${week.id})`;
}

/** To the minute, which is what a response time is counted in; "—" when there is none. */
export function minutesWords(ms: number | null, t: TFunction<'outcomes'>): string {
  if (ms === null) return '—';
  if (ms < MINUTE_MS) return t('underMinute');
  return formatDuration(Math.round(ms / MINUTE_MS) * MINUTE_MS, {
    d: t('duration.d'),
    h: t('duration.h'),
    min: t('duration.min'),
    s: t('duration.s'),
  });
}

/** "75%"; "—" while no case has been decided. */
export function rateWords(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** A case's outcome as the charts name it; one the admin does not know keeps the server's name. */
export function outcomeWords(outcome: string, t: TFunction<'outcomes'>): string {
  const known = CASE_OUTCOMES.find((o) => o === outcome);
  if (known) return t(`caseOutcome.${known}`);
  const words = outcome.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
