import {describe, expect, it} from 'vitest';
import {
  dateIn,
  isoWeekId,
  mondaysBetween,
  parseWeekParam,
  weekAt,
  weekBounds,
} from '../../../web/server/outcomes/week';

const HOUR = 3_600_000;
const TORONTO = 'America/Toronto';

function mondayFor(param: string) {
  const parsed = parseWeekParam(param);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.monday;
}

describe('parseWeekParam: a week by its ISO name or by a date in it', () => {
  it.each([
    ['2026-W10', {year: 2026, month: 3, day: 2}],
    ['2026-W01', {year: 2025, month: 12, day: 29}],
    ['2020-W53', {year: 2020, month: 12, day: 28}],
    ['2026-03-02', {year: 2026, month: 3, day: 2}],
    ['2026-03-08', {year: 2026, month: 3, day: 2}],
    ['2024-02-29', {year: 2024, month: 2, day: 26}],
  ])('when the week is given as %s, then it starts on that Monday', (param, monday) => {
    expect(parseWeekParam(param)).toEqual({ok: true, monday});
  });

  it.each([
    ['2026-W54', '2026 has weeks 1 to 53'],
    ['2026-W00', 'weeks 1 to 53'],
    ['2025-W53', '2025 has weeks 1 to 52'],
    ['2026-02-30', 'is not a date'],
    ['2026-13-01', 'is not a date'],
    ['1999-W10', 'between 2000 and 2100'],
    ['last week', 'Give a week as 2026-W10'],
    ['', 'Give a week as'],
  ])('when the week is %j, then it is refused with the reason', (param, reason) => {
    const parsed = parseWeekParam(param);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('weekBounds: Monday to Sunday in the shop’s zone', () => {
  it('when a week has no clock change, then it is seven 24-hour days from local midnight', () => {
    const week = weekBounds(mondayFor('2026-W07'), TORONTO);
    expect(week).toMatchObject({id: '2026-W07', start: '2026-02-09', end: '2026-02-15'});
    // Midnight in Toronto (UTC-5) is 05:00 UTC.
    expect(new Date(week.startsAt).toISOString()).toBe('2026-02-09T05:00:00.000Z');
    expect(week.endsAt - week.startsAt).toBe(7 * 24 * HOUR);
    expect(week.days.map((d) => d.endsAt - d.startsAt)).toEqual(Array(7).fill(24 * HOUR));
  });

  it('when daylight saving starts on the week’s Sunday, then that day has 23 hours', () => {
    const week = weekBounds(mondayFor('2026-03-04'), TORONTO);
    expect(week.end).toBe('2026-03-08');
    expect(week.days.at(-1)).toMatchObject({date: '2026-03-08'});
    expect(week.days.map((d) => (d.endsAt - d.startsAt) / HOUR)).toEqual([
      24, 24, 24, 24, 24, 24, 23,
    ]);
    // The next Monday begins at midnight of the new offset (UTC-4).
    expect(new Date(week.endsAt).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('when daylight saving ends in the week, then that day has 25 hours', () => {
    const week = weekBounds(mondayFor('2026-W44'), TORONTO);
    expect(week.end).toBe('2026-11-01');
    expect(week.endsAt - week.startsAt).toBe((7 * 24 + 1) * HOUR);
  });

  it('when a zone skips midnight itself, then the day starts at its first minute', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 7 September 2025.
    const week = weekBounds(mondayFor('2025-09-03'), 'America/Santiago');
    const sunday = week.days.at(-1);
    expect(sunday?.date).toBe('2025-09-07');
    expect(dateIn(sunday?.startsAt ?? 0, 'America/Santiago')).toEqual({
      year: 2025,
      month: 9,
      day: 7,
    });
    expect(((sunday?.endsAt ?? 0) - (sunday?.startsAt ?? 0)) / HOUR).toBe(23);
  });

  it('when an instant is late Sunday in Toronto but Monday in UTC, then it is in the Toronto week', () => {
    const sundayNight = Date.parse('2026-03-16T03:30:00Z'); // 23:30 Sunday 15 March, Toronto
    expect(weekAt(sundayNight, TORONTO).id).toBe('2026-W11');
    expect(weekAt(sundayNight, 'UTC').id).toBe('2026-W12');
  });
});

describe('isoWeekId and mondaysBetween', () => {
  it('when a Monday’s Thursday is in the next year, then the week belongs to that year', () => {
    expect(isoWeekId({year: 2024, month: 12, day: 30})).toBe('2025-W01');
    expect(isoWeekId({year: 2021, month: 1, day: 4})).toBe('2021-W01');
  });

  it('when weeks are listed between two instants, then they come newest first, bounded', () => {
    const from = Date.parse('2026-02-20T12:00:00Z');
    const to = Date.parse('2026-03-10T12:00:00Z');
    const ids = mondaysBetween(from, to, TORONTO, 53).map((m) => isoWeekId(m));
    expect(ids).toEqual(['2026-W11', '2026-W10', '2026-W09', '2026-W08']);
    expect(mondaysBetween(from, to, TORONTO, 2)).toHaveLength(2);
    expect(mondaysBetween(to, to, TORONTO, 53).map((m) => isoWeekId(m))).toEqual(['2026-W11']);
  });
});
