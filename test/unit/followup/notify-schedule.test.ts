import {describe, expect, it} from 'vitest';
import {
  afterFailure,
  mutedUntil,
  NOTIFY_MAX_ATTEMPTS,
  retryDelayMs,
} from '../../../web/server/followup/notify-schedule';
import {HOUR, MINUTE, NOW, staffMember} from './fixtures';

/** Monday to Friday, 09:00–17:00. */
const WEEKDAYS = [1, 2, 3, 4, 5].map((day) => ({day, start: '09:00', end: '17:00'}));

describe('retries of a staff notification', () => {
  it('when attempts fail one after another, then each wait doubles from 30 s up to an hour', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12].map(retryDelayMs);
    expect(waits).toEqual([
      30_000,
      60_000,
      2 * MINUTE,
      4 * MINUTE,
      8 * MINUTE,
      16 * MINUTE,
      32 * MINUTE,
      HOUR,
      HOUR,
      HOUR,
    ]);
  });

  it.each([
    ['a transient failure on the first attempt', 1, true, {kind: 'retry', at: NOW + 30_000}],
    ['a transient failure before the cap', NOTIFY_MAX_ATTEMPTS - 1, true, {kind: 'retry'}],
    ['a transient failure at the cap', NOTIFY_MAX_ATTEMPTS, true, {kind: 'fail'}],
    ['a failure the next try repeats (535)', 1, false, {kind: 'fail'}],
  ])('when %s, then the notification does what it must', (_what, attempts, retryable, next) => {
    expect(afterFailure(attempts, retryable, NOW)).toMatchObject(next);
  });
});

describe('email muted outside working hours', () => {
  // NOW is Monday 2026-07-06 15:00 UTC.
  const muted = staffMember({muteOutsideHours: true, workingHours: WEEKDAYS, timeZone: 'UTC'});

  it('when a muted person is within their hours, then the email goes now', () => {
    expect(mutedUntil(muted, null, NOW)).toBeNull();
  });

  it('when a muted person’s day is over, then the email waits for the next morning', () => {
    const evening = Date.parse('2026-07-06T19:30:00Z');
    expect(mutedUntil(muted, null, evening)).toBe(Date.parse('2026-07-07T09:00:00Z'));
  });

  it('when it is the weekend in the person’s own zone, then the email waits for Monday there', () => {
    const toronto = {...muted, timeZone: 'America/Toronto'};
    const saturday = Date.parse('2026-07-11T12:00:00Z');
    expect(mutedUntil(toronto, 'UTC', saturday)).toBe(Date.parse('2026-07-13T13:00:00Z'));
  });

  it.each([
    ['does not mute', staffMember({muteOutsideHours: false, workingHours: WEEKDAYS})],
    ['mutes but set no hours', staffMember({muteOutsideHours: true, workingHours: null})],
    ['never chose', staffMember({workingHours: WEEKDAYS})],
  ])('when the person %s, then the email goes at night too', (_what, member) => {
    expect(mutedUntil(member, null, Date.parse('2026-07-06T23:00:00Z'))).toBeNull();
  });
});
