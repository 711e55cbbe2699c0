import type {JourneyQuery} from '../api/journeys';
import type {JourneySummary} from '../api/journey-schemas';

const HOUR_MS = 3_600_000;
/** As many rows as a merchant can scan; the server allows up to 200. */
export const LIST_LIMIT = 50;

/** The time ranges offered; each one's words are `range.<name>` in the `live` namespace. */
export const TIME_RANGES = [
  {hours: 1, name: 'hour'},
  {hours: 24, name: 'day'},
  {hours: 24 * 7, name: 'week'},
  {hours: 24 * 30, name: 'month'},
] as const;
export type TimeRangeName = (typeof TIME_RANGES)[number]['name'];
export const DEFAULT_HOURS = 24;

/** The list's filters live in the address (`?signal=…&campaign=…&hours=…`): a view can be shared, and Back keeps it. */
export interface LiveFilters {
  signal: string | undefined;
  campaign: string | undefined;
  hours: number;
}

export function filtersFrom(params: URLSearchParams): LiveFilters {
  const hours = Number(params.get('hours'));
  return {
    signal: params.get('signal') || undefined,
    campaign: params.get('campaign') || undefined,
    hours: TIME_RANGES.some((range) => range.hours === hours) ? hours : DEFAULT_HOURS,
  };
}

/** Only what differs from the defaults, so the plain `/live` stays plain. */
export function filtersToParams(filters: LiveFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.signal) params.set('signal', filters.signal);
  if (filters.campaign) params.set('campaign', filters.campaign);
  if (filters.hours !== DEFAULT_HOURS) params.set('hours', String(filters.hours));
  return params;
}

export function isFiltered(filters: LiveFilters): boolean {
  return filters.signal !== undefined || filters.campaign !== undefined;
}

export function journeyQuery(filters: LiveFilters): JourneyQuery {
  return {
    sinceHours: filters.hours,
    limit: LIST_LIMIT,
    signal: filters.signal,
    campaign: filters.campaign,
  };
}

/** The server's own filter, applied to journeys that arrive live. */
export function matchesFilters(
  journey: JourneySummary,
  filters: LiveFilters,
  now: number,
): boolean {
  if (journey.lastActivityAt < now - filters.hours * HOUR_MS) return false;
  if (filters.signal && !journey.signals.some((s) => s.type === filters.signal)) return false;
  if (filters.campaign && journey.campaignKey !== filters.campaign) return false;
  return true;
}
