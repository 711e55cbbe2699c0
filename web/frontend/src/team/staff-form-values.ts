import {zodResolver} from '@hookform/resolvers/zod';
import type {Resolver} from 'react-hook-form';
import type {TFunction} from 'i18next';
import type {FieldProblem} from '../api/api-error';
import type {NewStaffInput, Staff, StaffChanges, StaffRole} from '../api/staff';
import {fieldResolver, placeProblems} from '../forms/body-resolver';
import {newStaffSchema, staffChangesSchema} from '../../../shared/staff-schemas';
import {dayRowsOf, sayStaffIn, workingHoursOf, type DayRow} from './working-hours';

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

/** The edit's body, before the schema checks it; `role` only when the person editing is a lead. */
export function staffChangesBodyOf(values: StaffFormValues, canSetRole: boolean): StaffChanges {
  const changes: StaffChanges = {
    name: values.name,
    email: values.email.trim() || null,
    timeZone: values.timeZone.trim() || null,
    workingHours: values.hoursSet ? workingHoursOf(values.days) : null,
    available: values.available,
  };
  if (canSetRole) changes.role = values.role;
  // Without hours there is nothing to wait for: muting is off.
  if (values.muteOutsideHours !== undefined) {
    changes.muteOutsideHours = values.hoursSet && values.muteOutsideHours;
  }
  return changes;
}

export function newStaffBodyOf(values: StaffFormValues): NewStaffInput {
  const input: NewStaffInput = {userId: values.userId, name: values.name, role: values.role};
  if (values.email.trim()) input.email = values.email.trim();
  return input;
}

/** The form's field for a body key: the working hours show under the day rows' checkbox. */
function formFieldOf(key: string): keyof StaffFormValues | undefined {
  if (key === 'workingHours') return 'days';
  return ['userId', 'name', 'email', 'role', 'timeZone'].includes(key)
    ? (key as keyof StaffFormValues)
    : undefined;
}

type Body = StaffChanges | NewStaffInput;

/** The shared schema for an edit (of `canSetRole`'s kind) or a new person, in the admin's language. */
export function staffResolver(
  t: TFunction<'team'>,
  edit: {canSetRole: boolean} | undefined,
): Resolver<StaffFormValues, unknown, Body> {
  const say = sayStaffIn(t);
  const resolve = edit ? zodResolver(staffChangesSchema(say)) : zodResolver(newStaffSchema(say));
  const bodyOf = (values: StaffFormValues): Body =>
    edit ? staffChangesBodyOf(values, edit.canSetRole) : newStaffBodyOf(values);
  const onBody: Resolver<StaffFormValues, unknown, Body> = (values, context, options) =>
    (resolve as unknown as Resolver<Body, unknown, Body>)(
      bodyOf(values),
      context,
      options as never,
    ) as ReturnType<Resolver<StaffFormValues, unknown, Body>>;
  return fieldResolver(onBody, formFieldOf);
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
  return placeProblems(FIELDS, problems);
}
