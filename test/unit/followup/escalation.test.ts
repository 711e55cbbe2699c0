import {describe, expect, it} from 'vitest';
import {isEscalationDue} from '../../../web/server/followup/escalation';
import {isDueSoon} from '../../../web/server/followup/case-views';
import {followupCase, MINUTE, NOW} from './fixtures';

const due = (overrides: Parameters<typeof followupCase>[0] = {}) =>
  followupCase({openedAt: NOW - 20 * MINUTE, dueAt: NOW - MINUTE, ...overrides});

describe('escalation of an overdue first contact', () => {
  it('when the deadline passed and nobody contacted the shopper, then it is due', () => {
    expect(isEscalationDue(due(), NOW)).toBe(true);
  });

  it.each([
    ['the deadline is still ahead', {dueAt: NOW + MINUTE}],
    ['someone contacted the shopper', {firstContactAt: NOW - 5 * MINUTE}],
    ['the case is resolved', {status: 'resolved' as const, resolvedAt: NOW - MINUTE}],
    ['it was escalated already', {escalatedAt: NOW - 30_000}],
    ['it is snoozed', {snoozedUntil: NOW + 10 * MINUTE}],
  ])('when %s, then it is not', (_what, overrides) => {
    expect(isEscalationDue(due(overrides), NOW)).toBe(false);
  });

  it('when the snooze ended, then it is due again', () => {
    expect(isEscalationDue(due({snoozedUntil: NOW - 1}), NOW)).toBe(true);
  });
});

describe('due soon', () => {
  const fifteen = (left: number) =>
    followupCase({openedAt: NOW - 15 * MINUTE + left, dueAt: NOW + left});
  it.each([
    [4 * MINUTE, true],
    [5 * MINUTE, true],
    [6 * MINUTE, false],
    [0, false],
  ])('when %d ms are left of a 15-minute window, then due soon is %s', (left, soon) => {
    expect(isDueSoon(fifteen(left), NOW)).toBe(soon);
  });

  it('when four hours are given, then the last fifth (48 minutes) is due soon', () => {
    const long = (left: number) =>
      followupCase({openedAt: NOW - 240 * MINUTE + left, dueAt: NOW + left});
    expect(isDueSoon(long(47 * MINUTE), NOW)).toBe(true);
    expect(isDueSoon(long(49 * MINUTE), NOW)).toBe(false);
  });

  it('when the shopper was contacted, then nothing is due soon', () => {
    expect(isDueSoon(followupCase({dueAt: NOW + MINUTE, firstContactAt: NOW}), NOW)).toBe(false);
  });
});
