import type {CampaignSummary} from '../storage/campaigns-repository';

export interface OfferRequest {
  /** The campaign key recorded from the email link (cart attribute `_heed_utm_campaign`). */
  campaignKey: string | null;
  /** Codes already in the checkout. */
  codes: string[];
  now: number;
}

/**
 * Which campaign offer this shopper is entitled to. A shopper gets a campaign's code only when the
 * email link attributed them to that campaign, or when the code is already in their checkout:
 * never a code they could not have had.
 */
export function findOffer(
  campaigns: CampaignSummary[],
  request: OfferRequest,
): CampaignSummary | null {
  const live = campaigns.filter(
    (c) => request.now >= Math.min(c.sendAt, c.promiseStartsAt) && request.now <= c.promiseEndsAt,
  );
  if (request.campaignKey) {
    const key = request.campaignKey.toLowerCase();
    return live.find((c) => c.attributionKey.toLowerCase() === key) ?? null;
  }
  const codes = new Set(request.codes.map((c) => c.toUpperCase()));
  return live.find((c) => c.discountCodes.some((code) => codes.has(code.toUpperCase()))) ?? null;
}

/** The code to apply: one the shopper already has, else the campaign's first. */
export function offerCode(campaign: CampaignSummary, codes: string[]): string {
  const present = new Set(codes.map((c) => c.toUpperCase()));
  return (
    campaign.discountCodes.find((c) => present.has(c.toUpperCase())) ??
    campaign.discountCodes[0] ??
    ''
  );
}
