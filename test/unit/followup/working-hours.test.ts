import {describe, expect, it} from 'vitest';
import {addWorkingMinutes, isOnShift} from '../../../web/server/followup/working-hours';
import {staffMember} from './fixtures';

const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({day, start, end}));

describe('isOnShift: inside working hours in the person’s own zone', () => {
  const toronto = staffMember({
    timeZone: 'America/Toronto',
    workingHours: weekdays('09:00', '17:00'),
  });

  it('when it is 09:30 in Toronto in summer (13:30 UTC), then the Toronto agent is on shift', () => {
    expect(isOnShift(toronto, 'Europe/Berlin', at('2026-07-06T13:30:00Z'))).toBe(true);
  });

  it('when a person sets no hours, then being available is enough, at any time', () => {
    expect(isOnShift(staffMember(), null, at('2026-07-05T03:00:00Z'))).toBe(true);
  });

  it('when a person names no zone, then the shop’s zone reads their hours', () => {
    const shopZoned = staffMember({workingHours: weekdays('09:00', '17:00')});
    // 08:30 UTC is 10:30 in Berlin, before opening time in UTC.
    expect(isOnShift(shopZoned, 'Europe/Berlin', at('2026-07-06T08:30:00Z'))).toBe(true);
    expect(isOnShift(shopZoned, null, at('2026-07-06T08:30:00Z'))).toBe(false);
  });

  it.each([
    ['13:30 UTC in winter is 08:30 in Toronto', toronto, at('2026-01-05T13:30:00Z')],
    ['17:00 local is closing time', toronto, at('2026-07-06T21:00:00Z')],
    ['a Saturday', toronto, at('2026-07-04T15:00:00Z')],
    ['switched off inside hours', {...toronto, available: false}, at('2026-07-06T15:00:00Z')],
    ['no hours and switched off', staffMember({available: false}), at('2026-07-06T15:00:00Z')],
  ])('when %s, then the person is not on shift', (_what, staff, now) => {
    expect(isOnShift(staff, null, now)).toBe(false);
  });

  it('when the zone is not one the runtime knows, then UTC reads the hours', () => {
    const odd = staffMember({timeZone: 'Mars/Olympus', workingHours: weekdays('09:00', '17:00')});
    expect(isOnShift(odd, null, at('2026-07-06T09:30:00Z'))).toBe(true);
  });
});

describe('addWorkingMinutes: SLA deadlines in working time', () => {
  it('when no hours are set, then the deadline is wall-clock time', () => {
    expect(addWorkingMinutes(at('2026-07-04T23:00:00Z'), 90, null, 'Europe/Berlin')).toBe(
      at('2026-07-05T00:30:00Z'),
    );
  });

  it('when the minutes fit before closing, then the deadline is that much later the same day', () => {
    const start = at('2026-07-06T14:00:00Z'); // 10:00 in Toronto
    expect(addWorkingMinutes(start, 60, weekdays('09:00', '17:00'), 'America/Toronto')).toBe(
      start + 60 * MINUTE,
    );
  });

  it('when a case opens on Friday at 16:30, then the hour runs on into Monday morning', () => {
    const friday = at('2026-07-10T20:30:00Z'); // 16:30 EDT
    expect(addWorkingMinutes(friday, 60, weekdays('09:00', '17:00'), 'America/Toronto')).toBe(
      at('2026-07-13T13:30:00Z'), // Monday 09:30 EDT
    );
  });

  it('when a case opens before opening time, then the clock starts at opening time', () => {
    const early = at('2026-07-06T05:00:00Z'); // 07:00 in Berlin
    expect(addWorkingMinutes(early, 15, weekdays('09:00', '17:00'), 'Europe/Berlin')).toBe(
      at('2026-07-06T07:15:00Z'),
    );
  });

  it('when Toronto springs forward inside a shift, then the shift is an hour shorter', () => {
    const sundayNight = [{day: 0, start: '00:00', end: '06:00'}];
    const start = at('2026-03-08T05:00:00Z'); // 00:00 EST, the night clocks go to 03:00
    expect(addWorkingMinutes(start, 300, sundayNight, 'America/Toronto')).toBe(
      at('2026-03-08T10:00:00Z'), // 06:00 EDT: five real hours
    );
    expect(addWorkingMinutes(start, 330, sundayNight, 'America/Toronto')).toBe(
      at('2026-03-15T04:30:00Z'), // the next Sunday, 00:30 EDT
    );
  });

  it('when Berlin falls back inside a shift, then the shift is an hour longer', () => {
    const sundayNight = [{day: 0, start: '00:00', end: '06:00'}];
    const start = at('2026-10-24T22:00:00Z'); // 00:00 CEST on the night clocks go back
    expect(addWorkingMinutes(start, 7 * 60, sundayNight, 'Europe/Berlin')).toBe(
      at('2026-10-25T05:00:00Z'), // 06:00 CET: seven real hours
    );
  });

  it('when a shift ends at 24:00, then it runs to midnight', () => {
    const late = [{day: 1, start: '22:00', end: '24:00'}];
    expect(addWorkingMinutes(at('2026-07-06T22:00:00Z'), 120, late, 'UTC')).toBe(
      at('2026-07-07T00:00:00Z'),
    );
  });

  it('when the hours never open (an empty day list), then the deadline is wall-clock time', () => {
    const start = at('2026-07-06T10:00:00Z');
    expect(addWorkingMinutes(start, 30, [{day: 1, start: '10:00', end: '10:00'}], null)).toBe(
      start + 30 * MINUTE,
    );
  });
});
