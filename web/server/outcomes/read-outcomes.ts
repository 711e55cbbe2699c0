import type {Storage} from '../storage';
import {HeedError} from '../errors';
import {englishSayer} from '../sentences/wording';
import {caseWording} from '../followup/case-words';
import {outcomesReport, type OutcomesReport} from './outcomes-report';
import {knownZone, mondaysBetween, weekAt, weekBounds, type CalendarDate} from './week';

/** Weeks the filter offers at most: a year, as long as Heed keeps resolved cases. */
const MAX_WEEKS = 53;

export interface OutcomesQuery {
  /** The Monday of the week asked for; the current week when absent. */
  monday: CalendarDate | null;
  campaignId: string | null;
}

/**
 * The Outcomes page's use case: the shop's zone and currency, the week asked for (never one
 * that has not begun), its campaign (only one of this shop's), then the week's figures.
 */
export async function readOutcomes(
  storage: Storage,
  shop: string,
  query: OutcomesQuery,
  now: number,
): Promise<OutcomesReport> {
  const reads = storage.reads;
  const [record, campaigns, firstActivityAt] = await Promise.all([
    reads.shops.get(shop),
    reads.campaigns.list(shop),
    reads.outcomes.firstActivityAt(shop),
  ]);
  const zone = knownZone(record?.timeZone ?? null);
  const timeZone = zone ?? 'UTC';
  const current = weekAt(now, timeZone);
  const week = query.monday ? weekBounds(query.monday, timeZone) : current;
  if (week.start > current.start) {
    throw badQuery('week', 'weekNotBegun', {week: week.start});
  }
  const campaign = query.campaignId ? campaigns.find((c) => c.id === query.campaignId) : null;
  if (campaign === undefined) {
    throw badQuery('campaign', 'noSuchCampaign');
  }
  const range = {
    shop,
    startsAt: week.startsAt,
    endsAt: week.endsAt,
    campaignId: campaign?.id ?? null,
  };
  const [cases, contactTimes, promises] = await Promise.all([
    reads.outcomes.cases(range),
    reads.outcomes.contactTimes(range),
    reads.outcomes.promiseCounts(range),
  ]);
  // The filter offers every week since the shop's first case or campaign checkout, and the
  // week shown, even one older than that.
  const earliest = Math.min(firstActivityAt ?? now, week.startsAt);
  const weeks = mondaysBetween(earliest, now, timeZone, MAX_WEEKS).map((monday) =>
    weekBounds(monday, timeZone),
  );
  if (!weeks.some((w) => w.id === week.id)) weeks.push(week);
  return outcomesReport({
    week,
    timeZone: {name: timeZone, known: zone !== null},
    now,
    currencyCode: record?.currencyCode ?? 'USD',
    campaign: campaign ? {id: campaign.id, name: campaign.name} : null,
    cases,
    contactTimes,
    promises,
    campaigns: campaigns.map((c) => ({id: c.id, name: c.name})),
    weeks,
  });
}

/** A query the page cannot be answered for, said to the person reading it. */
function badQuery(path: string, key: string, values?: Record<string, string>): HeedError {
  const wording = caseWording(`outcomesQuery.${key}`, values);
  return new HeedError('BAD_REQUEST', 'Outcomes query refused', {
    problems: [{path, message: englishSayer(null).say(wording), wording}],
    clientWording: wording,
  });
}
