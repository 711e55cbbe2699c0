const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Below this, a moment reads "just now": seconds would tick faster than the page refreshes them. */
const JUST_NOW_MS = 45 * SECOND_MS;

const RELATIVE = new Intl.RelativeTimeFormat(undefined, {numeric: 'auto', style: 'short'});
const TIME = {
  minutes: new Intl.DateTimeFormat(undefined, {timeStyle: 'short'}),
  seconds: new Intl.DateTimeFormat(undefined, {timeStyle: 'medium'}),
};
const DATE_TIME = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

/** "just now", "4 min. ago", "2 hr. ago", "yesterday". */
export function timeAgo(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < JUST_NOW_MS) return 'just now';
  if (elapsed < HOUR_MS) return RELATIVE.format(-Math.round(elapsed / MINUTE_MS), 'minute');
  if (elapsed < DAY_MS) return RELATIVE.format(-Math.floor(elapsed / HOUR_MS), 'hour');
  return RELATIVE.format(-Math.floor(elapsed / DAY_MS), 'day');
}

/** "8 s", "1 min 20 s", "2 h 5 min", "3 d 4 h": the two largest units are enough to read. */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [DAY_MS, 'd'],
    [HOUR_MS, 'h'],
    [MINUTE_MS, 'min'],
    [SECOND_MS, 's'],
  ];
  let rest = Math.max(0, Math.round(ms / SECOND_MS) * SECOND_MS);
  const parts: string[] = [];
  for (const [size, unit] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${unit}`);
    if (parts.length === 2) break;
  }
  const [largest, next] = parts;
  if (largest === undefined) return '0 s';
  return next === undefined || next.startsWith('0 ') ? largest : `${largest} ${next}`;
}

/**
 * The time of day for today's moments ("4:21 PM"; "4:21:05 PM" where seconds matter, as in a
 * timeline), with the date for older ones.
 */
export function formatMoment(
  at: number,
  now: number,
  precision: keyof typeof TIME = 'minutes',
): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? TIME[precision].format(at) : DATE_TIME.format(at);
}

export function formatDateTime(at: number): string {
  return DATE_TIME.format(at);
}
