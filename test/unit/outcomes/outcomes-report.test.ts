import {describe, expect, it} from 'vitest';
import {outcomesReport, type OutcomesInput} from '../../../web/server/outcomes/outcomes-report';
import type {OutcomeCaseFacts} from '../../../web/server/outcomes/types';
import {parseWeekParam, weekBounds} from '../../../web/server/outcomes/week';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TORONTO = 'America/Toronto';

function week(param: string) {
  const parsed = parseWeekParam(param);
  if (!parsed.ok) throw new Error(parsed.reason);
  return weekBounds(parsed.monday, TORONTO);
}

const W10 = week('2026-W10');
/** Tuesday 3 March 2026, 10:00 in Toronto. */
const TUESDAY_10 = (W10.days[1]?.startsAt ?? 0) + 10 * HOUR;

function facts(id: string, given: Partial<OutcomeCaseFacts> = {}): OutcomeCaseFacts {
  return {
    id,
    openedAt: TUESDAY_10,
    clockStartedAt: given.openedAt ?? TUESDAY_10,
    dueAt: (given.openedAt ?? TUESDAY_10) + 15 * MINUTE,
    firstContactAt: null,
    resolvedAt: null,
    outcome: null,
    recoveredRevenue: null,
    promise: false,
    orderTimes: [],
    contactTimes: [],
    ...given,
  };
}

function input(given: Partial<OutcomesInput>): OutcomesInput {
  return {
    week: W10,
    timeZone: {name: TORONTO, known: true},
    now: W10.endsAt + HOUR,
    currencyCode: 'CAD',
    campaign: null,
    cases: [],
    contactTimes: [],
    promises: [],
    campaigns: [{id: 'c-furs', name: 'Fabulous Furs — 20%'}],
    weeks: [W10],
    ...given,
  };
}

describe('outcomesReport: a week of follow-up', () => {
  it('when the week had no case, then every figure is empty rather than made up', () => {
    const report = outcomesReport(input({}));
    expect(report.cases).toEqual({
      total: 0,
      open: 0,
      byOutcome: {
        purchased: 0,
        resumed_by_draft_order: 0,
        difference_refunded: 0,
        will_buy_later: 0,
        not_interested: 0,
        unreachable: 0,
      },
    });
    expect(report.firstContact).toEqual({count: 0, medianMs: null, p90Ms: null});
    expect(report.sla.hitRate).toBeNull();
    expect(report.recoveredRevenue).toEqual({
      amount: 0,
      currencyCode: 'CAD',
      cases: 0,
      otherCurrencies: [],
    });
    expect(report.contactsToBuyers).toEqual({count: 0, caseIds: []});
    expect(report.days.map((d) => d.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(report.days.every((d) => d.opened === 0 && d.contacts === 0)).toBe(true);
  });

  it('when cases were contacted, resolved and bought, then the figures say so, day by day', () => {
    const wednesday = TUESDAY_10 + 24 * HOUR;
    const report = outcomesReport(
      input({
        cases: [
          facts('a', {
            firstContactAt: TUESDAY_10 + 5 * MINUTE,
            resolvedAt: TUESDAY_10 + HOUR,
            outcome: 'purchased',
            recoveredRevenue: {amount: 151.2, currencyCode: 'CAD'},
            orderTimes: [TUESDAY_10 + HOUR],
            contactTimes: [TUESDAY_10 + 5 * MINUTE],
          }),
          facts('b', {
            openedAt: wednesday,
            clockStartedAt: wednesday,
            dueAt: wednesday + 15 * MINUTE,
            firstContactAt: wednesday + 25 * MINUTE,
            resolvedAt: wednesday + 2 * HOUR,
            outcome: 'not_interested',
            contactTimes: [wednesday + 25 * MINUTE],
          }),
          facts('c', {recoveredRevenue: {amount: 40, currencyCode: 'USD'}, outcome: 'purchased'}),
          facts('d', {
            openedAt: TUESDAY_10,
            // Reopened an hour later: its clock starts again there.
            clockStartedAt: TUESDAY_10 + HOUR,
            dueAt: TUESDAY_10 + HOUR + 15 * MINUTE,
            firstContactAt: TUESDAY_10 + HOUR + 10 * MINUTE,
          }),
        ],
        contactTimes: [TUESDAY_10 + 5 * MINUTE, wednesday + 25 * MINUTE, wednesday + 26 * MINUTE],
        promises: [{campaignId: 'c-furs', kept: 12, broken: 3}],
      }),
    );
    expect(report.cases.total).toBe(4);
    expect(report.cases.open).toBe(2);
    expect(report.cases.byOutcome).toMatchObject({purchased: 1, not_interested: 1});
    expect(report.firstContact).toEqual({count: 3, medianMs: 10 * MINUTE, p90Ms: 22 * MINUTE});
    expect(report.sla).toMatchObject({hit: 2, missed: 2, hitRate: 0.5});
    expect(report.recoveredRevenue).toEqual({
      amount: 151.2,
      currencyCode: 'CAD',
      cases: 1,
      otherCurrencies: [{amount: 40, currencyCode: 'USD'}],
    });
    expect(report.promises).toEqual([
      {campaignId: 'c-furs', name: 'Fabulous Furs — 20%', kept: 12, broken: 3},
    ]);
    expect(report.contactsToBuyers.count).toBe(0);
    expect(report.days[1]).toEqual({
      date: '2026-03-03',
      opened: 3,
      contacts: 1,
      slaHit: 2,
      slaMissed: 1,
      recovered: 151.2,
    });
    expect(report.days[2]).toMatchObject({opened: 1, contacts: 2, slaMissed: 1});
  });
});
