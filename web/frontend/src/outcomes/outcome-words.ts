import {formatDuration} from '../live/format-time';

const MINUTE_MS = 60_000;

/**
 * A week's dates are the shop's calendar dates (`2026-03-02`), already counted in its zone by
 * the server: they are formatted as dates, never moved into the browser's zone.
 */
const DAY = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const WEEKDAY = new Intl.DateTimeFormat(undefined, {weekday: 'short', timeZone: 'UTC'});
const DATE = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const asUtcDate = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** "Mon 2": short enough for a chart's axis, where the week is already named. */
export function dayLabel(date: string): string {
  return `${WEEKDAY.format(asUtcDate(date))} ${Number(date.slice(8, 10))}`;
}

/** "Mar 2 – Mar 8, 2026 (2026-W10)" */
export function weekLabel(week: {id: string; start: string; end: string}): string {
  const start = DAY.format(asUtcDate(week.start));
  return `${start} – ${DATE.format(asUtcDate(week.end))} (${week.id})`;
}

/** To the minute, which is what a response time is counted in; "—" when there is none. */
export function minutesWords(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < MINUTE_MS) return 'under a minute';
  return formatDuration(Math.round(ms / MINUTE_MS) * MINUTE_MS);
}

/** "75%"; "—" while no case has been decided. */
export function rateWords(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
