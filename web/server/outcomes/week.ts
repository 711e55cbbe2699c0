/**
 * Weeks as a shop lives them: Monday to Sunday in the shop's time zone, named as ISO 8601 names
 * them (`2026-W10`; week 1 holds the year's first Thursday). Calendar arithmetic is done on UTC
 * dates (no zone); only a day's first instant depends on the zone, found with
 * `Intl.DateTimeFormat` alone, so a 23- or 25-hour day of a daylight-saving change is counted
 * as the day it is.
 */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

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
const MINUTE_MS = 60_000;
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

/** The calendar date the zone's clocks show at `at`. */
export function dateIn(at: number, zone: string): CalendarDate {
  const parts = dateFormat(zone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  return {year: part('year'), month: part('month'), day: part('day')};
}

/**
 * The first instant of `date` in `zone`: local midnight, or, where a clock change skips
 * midnight, the first minute that exists that day.
 */
export function startOfDay(date: CalendarDate, zone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  let at = wall - offsetAt(wall - offsetAt(wall, zone), zone);
  // A skipped midnight lands in the day before; step into the day (changes are whole quarters).
  for (let step = 0; step < 8 && formatDate(dateIn(at, zone)) < formatDate(date); step += 1) {
    at += 15 * MINUTE_MS;
  }
  return at;
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The zone when the runtime knows it, else UTC: a shop's stored zone is not trusted blindly. */
export function knownZone(zone: string | null): string | null {
  if (!zone) return null;
  try {
    dateFormat(zone);
    return zone;
  } catch {
    return null;
  }
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

const formats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** How far the zone's clocks are ahead of UTC at `at`, to the minute. */
function offsetAt(at: number, zone: string): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetFormats.set(zone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return wall - Math.floor(at / MINUTE_MS) * MINUTE_MS;
}
