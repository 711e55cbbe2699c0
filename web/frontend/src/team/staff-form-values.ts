import type {FieldProblem} from '../api/api-error';
import type {NewStaffInput, Staff, StaffChanges, StaffRole} from '../api/staff';
import {dayRowsOf, workingHoursOf, type DayRow} from './working-hours';

export interface StaffFormValues {
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
  timeZone: string;
  available: boolean;
  /** Off: the person has no set hours, and `available` alone decides. */
  hoursSet: boolean;
  days: DayRow[];
  /** Email waits for the person's hours; undefined when the server does not know the setting. */
  muteOutsideHours: boolean | undefined;
}

export type StaffField = 'userId' | 'name' | 'email' | 'role' | 'timeZone' | 'workingHours';
export type StaffErrors = Partial<Record<StaffField, string>>;

export const NEW_STAFF: StaffFormValues = {
  userId: '',
  name: '',
  email: '',
  role: 'agent',
  timeZone: '',
  available: true,
  hoursSet: false,
  days: dayRowsOf(null),
  muteOutsideHours: undefined,
};

export function staffFieldId(field: StaffField): string {
  return `staff-${field}`;
}

export function staffValuesOf(person: Staff): StaffFormValues {
  return {
    userId: person.userId,
    name: person.name ?? '',
    email: person.email ?? '',
    role: person.role,
    timeZone: person.timeZone ?? '',
    available: person.available,
    hoursSet: person.workingHours !== null,
    days: dayRowsOf(person.workingHours),
    muteOutsideHours: person.muteOutsideHours,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Checked<T> = {ok: true; value: T} | {ok: false; errors: StaffErrors};

/** The edit's body; `role` only when the person editing is a lead. */
export function checkStaffChanges(
  values: StaffFormValues,
  canSetRole: boolean,
): Checked<StaffChanges> {
  const errors = commonErrors(values);
  const hours = workingHoursOf(values.days);
  if (values.hoursSet && !hours.ok) errors.workingHours = hours.message;
  if (Object.keys(errors).length > 0 || !hours.ok) return {ok: false, errors};
  const changes: StaffChanges = {
    name: values.name.trim(),
    email: values.email.trim() || null,
    timeZone: values.timeZone.trim() || null,
    workingHours: values.hoursSet ? hours.hours : null,
    available: values.available,
  };
  if (canSetRole) changes.role = values.role;
  // Without hours there is nothing to wait for: muting is off.
  if (values.muteOutsideHours !== undefined) {
    changes.muteOutsideHours = values.hoursSet && values.muteOutsideHours;
  }
  return {ok: true, value: changes};
}

export function checkNewStaff(values: StaffFormValues): Checked<NewStaffInput> {
  const errors = commonErrors(values);
  if (values.userId.trim() === '') errors.userId = 'Enter the person’s Shopify staff user id';
  if (Object.keys(errors).length > 0) return {ok: false, errors};
  const input: NewStaffInput = {
    userId: values.userId.trim(),
    name: values.name.trim(),
    role: values.role,
  };
  if (values.email.trim()) input.email = values.email.trim();
  return {ok: true, value: input};
}

function commonErrors(values: StaffFormValues): StaffErrors {
  const errors: StaffErrors = {};
  if (values.name.trim() === '') errors.name = 'Enter the person’s name';
  if (values.email.trim() !== '' && !EMAIL.test(values.email.trim())) {
    errors.email = 'Enter an email address like anna@example.com';
  }
  return errors;
}

const FIELDS: readonly StaffField[] = [
  'userId',
  'name',
  'email',
  'role',
  'timeZone',
  'workingHours',
];

/** The server's problems on their fields (`workingHours.2.end` lands on the hours). */
export function placeStaffProblems(problems: readonly FieldProblem[]): StaffErrors {
  const errors: StaffErrors = {};
  for (const problem of problems) {
    const field = FIELDS.find((f) => problem.path === f || problem.path.startsWith(`${f}.`));
    if (field) errors[field] ??= problem.message;
  }
  return errors;
}
