/*
 * Durations are counts, not moments: they need no zone. Dates, times and money are written by
 * the shop's formatter (web/shared/format.ts, `useShopFormat()`).
 */

import type {TFunction} from 'i18next';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How each unit of a duration is written, in the admin's language. */
export interface DurationUnits {
  d: string;
  h: string;
  min: string;
  s: string;
}

const ENGLISH_UNITS: DurationUnits = {d: 'd', h: 'h', min: 'min', s: 's'};

/** The units as the `live` namespace writes them (`duration.d`, …). */
export function durationUnits(t: TFunction<'live'>): DurationUnits {
  return {d: t('duration.d'), h: t('duration.h'), min: t('duration.min'), s: t('duration.s')};
}

/** "8 s", "1 min 20 s", "2 h 5 min", "3 d 4 h": the two largest units are enough to read. */
export function formatDuration(ms: number, words: DurationUnits = ENGLISH_UNITS): string {
  const units: [number, string][] = [
    [DAY_MS, words.d],
    [HOUR_MS, words.h],
    [MINUTE_MS, words.min],
    [SECOND_MS, words.s],
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
  if (largest === undefined) return `0 ${words.s}`;
  return next === undefined || next.startsWith('0 ') ? largest : `${largest} ${next}`;
}
