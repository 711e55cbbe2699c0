import type {CaseOutcome} from '../followup/types';
import {contactsToBuyers, type BuyerContacts} from './buyer-contacts';
import {summarizeDurations, type DurationSummary} from './percentiles';
import {slaStanding, summarizeSla, type SlaSummary} from './sla';
import type {OutcomeCaseFacts, PromiseCount} from './types';
import type {DayBounds, WeekBounds} from './week';

/**
 * One week of follow-up, as the Outcomes page shows it. The week's cases are those opened in it
 * (in the shop's time zone); every case figure is about them, so a week's numbers do not move
 * when a later week is busy. Contacts per day are the contacts made that day.
 */
export interface OutcomesReport {
  week: {id: string; start: string; end: string; startsAt: number; endsAt: number};
  /** The zone the week is counted in; `known: false` when the shop's is unknown (UTC then). */
  timeZone: {name: string; known: boolean};
  currencyCode: string;
  campaign: {id: string; name: string} | null;
  cases: {total: number; open: number; byOutcome: Record<CaseOutcome, number>};
  /** From the case opening (or reopening) to the first contact, of the cases contacted. */
  firstContact: DurationSummary;
  sla: SlaSummary;
  /** In the shop's currency; amounts in another currency are listed apart, never added in. */
  recoveredRevenue: {
    amount: number;
    currencyCode: string;
    cases: number;
    otherCurrencies: Array<{amount: number; currencyCode: string}>;
  };
  promises: Array<{campaignId: string; name: string; kept: number; broken: number}>;
  /** Contacts made after the shopper had ordered: 0 when Heed works. */
  contactsToBuyers: BuyerContacts;
  days: Array<{
    date: string;
    opened: number;
    contacts: number;
    slaHit: number;
    slaMissed: number;
    recovered: number;
  }>;
  filters: {
    weeks: Array<{id: string; start: string; end: string}>;
    campaigns: Array<{id: string; name: string}>;
  };
}

export interface OutcomesInput {
  week: WeekBounds;
  timeZone: {name: string; known: boolean};
  now: number;
  currencyCode: string;
  campaign: {id: string; name: string} | null;
  cases: readonly OutcomeCaseFacts[];
  contactTimes: readonly number[];
  promises: readonly PromiseCount[];
  /** The shop's campaigns, for names and the filter. */
  campaigns: ReadonlyArray<{id: string; name: string}>;
  weeks: readonly WeekBounds[];
}

export function outcomesReport(input: OutcomesInput): OutcomesReport {
  const {week, cases, now} = input;
  const names = new Map(input.campaigns.map((c) => [c.id, c.name]));
  return {
    week: {
      id: week.id,
      start: week.start,
      end: week.end,
      startsAt: week.startsAt,
      endsAt: week.endsAt,
    },
    timeZone: input.timeZone,
    currencyCode: input.currencyCode,
    campaign: input.campaign,
    cases: caseCounts(cases),
    firstContact: summarizeDurations(
      cases.flatMap((c) =>
        c.firstContactAt === null ? [] : [Math.max(0, c.firstContactAt - c.clockStartedAt)],
      ),
    ),
    sla: summarizeSla(cases, now),
    recoveredRevenue: recovered(cases, input.currencyCode),
    promises: input.promises
      .map((p) => ({...p, name: names.get(p.campaignId) ?? 'A deleted campaign'}))
      .sort((a, b) => b.kept + b.broken - (a.kept + a.broken) || a.name.localeCompare(b.name)),
    contactsToBuyers: contactsToBuyers(cases.map((c) => ({...c, caseId: c.id}))),
    days: week.days.map((day) =>
      dayFigures(day, cases, input.contactTimes, input.currencyCode, now),
    ),
    filters: {
      weeks: input.weeks.map((w) => ({id: w.id, start: w.start, end: w.end})),
      campaigns: input.campaigns.map((c) => ({id: c.id, name: c.name})),
    },
  };
}

function caseCounts(cases: readonly OutcomeCaseFacts[]): OutcomesReport['cases'] {
  // Every outcome is listed, with 0 where none: a chart keeps its bars in the same places.
  const byOutcome: Record<CaseOutcome, number> = {
    purchased: 0,
    resumed_by_draft_order: 0,
    difference_refunded: 0,
    will_buy_later: 0,
    not_interested: 0,
    unreachable: 0,
  };
  let open = 0;
  for (const c of cases) {
    if (c.resolvedAt === null || c.outcome === null) open += 1;
    else byOutcome[c.outcome] += 1;
  }
  return {total: cases.length, open, byOutcome};
}

function recovered(
  cases: readonly OutcomeCaseFacts[],
  currencyCode: string,
): OutcomesReport['recoveredRevenue'] {
  const totals = new Map<string, number>();
  let counted = 0;
  for (const c of cases) {
    const money = c.recoveredRevenue;
    if (!money) continue;
    totals.set(money.currencyCode, (totals.get(money.currencyCode) ?? 0) + money.amount);
    if (money.currencyCode === currencyCode) counted += 1;
  }
  return {
    amount: cents(totals.get(currencyCode) ?? 0),
    currencyCode,
    cases: counted,
    otherCurrencies: [...totals]
      .filter(([code]) => code !== currencyCode)
      .map(([code, amount]) => ({amount: cents(amount), currencyCode: code}))
      .sort((a, b) => a.currencyCode.localeCompare(b.currencyCode)),
  };
}

function dayFigures(
  day: DayBounds,
  cases: readonly OutcomeCaseFacts[],
  contactTimes: readonly number[],
  currencyCode: string,
  now: number,
): OutcomesReport['days'][number] {
  const within = (at: number) => at >= day.startsAt && at < day.endsAt;
  const opened = cases.filter((c) => within(c.openedAt));
  const standings = opened.map((c) => slaStanding(c, now));
  return {
    date: day.date,
    opened: opened.length,
    contacts: contactTimes.filter(within).length,
    slaHit: standings.filter((s) => s === 'hit').length,
    slaMissed: standings.filter((s) => s === 'missed').length,
    recovered: cents(
      opened.reduce(
        (sum, c) =>
          c.recoveredRevenue?.currencyCode === currencyCode ? sum + c.recoveredRevenue.amount : sum,
        0,
      ),
    ),
  };
}

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
