import type {ExpectedContact} from '../checkout/help-request';
import {englishSayer, type WordValue} from '../sentences/wording';
import {clause, durationValue, sayValue} from './case-words';
import type {WorkingHours} from './types';
import {addWorkingMinutes, isWithinHours} from './working-hours';

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;
const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * HOUR_MINUTES;
/** "About" a duration: to the next 5 minutes up to an hour, then hours, then days. */
const ROUND_TO_MINUTES = 5;
const HOURS_UP_TO_MINUTES = 36 * HOUR_MINUTES;

export interface ExpectedContactInput {
  now: number;
  /** The case's first-contact deadline. */
  dueAt: number;
  /** The shop's working hours; null means every hour counts. */
  hours: WorkingHours | null;
  timeZone: string | null;
}

/**
 * What a shopper who asked for a person is told about when to expect contact. While the shop
 * works and the deadline falls before it next closes: within about so long. When it is closed:
 * after it opens. When the deadline lies past a closing: by that time. Pure; `now` is given.
 */
export function expectedContact(input: ExpectedContactInput): ExpectedContact {
  const {now, dueAt, hours, timeZone} = input;
  if (!isWithinHours(hours, timeZone, now)) {
    // The first working minute from now, less that minute: the moment the shop opens. Hours
    // that never open count every hour, as deadlines do, and then that moment is now.
    const opensAt = addWorkingMinutes(now, 1, hours, timeZone) - MINUTE_MS;
    if (opensAt > now) return {kind: 'after', at: opensAt};
  }
  const left = Math.max(0, dueAt - now);
  // Working time and wall time agree only when no closing lies between now and the deadline
  // (to the second: minutes are fractional here).
  const reached = addWorkingMinutes(now, left / MINUTE_MS, hours, timeZone);
  if (reached - (now + left) > SECOND_MS) return {kind: 'by', at: dueAt};
  return {kind: 'within', minutes: aboutMinutes(left / MINUTE_MS)};
}

/** Rounded up, never down: a shopper told "about 30 minutes" is not called after 34. */
export function aboutMinutes(minutes: number): number {
  if (minutes <= HOUR_MINUTES) {
    return Math.max(ROUND_TO_MINUTES, Math.ceil(minutes / ROUND_TO_MINUTES) * ROUND_TO_MINUTES);
  }
  if (minutes <= HOURS_UP_TO_MINUTES) return Math.ceil(minutes / HOUR_MINUTES) * HOUR_MINUTES;
  return Math.ceil(minutes / DAY_MINUTES) * DAY_MINUTES;
}

/** What the shopper was told, in the staff's words: "within about 30 minutes". */
export function toldValue(told: ExpectedContact): WordValue {
  switch (told.kind) {
    case 'within':
      return clause('told.within', {duration: durationValue(told.minutes * MINUTE_MS)});
    case 'after':
      return clause('told.afterOpening', dayAndTime(told.at));
    case 'by':
      return clause('told.by', dayAndTime(told.at));
  }
}

/** `toldValue` in English on the shop's clock (UTC, and said so, while its zone is unknown). */
export function toldWords(told: ExpectedContact, timeZone: string | null): string {
  return sayValue(englishSayer(timeZone), toldValue(told));
}

/** "Wednesday 09:00" in the shop's zone. */
function dayAndTime(at: number): Record<string, WordValue> {
  return {day: {at, style: 'weekday'}, time: {at, style: 'clock'}};
}
