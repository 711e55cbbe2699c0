export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** Enough decimals for any value the API holds: a millisecond is 0.0000167 of a minute. */
const MAX_DECIMALS = 8;

/** How the merchant types a threshold, and how that converts to and from the API's value. */
export interface Unit {
  /**
   * Its words in `settings:hesitation.units.<id>`: the suffix shown inside the field, what an
   * unreadable field is asked for ("Enter a number of minutes"), and a value as text reads it
   * ("4 min", "25%").
   */
  id: 'minutes' | 'percent' | 'times';
  /** How far the field's arrows move it. */
  step: number;
  toApi: (typed: number) => number;
  fromApi: (value: number) => number;
}

/** Durations are typed in minutes, fractional for the 30-second minimum; the API takes whole ms. */
export const MINUTES: Unit = {
  id: 'minutes',
  step: 0.5,
  toApi: (minutes) => Math.round(minutes * MINUTE_MS),
  fromApi: (ms) => ms / MINUTE_MS,
};

/** Typed as a percentage; the API takes a share (25 % = 0.25). */
export const PERCENT: Unit = {
  id: 'percent',
  step: 1,
  toApi: (percent) => percent / 100,
  fromApi: (share) => share * 100,
};

export const TIMES: Unit = {
  id: 'times',
  step: 1,
  toApi: (count) => count,
  fromApi: (count) => count,
};

/**
 * The shortest decimal text that converts back to exactly `value`. Showing a threshold and saving it
 * untouched must neither move it nor make it look changed from Heed's default (0.07 × 100 is
 * 7.000000000000001, which must show as "7").
 */
export function typedText(unit: Unit, value: number): string {
  const typed = unit.fromApi(value);
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
    const text = String(Number(typed.toFixed(decimals)));
    if (unit.toApi(Number(text)) === value) return text;
  }
  return String(typed);
}
