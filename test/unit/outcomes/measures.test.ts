import {describe, expect, it} from 'vitest';
import {percentile, summarizeDurations} from '../../../web/server/outcomes/percentiles';
import {slaStanding, summarizeSla} from '../../../web/server/outcomes/sla';
import {contactsToBuyers} from '../../../web/server/outcomes/buyer-contacts';

const MINUTE = 60_000;
const DUE = 1_000_000;

describe('percentiles by interpolation between ranks', () => {
  it.each([
    [[4, 6, 8, 10], 0.5, 7],
    [[4, 6, 8], 0.5, 6],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[5], 0.9, 5],
    [[2, 4], 0, 2],
    [[2, 4], 1, 4],
  ])('when the values are %j, then percentile %d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  it('when there are no values, then there is no percentile', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(summarizeDurations([])).toEqual({count: 0, medianMs: null, p90Ms: null});
  });

  it('when durations come unsorted, then the summary sorts them first', () => {
    expect(summarizeDurations([30 * MINUTE, 5 * MINUTE, 10 * MINUTE])).toEqual({
      count: 3,
      medianMs: 10 * MINUTE,
      p90Ms: 26 * MINUTE,
    });
  });
});

describe('slaStanding: where a case stands against its first-contact deadline', () => {
  it.each([
    ['contacted before the deadline', {firstContactAt: DUE - 1, resolvedAt: null}, DUE + 9, 'hit'],
    ['contacted exactly on the deadline', {firstContactAt: DUE, resolvedAt: null}, DUE + 9, 'hit'],
    [
      'contacted a millisecond late',
      {firstContactAt: DUE + 1, resolvedAt: DUE + 5},
      DUE + 9,
      'missed',
    ],
    [
      'uncontacted and past due, still open',
      {firstContactAt: null, resolvedAt: null},
      DUE + 1,
      'missed',
    ],
    ['uncontacted, the deadline is now', {firstContactAt: null, resolvedAt: null}, DUE, 'pending'],
    ['uncontacted, not due yet', {firstContactAt: null, resolvedAt: null}, DUE - 1, 'pending'],
    [
      'resolved uncontacted after the deadline',
      {firstContactAt: null, resolvedAt: DUE + 1},
      DUE + 9,
      'missed',
    ],
    [
      'resolved uncontacted on the deadline (the shopper bought)',
      {firstContactAt: null, resolvedAt: DUE},
      DUE + 9,
      'not_needed',
    ],
  ] as const)('when %s, then it is %s', (_what, facts, now, standing) => {
    expect(slaStanding({dueAt: DUE, ...facts}, now)).toBe(standing);
  });

  it('when cases are summarized, then pending and unneeded ones are left out of the rate', () => {
    const summary = summarizeSla(
      [
        {dueAt: DUE, firstContactAt: DUE - 5, resolvedAt: null},
        {dueAt: DUE, firstContactAt: DUE, resolvedAt: null},
        {dueAt: DUE, firstContactAt: DUE + 5, resolvedAt: null},
        {dueAt: DUE + 100, firstContactAt: null, resolvedAt: null},
        {dueAt: DUE, firstContactAt: null, resolvedAt: DUE - 1},
      ],
      DUE + 10,
    );
    expect(summary).toEqual({hit: 2, missed: 1, pending: 1, notNeeded: 1, hitRate: 2 / 3});
  });

  it('when no case is decided yet, then there is no rate', () => {
    expect(summarizeSla([], DUE).hitRate).toBeNull();
    expect(
      summarizeSla([{dueAt: DUE, firstContactAt: null, resolvedAt: null}], DUE - 1).hitRate,
    ).toBeNull();
  });
});

describe('contactsToBuyers: nobody is chased after they bought', () => {
  const base = {caseId: 'c1', promise: false};

  it('when every contact came before the order, then none counts', () => {
    expect(contactsToBuyers([{...base, orderTimes: [500], contactTimes: [100, 500]}])).toEqual({
      count: 0,
      caseIds: [],
    });
  });

  it('when a contact came after an order of the shopper, then it counts, with its case', () => {
    expect(
      contactsToBuyers([
        {...base, orderTimes: [900, 400], contactTimes: [100, 401, 950]},
        {...base, caseId: 'c2', orderTimes: [], contactTimes: [5]},
      ]),
    ).toEqual({count: 2, caseIds: ['c1']});
  });

  it('when the case is about a broken promise, then contacting the buyer to make it right is not counted', () => {
    expect(
      contactsToBuyers([{...base, promise: true, orderTimes: [100], contactTimes: [200]}]),
    ).toEqual({count: 0, caseIds: []});
  });
});
