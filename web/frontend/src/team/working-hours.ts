import type {Staff, WorkingHours} from '../api/staff';

/** Sunday first, as the API counts (`day` 0). */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export interface DayRow {
  day: number;
  on: boolean;
  start: string;
  end: string;
}

const DEFAULT_START = '09:00';
const DEFAULT_END = '17:00';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** One row per weekday; days with no hours are off (and prefilled with office hours). */
export function dayRowsOf(hours: WorkingHours | null): DayRow[] {
  return WEEKDAYS.map((_, day) => {
    const slot = hours?.find((h) => h.day === day);
    return slot
      ? {day, on: true, start: slot.start, end: slot.end}
      : {day, on: false, start: DEFAULT_START, end: DEFAULT_END};
  });
}

/** The rows as the API takes them, or the first mistake: a day's end must come after its start. */
export function workingHoursOf(
  rows: readonly DayRow[],
): {ok: true; hours: WorkingHours} | {ok: false; day: number; message: string} {
  const hours: WorkingHours = [];
  for (const row of rows) {
    if (!row.on) continue;
    if (!TIME.test(row.start) || !TIME.test(row.end)) {
      return {ok: false, day: row.day, message: 'Use times like 09:00'};
    }
    if (row.end <= row.start) {
      return {ok: false, day: row.day, message: 'The end must come after the start'};
    }
    hours.push({day: row.day, start: row.start, end: row.end});
  }
  return {ok: true, hours};
}

/** "Mon 09:00–17:00, Tue 09:00–17:00", or "Any time" when the person set no hours. */
export function hoursWords(hours: WorkingHours | null): string {
  if (hours === null) return 'Any time';
  if (hours.length === 0) return 'No working hours';
  return [...hours]
    .sort((a, b) => a.day - b.day)
    .map((h) => `${(WEEKDAYS[h.day] ?? '').slice(0, 3)} ${h.start}–${h.end}`)
    .join(', ');
}

export function shiftWords(person: Staff): {label: string; tone: 'success' | undefined} {
  if (!person.available) return {label: 'Not taking cases', tone: undefined};
  return person.onShiftNow
    ? {label: 'On shift now', tone: 'success'}
    : {label: 'Off shift', tone: undefined};
}
