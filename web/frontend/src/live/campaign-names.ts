import type {CampaignSummary} from '../api/campaign-schemas';

/** The campaign a journey came from, by the `utm_campaign` its cart recorded. */
export function campaignName(
  key: string | null,
  campaigns: readonly CampaignSummary[] | undefined,
): string | undefined {
  if (key === null) return undefined;
  return campaigns?.find((campaign) => campaign.attributionKey === key)?.name;
}
