import type {TFunction} from 'i18next';
import type {Staff, WorkingHours} from '../api/staff';
import type {SayStaff} from '../../../shared/staff-schemas';

/** Sunday first, as the API counts (`day` 0): keys of `team:weekdays`. */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export interface DayRow {
  day: number;
  on: boolean;
  start: string;
  end: string;
}

const DEFAULT_START = '09:00';
const DEFAULT_END = '17:00';

/** One row per weekday; days with no hours are off (and prefilled with office hours). */
export function dayRowsOf(hours: WorkingHours | null): DayRow[] {
  return WEEKDAYS.map((_, day) => {
    const slot = hours?.find((h) => h.day === day);
    return slot
      ? {day, on: true, start: slot.start, end: slot.end}
      : {day, on: false, start: DEFAULT_START, end: DEFAULT_END};
  });
}

/** The rows as the API takes them (checked by the shared schema, not here): the days that are on. */
export function workingHoursOf(rows: readonly DayRow[]): WorkingHours {
  return rows
    .filter((row) => row.on)
    .map((row) => ({day: row.day, start: row.start, end: row.end}));
}

/** The shared schemas' message codes in the admin's language (`team:validation.*`). */
export const sayStaffIn =
  (t: TFunction<'team'>): SayStaff =>
  (code) =>
    t(`validation.${code}`);

export function weekdayName(t: TFunction<'team'>, day: number, form: 'long' | 'short'): string {
  const key = WEEKDAYS[day];
  return key === undefined ? '' : t(`weekdays.${form}.${key}`);
}

/** "Mon 09:00–17:00, Tue 09:00–17:00", or "Any time" when the person set no hours. */
export function hoursWords(t: TFunction<'team'>, hours: WorkingHours | null): string {
  if (hours === null) return t('hours.anyTime');
  if (hours.length === 0) return t('hours.none');
  return [...hours]
    .sort((a, b) => a.day - b.day)
    .map((h) => `${weekdayName(t, h.day, 'short')} ${h.start}–${h.end}`)
    .join(', ');
}

export function shiftWords(
  t: TFunction<'team'>,
  person: Staff,
): {label: string; tone: 'success' | undefined} {
  if (!person.available) return {label: t('shift.notTaking'), tone: undefined};
  return person.onShiftNow
    ? {label: t('shift.onShift'), tone: 'success'}
    : {label: t('shift.offShift'), tone: undefined};
}
