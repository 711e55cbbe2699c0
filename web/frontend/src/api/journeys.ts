import {
  journeyDetailSchema,
  journeyListSchema,
  journeyOfDetailSchema,
  type JourneyDetail,
  type JourneySummary,
} from './journey-schemas';

export const JOURNEYS_PATH = '/api/journeys';
export const LIVE_PATH = '/api/live';

/** What `GET /api/journeys` filters on; `undefined` means "any". */
export interface JourneyQuery {
  sinceHours: number;
  limit: number;
  signal: string | undefined;
  campaign: string | undefined;
}

export function journeysPath(query: JourneyQuery): string {
  const params = new URLSearchParams({
    sinceHours: String(query.sinceHours),
    limit: String(query.limit),
  });
  if (query.signal) params.set('signal', query.signal);
  if (query.campaign) params.set('campaign', query.campaign);
  return `${JOURNEYS_PATH}?${params.toString()}`;
}

export function journeyPath(id: string): string {
  return `${JOURNEYS_PATH}/${encodeURIComponent(id)}`;
}

// Module-level parsers: `useApiQuery` refetches when its parser changes identity.
export const parseJourneyList = (body: unknown): JourneySummary[] =>
  journeyListSchema.parse(body).journeys;
export const parseJourneyDetail = (body: unknown): JourneyDetail => journeyDetailSchema.parse(body);
export const parseJourneyOfDetail = (body: unknown): JourneySummary =>
  journeyOfDetailSchema.parse(body).journey;
