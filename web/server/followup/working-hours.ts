/**
 * Working time in a person's own time zone; the wall clocks come from the shared zone module.
 */

import {instantOf, usableZone, wallClock} from '../../shared/zone';
import type {StaffMember, WorkingHours} from './types';

export {usableZone} from '../../shared/zone';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
/** Working hours of one hour a week still finish a week-long SLA well within this. */
const MAX_DAYS_SEARCHED = 800;

interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minuteOfDay: number;
}

function localTime(at: number, zone: string): LocalTime {
  const {year, month, day, hour, minute} = wallClock(at, zone);
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    minuteOfDay: hour * 60 + minute,
  };
}

/** The instant a local wall time names (for a time skipped by a DST change, the hour after). */
function instantAt(year: number, month: number, day: number, minute: number, zone: string) {
  return instantOf({year, month, day, hour: Math.floor(minute / 60), minute: minute % 60}, zone);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Intervals of one weekday, in local minutes; an interval must end after it starts. */
function intervalsOn(hours: WorkingHours, weekday: number): Array<[number, number]> {
  return hours
    .filter((h) => h.day === weekday)
    .map((h): [number, number] => [minutesOf(h.start), minutesOf(h.end)])
    .filter(([start, end]) => start < end && start < DAY_MINUTES)
    .sort((a, b) => a[0] - b[0]);
}

function hasWorkingTime(hours: WorkingHours | null): hours is WorkingHours {
  return hours !== null && [0, 1, 2, 3, 4, 5, 6].some((d) => intervalsOn(hours, d).length > 0);
}

export function isWithinHours(
  hours: WorkingHours | null,
  zone: string | null,
  at: number,
): boolean {
  if (hours === null) return true;
  const local = localTime(at, usableZone(zone));
  return intervalsOn(hours, local.weekday).some(
    ([start, end]) => local.minuteOfDay >= start && local.minuteOfDay < end,
  );
}

/**
 * Taking cases now: the person's own switch is on and, when they set working hours, `now` falls
 * inside them in their own zone (else the shop's, else UTC).
 */
export function isOnShift(staff: StaffMember, shopTimeZone: string | null, now: number): boolean {
  return staff.available && isWithinHours(staff.workingHours, staff.timeZone ?? shopTimeZone, now);
}

/**
 * The instant `minutes` of working time after `start`: an SLA counted in working hours. Without
 * working hours (or with none that ever open), wall-clock minutes.
 */
export function addWorkingMinutes(
  start: number,
  minutes: number,
  hours: WorkingHours | null,
  timeZone: string | null,
): number {
  if (!hasWorkingTime(hours) || minutes <= 0) return start + Math.max(0, minutes) * MINUTE_MS;
  const zone = usableZone(timeZone);
  const first = localTime(start, zone);
  let remaining = minutes * MINUTE_MS;
  for (let offset = 0; offset < MAX_DAYS_SEARCHED; offset++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    for (const [from, to] of intervalsOn(hours, date.getUTCDay())) {
      const opens = Math.max(start, instantAt(y, m, d, from, zone));
      const closes = instantAt(y, m, d, to, zone);
      if (closes <= opens) continue;
      if (closes - opens >= remaining) return opens + remaining;
      remaining -= closes - opens;
    }
  }
  return start + minutes * MINUTE_MS;
}
