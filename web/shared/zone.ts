/**
 * Wall clocks in an IANA time zone, for the server and the admin alike. Only `Intl.DateTimeFormat`
 * is used: a wall time becomes an instant by reading the zone's offset twice, which lands right on
 * either side of a daylight-saving change, and a day is as long as the zone makes it (23 or 25
 * hours on the day of a change).
 */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(zone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  return format;
}

/** The zone when the runtime knows it, else null: a stored or typed zone is not trusted blindly. */
export function knownZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  try {
    wallFormat(zone);
    return zone;
  } catch {
    return null;
  }
}

/** The zone itself when the runtime knows it, else UTC: a typo never stops a case. */
export function usableZone(zone: string | null | undefined): string {
  return knownZone(zone) ?? 'UTC';
}

/** What the zone's clocks show at the instant `at`. */
export function wallClock(at: number, zone: string): WallTime {
  const parts = wallFormat(zone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The calendar date the zone's clocks show at `at`. */
export function dateIn(at: number, zone: string): CalendarDate {
  const {year, month, day} = wallClock(at, zone);
  return {year, month, day};
}

/** How far the zone's clocks are ahead of UTC at `at`, to the second. */
export function offsetAt(at: number, zone: string): number {
  const w = wallClock(at, zone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(at / SECOND_MS) * SECOND_MS;
}

/**
 * The instant a wall time names in `zone`. A time that happens twice (clocks set back) is its
 * first; a time that never happens (clocks set forward) is the same time after the change, an
 * hour later on the clock.
 */
export function instantOf(
  wall: CalendarDate & {hour?: number; minute?: number; second?: number},
  zone: string,
): number {
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
  );
  const guess = offsetAt(asUtc, zone);
  const first = asUtc - guess;
  const offset = offsetAt(first, zone);
  if (offset === guess) return first;
  const second = asUtc - offset;
  if (offsetAt(second, zone) === offset) return second;
  // Neither offset gives that wall time back: it falls in the gap of a change.
  return Math.max(first, second);
}

export function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * The first instant of `date` in `zone`: local midnight, or, where a clock change skips
 * midnight, the first minute that exists that day.
 */
export function startOfDay(date: CalendarDate, zone: string): number {
  let at = instantOf(date, zone);
  // A skipped midnight lands in the day before; step into the day (changes are whole quarters).
  for (let step = 0; step < 8 && isoDate(dateIn(at, zone)) < isoDate(date); step += 1) {
    at += 15 * MINUTE_MS;
  }
  return at;
}
