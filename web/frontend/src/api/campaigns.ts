import type {ApiClient} from './api-client';
import {
  alertListSchema,
  campaignDetailSchema,
  campaignListSchema,
  savedCampaignSchema,
  verifiedLinksSchema,
  verifyResultSchema,
  type CampaignAlert,
  type CampaignDetail,
  type CampaignPromise,
  type CampaignSummary,
  type Report,
  type SavedCampaign,
  type VerifiedLink,
} from './campaign-schemas';

export const CAMPAIGNS_PATH = '/api/campaigns';
export const CAMPAIGN_ALERTS_PATH = '/api/campaigns/alerts';

export function campaignPath(id: string): string {
  return `${CAMPAIGNS_PATH}/${encodeURIComponent(id)}`;
}

export function verifiedLinksPath(id: string, storePath: string): string {
  return `${campaignPath(id)}/links?${new URLSearchParams({path: storePath}).toString()}`;
}

/** The body of `POST /api/campaigns` and `PUT /api/campaigns/:id`; date-times are ISO strings. */
export interface CampaignInput {
  name: string;
  promise: CampaignPromise;
  discountCodes: string[];
  sendAt: string;
  promiseStartsAt: string;
  promiseEndsAt: string;
  recipients: number | null;
  attributionKey: string;
  email: {links: string[]; html: string | null};
}

// Module-level parsers: `useApiQuery` refetches when its parser changes identity.
export const parseCampaignList = (body: unknown): CampaignSummary[] =>
  campaignListSchema.parse(body).campaigns;
export const parseAlertList = (body: unknown): CampaignAlert[] =>
  alertListSchema.parse(body).alerts;
export const parseCampaignDetail = (body: unknown): CampaignDetail =>
  campaignDetailSchema.parse(body);
export const parseVerifiedLinks = (body: unknown): VerifiedLink[] =>
  verifiedLinksSchema.parse(body).links;

/** Creates the campaign, or replaces it when `id` is given; the server verifies it as it saves. */
export function saveCampaign(
  client: ApiClient,
  input: CampaignInput,
  id?: string,
): Promise<SavedCampaign> {
  return client.request(id === undefined ? CAMPAIGNS_PATH : campaignPath(id), parseSaved, {
    method: id === undefined ? 'POST' : 'PUT',
    body: input,
  });
}

export async function verifyCampaignNow(client: ApiClient, id: string): Promise<Report> {
  const result = await client.request(`${campaignPath(id)}/verify`, parseVerifyResult, {
    method: 'POST',
  });
  return result.report;
}

export function deleteCampaign(client: ApiClient, id: string): Promise<void> {
  return client.request(campaignPath(id), ignoreBody, {method: 'DELETE'});
}

const parseSaved = (body: unknown): SavedCampaign => savedCampaignSchema.parse(body);
const parseVerifyResult = (body: unknown) => verifyResultSchema.parse(body);
/** A 204 has no body to read. */
const ignoreBody = (): void => undefined;
