import {describe, expect, it} from 'vitest';
import {
  shopHoursBodyOf,
  shopHoursResolver,
  shopHoursValuesOf,
  type ShopHoursFormValues,
} from '../../web/frontend/src/settings/shop-hours-form-state';
import {
  NEW_STAFF,
  newStaffBodyOf,
  staffChangesBodyOf,
  staffResolver,
  type StaffFormValues,
} from '../../web/frontend/src/team/staff-form-values';
import {dayRowsOf, type DayRow} from '../../web/frontend/src/team/working-hours';
import {
  STAFF_LIMITS,
  STAFF_MESSAGES,
  newStaffSchema,
  shopHoursInputSchema,
  staffChangesSchema,
} from '../../web/shared/staff-schemas';
import {formVerdict, serverVerdict, teamT} from '../support/form-agreement';

const MONDAY: DayRow = {day: 1, on: true, start: '09:00', end: '17:00'};
const withMonday = (row: Partial<DayRow>): DayRow[] =>
  dayRowsOf(null).map((d) => (d.day === 1 ? {...MONDAY, ...row} : d));

/** The form names the working hours' field `days`; the server names the body's `workingHours`. */
const asBody = (verdict: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(verdict).map(([path, message]) => [
      path === 'days' ? 'workingHours' : path,
      message,
    ]),
  );
/** The server names a problem by its full path; the form shows it on the top-level field. */
const topLevel = (verdict: Record<string, string>) => {
  const byField: Record<string, string> = {};
  for (const [path, message] of Object.entries(verdict))
    byField[path.split('.')[0] ?? ''] ??= message;
  return byField;
};

const hoursCases: [string, DayRow[]][] = [
  ['Monday nine to five', withMonday({})],
  ['a day until midnight', withMonday({end: '24:00'})],
  ['a day ending before it starts', withMonday({start: '17:00', end: '09:00'})],
  ['a day ending as it starts', withMonday({end: '09:00'})],
  ['a time that is not one', withMonday({start: '9am'})],
  ['past midnight', withMonday({end: '24:30'})],
];

describe('one working hours schema, for the shop’s hours form and the server', () => {
  it.each(hoursCases)(
    'when the shop’s hours are %s, then the form and the server agree, in the same words',
    async (_what, days) => {
      const values: ShopHoursFormValues = {hoursSet: true, days};
      const server = topLevel(serverVerdict(shopHoursInputSchema(), shopHoursBodyOf(values)));
      expect(asBody(await formVerdict(shopHoursResolver(teamT), values))).toEqual(server);
    },
  );

  it('when a day ends before it starts, then the form says what the server says, before the round trip', async () => {
    const values = {hoursSet: true, days: withMonday({start: '17:00', end: '09:00'})};
    expect(await formVerdict(shopHoursResolver(teamT), values)).toEqual({
      days: STAFF_MESSAGES.endAfterStart,
    });
  });

  it('when two times of a day overlap, then the server refuses them with the shared words', () => {
    const hours = [
      {day: 1, start: '09:00', end: '13:00'},
      {day: 1, start: '12:00', end: '17:00'},
    ];
    expect(serverVerdict(shopHoursInputSchema(), {workingHours: hours})).toEqual({
      workingHours: STAFF_MESSAGES.overlap,
    });
  });

  it('when the hours are off, then every hour counts: null is sent', () => {
    expect(shopHoursBodyOf({...shopHoursValuesOf([]), hoursSet: false})).toEqual({
      workingHours: null,
    });
  });
});

const ben: StaffFormValues = {
  ...NEW_STAFF,
  userId: '4102',
  name: 'Ben Okafor',
  email: 'ben@furs.example',
  timeZone: 'America/Toronto',
  hoursSet: true,
  days: withMonday({}),
  muteOutsideHours: false,
};

const staffCases: [string, Partial<StaffFormValues>][] = [
  ['every field filled', {}],
  ['no name', {name: '  '}],
  [`a name past ${STAFF_LIMITS.nameChars} characters`, {name: 'B'.repeat(201)}],
  ['an email that is not one', {email: 'ben@'}],
  ['no email', {email: ''}],
  ['a zone nobody knows', {timeZone: 'Mars/Olympus'}],
  ['no zone (the shop’s)', {timeZone: ''}],
  ['a day ending before it starts', {days: withMonday({start: '18:00'})}],
];

describe('one staff schema, for the staff editor and the server', () => {
  it.each(staffCases)(
    'when an edit holds %s, then the form and the server agree, in the same words',
    async (_what, change) => {
      const values = {...ben, ...change};
      const server = topLevel(
        serverVerdict(staffChangesSchema(), staffChangesBodyOf(values, true)),
      );
      const form = await formVerdict(staffResolver(teamT, {canSetRole: true}), values);
      expect(asBody(form)).toEqual(server);
    },
  );

  it.each<[string, Partial<StaffFormValues>]>([
    ['a user id and a name', {}],
    ['no user id', {userId: ''}],
    ['a user id that is not a number', {userId: 'ben'}],
    ['no name', {name: ''}],
    ['an email that is not one', {email: 'ben@'}],
  ])(
    'when a new person has %s, then the form and the server agree, in the same words',
    async (_what, change) => {
      const values = {...ben, ...change};
      const server = topLevel(serverVerdict(newStaffSchema(), newStaffBodyOf(values)));
      expect(asBody(await formVerdict(staffResolver(teamT, undefined), values))).toEqual(server);
    },
  );

  it('when the zone is unknown, then the editor refuses it before the round trip', async () => {
    const values = {...ben, timeZone: 'Mars/Olympus'};
    expect(await formVerdict(staffResolver(teamT, {canSetRole: true}), values)).toEqual({
      timeZone: STAFF_MESSAGES.timeZone,
    });
  });

  it('when the English words change, then the admin’s English says the same as the server', () => {
    for (const [code, words] of Object.entries(STAFF_MESSAGES)) {
      expect(teamT(`validation.${code as keyof typeof STAFF_MESSAGES}`)).toBe(words);
    }
  });
});
