/**
 * Weeks as a shop lives them: Monday to Sunday in the shop's time zone, named as ISO 8601 names
 * them (`2026-W10`; week 1 holds the year's first Thursday). Calendar arithmetic is done on UTC
 * dates (no zone); only a day's first instant depends on the zone, found with
 * `Intl.DateTimeFormat` alone (the shared zone module), so a 23- or 25-hour day of a
 * daylight-saving change is counted as the day it is.
 */

import {dateIn, isoDate, startOfDay, type CalendarDate} from '../../shared/zone';

export {dateIn, knownZone, startOfDay, type CalendarDate} from '../../shared/zone';
export const formatDate = isoDate;

export interface DayBounds {
  /** `2026-03-02` */
  date: string;
  startsAt: number;
  /** The next day's first instant: a day is `[startsAt, endsAt)`. */
  endsAt: number;
}

export interface WeekBounds {
  /** `2026-W10` */
  id: string;
  /** The Monday and the Sunday, `YYYY-MM-DD`. */
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
  days: DayBounds[];
}

export type WeekParam = {ok: true; monday: CalendarDate} | {ok: false; reason: string};

const DAY_MS = 86_400_000;
/** Years a week may be asked for: Heed keeps a year of history; this only refuses nonsense. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-W10`, or any date `2026-03-04` (the week that holds it): its Monday, or why not. */
export function parseWeekParam(value: string): WeekParam {
  const week = ISO_WEEK.exec(value);
  if (week) {
    const year = Number(week[1]);
    const number = Number(week[2]);
    if (year < FIRST_YEAR || year > LAST_YEAR) return {ok: false, reason: yearReason()};
    if (number < 1 || number > weeksInYear(year)) {
      return {ok: false, reason: `${year} has weeks 1 to ${weeksInYear(year)}.`};
    }
    return {ok: true, monday: addDays(firstMonday(year), (number - 1) * 7)};
  }
  const date = ISO_DATE.exec(value);
  if (date) {
    const parsed = {year: Number(date[1]), month: Number(date[2]), day: Number(date[3])};
    if (!isRealDate(parsed)) return {ok: false, reason: `${value} is not a date.`};
    if (parsed.year < FIRST_YEAR || parsed.year > LAST_YEAR) {
      return {ok: false, reason: yearReason()};
    }
    return {ok: true, monday: mondayOf(parsed)};
  }
  return {ok: false, reason: 'Give a week as 2026-W10, or a date in it as 2026-03-02.'};
}

function yearReason(): string {
  return `Choose a week between ${FIRST_YEAR} and ${LAST_YEAR}.`;
}

/** The Monday of the week that holds `date`. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The ISO name of the week that starts on `monday`: the year is its Thursday's. */
export function isoWeekId(monday: CalendarDate): string {
  const thursday = addDays(monday, 3);
  const number = Math.floor(dayOfYear(thursday) / 7) + 1;
  return `${thursday.year}-W${String(number).padStart(2, '0')}`;
}

/** The week that starts on `monday`, day by day, in `zone`. */
export function weekBounds(monday: CalendarDate, zone: string): WeekBounds {
  const starts = Array.from({length: 8}, (_, n) => startOfDay(addDays(monday, n), zone));
  const days = Array.from({length: 7}, (_, n) => ({
    date: formatDate(addDays(monday, n)),
    startsAt: starts[n] ?? 0,
    endsAt: starts[n + 1] ?? 0,
  }));
  return {
    id: isoWeekId(monday),
    start: formatDate(monday),
    end: formatDate(addDays(monday, 6)),
    startsAt: starts[0] ?? 0,
    endsAt: starts[7] ?? 0,
    days,
  };
}

/** The week that holds the instant `at`, in `zone`. */
export function weekAt(at: number, zone: string): WeekBounds {
  return weekBounds(mondayOf(dateIn(at, zone)), zone);
}

/** The Mondays from the week of `from` to the week of `to`, newest first, at most `limit`. */
export function mondaysBetween(from: number, to: number, zone: string, limit: number) {
  const first = mondayOf(dateIn(Math.min(from, to), zone));
  const mondays: CalendarDate[] = [];
  for (let monday = mondayOf(dateIn(to, zone)); mondays.length < limit; ) {
    mondays.push(monday);
    if (formatDate(monday) <= formatDate(first)) break;
    monday = addDays(monday, -7);
  }
  return mondays;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate()};
}

/** 0 is Sunday, as `Date` counts. */
function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** 0 for January 1st. */
function dayOfYear(date: CalendarDate): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / DAY_MS;
}

/** The Monday of week 1: the week that holds January 4th. */
function firstMonday(year: number): CalendarDate {
  return mondayOf({year, month: 1, day: 4});
}

/** 52 or 53: December 28th is always in the year's last week. */
function weeksInYear(year: number): number {
  return Number(isoWeekId(mondayOf({year, month: 12, day: 28})).slice(-2));
}

function isRealDate(date: CalendarDate): boolean {
  const back = addDays(date, 0);
  return (
    date.month >= 1 && back.year === date.year && back.month === date.month && back.day === date.day
  );
}
