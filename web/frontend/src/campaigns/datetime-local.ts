import {instantOf, wallClock} from '../../../shared/zone';

/**
 * `<input type="datetime-local">` speaks "2026-09-01T09:00" with no offset; the API wants an
 * instant. The merchant types the shop's clock, wherever their browser is, so both directions
 * take the shop's zone. These functions are the only crossing between the two.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
const MINUTE_MS = 60_000;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall time typed, or null when the field is empty or not a real date and time. */
function wallOf(value: string): Wall | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0));
  const wall = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  const real =
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() === wall.month - 1 &&
    check.getUTCDate() === wall.day &&
    check.getUTCHours() === wall.hour &&
    check.getUTCMinutes() === wall.minute &&
    wall.second < 60;
  return real ? wall : null;
}

/** Epoch milliseconds of the shop-zone wall time typed, or `null` when it is empty or not a date. */
export function parseLocalDateTime(value: string, timeZone: string): number | null {
  const wall = wallOf(value);
  return wall === null ? null : instantOf(wall, timeZone);
}

/** The shop's clock at `ms`, as the field shows it. */
export function toLocalDateTime(ms: number, timeZone: string): string {
  const wall = wallClock(Math.floor(ms / MINUTE_MS) * MINUTE_MS, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${wall.year}-${pad(wall.month)}-${pad(wall.day)}` + `T${pad(wall.hour)}:${pad(wall.minute)}`
  );
}

/**
 * A typed wall time as a number that orders like the instants it names (one zone for both),
 * for checks that only compare two fields; `null` when it is empty or not a date.
 */
export function wallTimeOrder(value: string): number | null {
  const wall = wallOf(value);
  return wall === null
    ? null
    : Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}
