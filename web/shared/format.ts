import {dateIn, isoDate, knownZone} from './zone';

/**
 * Dates and money as the merchant reads them, for the admin's pages and the server's sentences
 * alike: in the shop's time zone (Admin API `shop.ianaTimezone`), never the viewer's, and in the
 * language the caller names (the admin user's, from App Bridge's `shopify.config.locale`), never
 * the browser's or the machine's.
 */

export interface FormatSettings {
  /** A BCP 47 tag (`en`, `fr-CA`); one the runtime cannot use falls back to `en`. */
  locale: string | null | undefined;
  /** The shop's IANA zone; while unknown (or unknown to the runtime) times are UTC, and say so. */
  timeZone: string | null | undefined;
}

export type TimePrecision = 'minutes' | 'seconds';
export type CalendarStyle = 'day' | 'weekday' | 'date';

export interface Formatter {
  readonly locale: string;
  /** The zone times are told in: the shop's, or `UTC` while it is unknown. */
  readonly timeZone: string;
  /** False while the shop's zone is unknown: every time then ends in "UTC". */
  readonly zoneKnown: boolean;
  /** "Dec 1, 2026, 4:21 PM" */
  dateTime(ms: number): string;
  /** "Dec 1, 2026" */
  date(ms: number): string;
  /** "4:21 PM", or "4:21:05 PM" where seconds matter. */
  time(ms: number, precision?: TimePrecision): string;
  /** The time alone for a moment of the same day as `now` (in the shop's zone), else date and time. */
  moment(at: number, now: number, precision?: TimePrecision): string;
  /** "4 min. ago", "yesterday"; `justNow` below 45 seconds, where seconds would tick too fast. */
  relative(at: number, now: number): string;
  /** "10:42", 24-hour, as a staff member reads a timeline. */
  clock(ms: number): string;
  /**
   * A calendar date already counted in the shop's zone (`2026-03-02`), never moved into another:
   * `day` "Mon, Mar 2", `weekday` "Mon", `date` "Mar 2, 2026".
   */
  calendarDate(isoDate: string, style: CalendarStyle): string;
  /** "Wednesday": the day of the week of a moment, on the shop's clock. */
  weekdayName(ms: number): string;
  /** "March 2019": the month and year of a moment, on the shop's clock. */
  monthYear(ms: number): string;
  /** "12,500" */
  number(value: number): string;
  /** "CA$1,234.50"; without a currency the number stands alone rather than with a guessed sign. */
  money(amount: number, currencyCode: string | null | undefined): string;
  /** "Eastern Time (America/Toronto)": the clock a time is entered on; "UTC" while unknown. */
  zoneLabel(at: number): string;
  /** Whether two instants fall on one day of the shop's calendar. */
  sameDay(a: number, b: number): boolean;
}

const FALLBACK_LOCALE = 'en';
const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const JUST_NOW_MS = 45 * SECOND_MS;

/** `locale` when the runtime can format in it, else English: a strange tag never breaks a page. */
export function usableLocale(locale: string | null | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

const kept = new Map<string, Formatter>();

/** `createFormatter`, kept per language and zone: the server writes many sentences for few shops. */
export function formatterFor(settings: FormatSettings): Formatter {
  const key = `${settings.locale ?? ''}|${settings.timeZone ?? ''}`;
  let formatter = kept.get(key);
  if (!formatter) {
    formatter = createFormatter(settings);
    kept.set(key, formatter);
  }
  return formatter;
}

export function createFormatter(settings: FormatSettings): Formatter {
  const locale = usableLocale(settings.locale);
  const known = knownZone(settings.timeZone);
  const timeZone = known ?? 'UTC';
  const zoned = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, {
      ...options,
      timeZone,
      ...(known ? {} : {timeZoneName: 'short'}),
    });
  const formats = {
    dateTime: new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZone}),
    date: new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone}),
    minutes: zoned({hour: 'numeric', minute: '2-digit'}),
    seconds: zoned({hour: 'numeric', minute: '2-digit', second: '2-digit'}),
    clock: new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }),
    relative: new Intl.RelativeTimeFormat(locale, {numeric: 'auto', style: 'short'}),
    weekdayName: new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone}),
    monthYear: new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone}),
  };
  const calendar: Record<CalendarStyle, Intl.DateTimeFormat> = {
    day: new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }),
    weekday: new Intl.DateTimeFormat(locale, {weekday: 'short', timeZone: 'UTC'}),
    date: new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'}),
  };
  const money = new Map<string, Intl.NumberFormat>();
  const plain = new Intl.NumberFormat(locale, {minimumFractionDigits: 2, maximumFractionDigits: 2});
  const count = new Intl.NumberFormat(locale);
  const sameDay = (a: number, b: number) =>
    isoDate(dateIn(a, timeZone)) === isoDate(dateIn(b, timeZone));
  // `dateStyle` cannot be combined with `timeZoneName`, so an unknown zone is named after the time.
  const dateTime = (ms: number) => `${formats.dateTime.format(ms)}${known ? '' : ' UTC'}`;

  return {
    locale,
    timeZone,
    zoneKnown: known !== null,
    dateTime,
    date: (ms) => formats.date.format(ms),
    time: (ms, precision = 'minutes') => formats[precision].format(ms),
    moment: (at, now, precision = 'minutes') =>
      sameDay(at, now) ? formats[precision].format(at) : dateTime(at),
    relative: (at, now) => relative(formats.relative, at, now),
    clock: (ms) => (known ? formats.clock.format(ms) : `${formats.clock.format(ms)} UTC`),
    calendarDate: (isoDate, style) => calendar[style].format(Date.parse(`${isoDate}T00:00:00Z`)),
    weekdayName: (ms) => formats.weekdayName.format(ms),
    monthYear: (ms) => formats.monthYear.format(ms),
    number: (value) => count.format(value),
    money: (amount, currencyCode) => {
      if (!currencyCode) return plain.format(amount);
      let format = money.get(currencyCode);
      if (!format) {
        format = new Intl.NumberFormat(locale, {style: 'currency', currency: currencyCode});
        money.set(currencyCode, format);
      }
      return format.format(amount);
    },
    zoneLabel: (at) => (known ? `${zoneName(locale, timeZone, at)} (${timeZone})` : 'UTC'),
    sameDay,
  };
}

/** The zone's everyday name in `locale` ("Eastern Time"), or its id where the runtime has none. */
function zoneName(locale: string, timeZone: string, at: number): string {
  const part = new Intl.DateTimeFormat(locale, {timeZone, timeZoneName: 'longGeneric'})
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function relative(format: Intl.RelativeTimeFormat, at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < JUST_NOW_MS) return format.format(0, 'second');
  if (elapsed < HOUR_MS) return format.format(-Math.round(elapsed / MINUTE_MS), 'minute');
  if (elapsed < DAY_MS) return format.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  return format.format(-Math.floor(elapsed / DAY_MS), 'day');
}
