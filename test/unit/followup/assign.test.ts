import {describe, expect, it} from 'vitest';
import {chooseAssignee} from '../../../web/server/followup/assign';
import {MINUTE, NOW, staffMember} from './fixtures';

const ROUND_ROBIN = {kind: 'round_robin'} as const;
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({day, start, end}));

// NOW is Monday 6 July 2026, 15:00 UTC: 11:00 in Toronto, 17:00 in Berlin, 00:00 in Tokyo.
const anna = staffMember({
  userId: 'anna',
  timeZone: 'America/Toronto',
  workingHours: weekdays('09:00', '17:00'),
});
const ben = staffMember({
  userId: 'ben',
  timeZone: 'Europe/Berlin',
  workingHours: weekdays('08:00', '18:00'),
});
const kenji = staffMember({
  userId: 'kenji',
  timeZone: 'Asia/Tokyo',
  workingHours: weekdays('09:00', '17:00'),
});
const lea = staffMember({userId: 'lea', role: 'lead'});

describe('chooseAssignee: round robin among agents on shift in their own zone', () => {
  it('when two agents are on shift, then the one handed a case least recently gets it', () => {
    const recent = [
      {userId: 'anna', at: NOW - 5 * MINUTE},
      {userId: 'ben', at: NOW - 30 * MINUTE},
      {userId: 'anna', at: NOW - 60 * MINUTE},
    ];
    expect(chooseAssignee(ROUND_ROBIN, [anna, ben, kenji, lea], recent, null, NOW)).toBe('ben');
  });

  it('when an agent was never assigned, then they go first', () => {
    const recent = [{userId: 'ben', at: NOW - 60 * MINUTE}];
    expect(chooseAssignee(ROUND_ROBIN, [ben, anna], recent, null, NOW)).toBe('anna');
  });

  it('when the only agent awake is asleep in Tokyo, then the other agents share the cases', () => {
    const recent = [{userId: 'anna', at: NOW - MINUTE}];
    expect(chooseAssignee(ROUND_ROBIN, [kenji, anna], recent, null, NOW)).toBe('anna');
  });

  it('when no agent is on shift, then a lead on shift gets it', () => {
    expect(chooseAssignee(ROUND_ROBIN, [kenji, lea], [], null, NOW)).toBe('lea');
  });

  it('when a rule names a person, then the case is theirs even off shift', () => {
    expect(chooseAssignee({kind: 'person', userId: 'kenji'}, [anna, kenji], [], null, NOW)).toBe(
      'kenji',
    );
  });

  it('when the named person left the team, then round robin decides', () => {
    expect(chooseAssignee({kind: 'person', userId: 'gone'}, [anna], [], null, NOW)).toBe('anna');
  });

  it.each([
    ['nobody is on the team', []],
    ['the only agent is asleep in Tokyo', [kenji]],
    [
      'everyone switched off',
      [
        {...anna, available: false},
        {...lea, available: false},
      ],
    ],
  ])('when %s, then the case stays unassigned', (_what, staff) => {
    expect(chooseAssignee(ROUND_ROBIN, staff, [], null, NOW)).toBeNull();
  });
});
