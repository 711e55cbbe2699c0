/*
 * Durations are counts, not moments: they need no zone. Dates, times and money are written by
 * the shop's formatter (web/shared/format.ts, `useShopFormat()`).
 */

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

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
