import type {I18n} from '@shopify/ui-extensions/checkout';
import type {Expected} from './help-answer';

const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * HOUR_MINUTES;
const DAY_MS = DAY_MINUTES * 60_000;

/**
 * "within about 30 minutes", "tomorrow after 9:00 AM", "by 9:20 AM on Monday", in the shopper's
 * language and time zone. Heed rounds the minutes already (to 5, then hours, then days); this
 * only picks the unit. Pure: `now` is given.
 */
export function expectedWords(
  expected: Expected,
  i18n: I18n,
  now: number,
  timeZone: string | undefined,
): string {
  if (expected.kind === 'within') {
    const {minutes} = expected;
    if (minutes < HOUR_MINUTES) return i18n.translate('ask.within.minutes', {count: minutes});
    if (minutes < DAY_MINUTES || minutes % DAY_MINUTES !== 0) {
      return i18n.translate('ask.within.hours', {count: Math.ceil(minutes / HOUR_MINUTES)});
    }
    return i18n.translate('ask.within.days', {count: minutes / DAY_MINUTES});
  }
  const at = new Date(expected.at);
  const zone = usableZone(timeZone);
  const options = zone ? {timeZone: zone} : {};
  const time = i18n.formatDate(at, {hour: 'numeric', minute: '2-digit', ...options});
  const days = daysBetween(now, expected.at, zone);
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : 'day';
  const day = i18n.formatDate(at, {weekday: 'long', ...options});
  return i18n.translate(`ask.${expected.kind}.${when}`, {time, day});
}

/** Calendar days from `from` to `to` as the shopper's wall clock counts them. */
function daysBetween(from: number, to: number, zone: string | undefined): number {
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return Math.round((Date.parse(date.format(to)) - Date.parse(date.format(from))) / DAY_MS);
}

/** A zone the runtime knows, else none (the runtime's own). */
function usableZone(zone: string | undefined | null): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return zone;
  } catch {
    return undefined;
  }
}
