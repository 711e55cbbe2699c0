/** `GET /api/outcomes` answers for the admin's tests: a busy week, and an empty one. */

const MINUTE = 60_000;
export const WINTER_ID = 'cmp_winter';

export const WEEKS = [
  {id: '2026-W10', start: '2026-03-02', end: '2026-03-08'},
  {id: '2026-W09', start: '2026-02-23', end: '2026-03-01'},
];

export function outcomesReport(overrides: Record<string, unknown> = {}) {
  return {
    week: {
      id: '2026-W10',
      start: '2026-03-02',
      end: '2026-03-08',
      startsAt: Date.parse('2026-03-02T05:00:00Z'),
      endsAt: Date.parse('2026-03-09T04:00:00Z'),
    },
    timeZone: {name: 'America/Toronto', known: true},
    currencyCode: 'CAD',
    campaign: null,
    cases: {
      total: 9,
      open: 2,
      byOutcome: {
        purchased: 3,
        resumed_by_draft_order: 0,
        difference_refunded: 1,
        will_buy_later: 1,
        not_interested: 1,
        unreachable: 1,
      },
    },
    firstContact: {count: 7, medianMs: 12 * MINUTE, p90Ms: 41 * MINUTE},
    sla: {hit: 6, missed: 2, pending: 1, notNeeded: 0, hitRate: 0.75},
    recoveredRevenue: {amount: 1234.5, currencyCode: 'CAD', cases: 3, otherCurrencies: []},
    promises: [{campaignId: WINTER_ID, name: 'Winter clearance', kept: 14, broken: 3}],
    contactsToBuyers: {count: 0, caseIds: []},
    days: ['02', '03', '04', '05', '06', '07', '08'].map((day, n) => ({
      date: `2026-03-${day}`,
      opened: n % 3,
      contacts: n % 2,
      slaHit: n % 2,
      slaMissed: 0,
      recovered: 0,
    })),
    filters: {weeks: WEEKS, campaigns: [{id: WINTER_ID, name: 'Winter clearance'}]},
    ...overrides,
  };
}

export function emptyWeek() {
  const busy = outcomesReport();
  return outcomesReport({
    cases: {total: 0, open: 0, byOutcome: {...busy.cases.byOutcome, purchased: 0}},
    firstContact: {count: 0, medianMs: null, p90Ms: null},
    sla: {hit: 0, missed: 0, pending: 0, notNeeded: 0, hitRate: null},
    recoveredRevenue: {amount: 0, currencyCode: 'CAD', cases: 0, otherCurrencies: []},
    promises: [],
    days: busy.days.map((d) => ({...d, opened: 0, contacts: 0, slaHit: 0})),
  });
}
