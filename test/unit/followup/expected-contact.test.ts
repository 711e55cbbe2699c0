import {describe, expect, it} from 'vitest';
import {
  aboutMinutes,
  expectedContact,
  toldWords,
} from '../../../web/server/followup/expected-contact';
import {addWorkingMinutes} from '../../../web/server/followup/working-hours';
import type {WorkingHours} from '../../../web/server/followup/types';
import {askedTerms, ASKED_CONTACT_WITHIN_MINUTES} from '../../../web/server/followup/asked-sla';
import {rule} from './fixtures';

const MINUTE = 60_000;
const WEEKDAYS_9_TO_5: WorkingHours = [1, 2, 3, 4, 5].map((day) => ({
  day,
  start: '09:00',
  end: '17:00',
}));

/** What the shopper is told when asking at `now` with an SLA of `minutes`, as the case counts it. */
function told(now: string, minutes: number, hours: WorkingHours | null, timeZone: string | null) {
  const at = Date.parse(now);
  return expectedContact({
    now: at,
    dueAt: addWorkingMinutes(at, minutes, hours, timeZone),
    hours,
    timeZone,
  });
}

describe('expectedContact: when a shopper who asked is told to expect a person', () => {
  it.each<[string, string, number, WorkingHours | null, string | null, unknown]>([
    [
      'the shop sets no hours',
      '2026-07-07T23:30:00Z',
      30,
      null,
      null,
      {kind: 'within', minutes: 30},
    ],
    [
      'a Paris shop is open, Tuesday 10:00',
      '2026-07-07T08:00:00Z',
      30,
      WEEKDAYS_9_TO_5,
      'Europe/Paris',
      {kind: 'within', minutes: 30},
    ],
    [
      'a Paris shop closes before the deadline, Tuesday 16:50',
      '2026-07-07T14:50:00Z',
      30,
      WEEKDAYS_9_TO_5,
      'Europe/Paris',
      // Ten minutes today, twenty tomorrow: Wednesday 09:20 in Paris.
      {kind: 'by', at: Date.parse('2026-07-08T07:20:00Z')},
    ],
    [
      'a Paris shop is closed for the night, Tuesday 20:00',
      '2026-07-07T18:00:00Z',
      30,
      WEEKDAYS_9_TO_5,
      'Europe/Paris',
      {kind: 'after', at: Date.parse('2026-07-08T07:00:00Z')},
    ],
    [
      'a Paris shop is closed for the weekend, Friday 18:00',
      '2026-07-10T16:00:00Z',
      15,
      WEEKDAYS_9_TO_5,
      'Europe/Paris',
      {kind: 'after', at: Date.parse('2026-07-13T07:00:00Z')},
    ],
    [
      'the same instant in a Los Angeles shop, Friday 9:00 there',
      '2026-07-10T16:00:00Z',
      15,
      WEEKDAYS_9_TO_5,
      'America/Los_Angeles',
      {kind: 'within', minutes: 15},
    ],
    [
      'a Los Angeles shop before opening, on the night clocks spring forward',
      '2026-03-08T10:00:00Z',
      60,
      [{day: 0, start: '09:00', end: '12:00'}],
      'America/Los_Angeles',
      // 9:00 is PDT (UTC-7) that Sunday, no longer PST.
      {kind: 'after', at: Date.parse('2026-03-08T16:00:00Z')},
    ],
    [
      'hours that never open (every hour counts, as for the deadline)',
      '2026-07-07T08:00:00Z',
      45,
      [],
      'Europe/Paris',
      {kind: 'within', minutes: 45},
    ],
  ])('when %s, then the answer says so', (_what, now, minutes, hours, zone, expected) => {
    expect(told(now, minutes, hours, zone)).toEqual(expected);
  });

  it('when the deadline has already passed, then the shopper is told minutes, never a time gone by', () => {
    const now = Date.parse('2026-07-07T08:00:00Z');
    expect(expectedContact({now, dueAt: now - 10 * MINUTE, hours: null, timeZone: null})).toEqual({
      kind: 'within',
      minutes: 5,
    });
  });

  it.each([
    [1, 5],
    [30, 30],
    [31, 35],
    [60, 60],
    [61, 120],
    [4 * 60, 4 * 60],
    [36 * 60 + 1, 2 * 24 * 60],
  ])('when %i minutes are left, then "about" rounds up to %i', (minutes, about) => {
    expect(aboutMinutes(minutes)).toBe(about);
  });

  it.each<[unknown, string | null, string]>([
    [{kind: 'within', minutes: 30}, 'Europe/Paris', 'within about 30 minutes'],
    [{kind: 'within', minutes: 120}, 'Europe/Paris', 'within about 2 hours'],
    [
      {kind: 'after', at: Date.parse('2026-07-08T07:00:00Z')},
      'Europe/Paris',
      'after the shop opens, Wednesday 09:00',
    ],
    [{kind: 'by', at: Date.parse('2026-07-08T07:20:00Z')}, null, 'by Wednesday 07:20 UTC'],
  ])('when the shopper was told %o, then staff read it in words', (expected, zone, words) => {
    expect(toldWords(expected as Parameters<typeof toldWords>[0], zone)).toBe(words);
  });
});

describe('askedTerms: whose deadline a shopper who asked gets', () => {
  const quick = rule({signalTypes: ['promo_not_applied'], contactWithinMinutes: 15}, 1);
  const slow = rule({signalTypes: ['abandoned'], contactWithinMinutes: 240, priority: 'normal'}, 0);

  it('when no rule matched, then the quickest enabled rule sets the deadline and the case is high', () => {
    const off = {...rule({signalTypes: ['stalled'], contactWithinMinutes: 5}, 2), enabled: false};
    expect(askedTerms([slow, quick, off], null)).toEqual({
      sla: {source: 'shortest_rule', ruleId: quick.id, ruleName: quick.name, minutes: 15},
      priority: 'high',
      assignee: {kind: 'round_robin'},
    });
  });

  it('when a rule matched, then its deadline, priority and assignee hold', () => {
    const urgent = {
      ...quick,
      priority: 'urgent' as const,
      assignee: {kind: 'person' as const, userId: '7'},
    };
    const match = {
      rule: urgent,
      signals: [],
      priority: urgent.priority,
      dueAt: 0,
      channel: urgent.channel,
    };
    expect(askedTerms([slow, urgent], match)).toMatchObject({
      sla: {source: 'rule', ruleId: urgent.id, minutes: 15},
      priority: 'urgent',
      assignee: {kind: 'person', userId: '7'},
    });
  });

  it('when the shop has no enabled rule, then the named default holds', () => {
    expect(askedTerms([], null).sla).toEqual({
      source: 'default',
      minutes: ASKED_CONTACT_WITHIN_MINUTES,
    });
  });
});
