import type {CartSnapshot, Journey} from '../journey';
import type {CampaignFacts, DetectionContext} from '../signal';

/** What this shopper was promised: the campaign (when Heed knows it) and the codes that keep it. */
export interface PromisedOffer {
  campaign: CampaignFacts | null;
  campaignKey: string | null;
  campaignId: string | null;
  codes: string[];
  /** Pixel events that tell the promise: the attribution snapshot, the extension's reports. */
  eventIds: string[];
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * A shopper is attributed to a campaign by the `_heed_*` cart attributes the email link left, or
 * by the checkout extension's report naming a campaign. Null when nothing ties them to one.
 */
export function promisedOffer(journey: Journey, context: DetectionContext): PromisedOffer | null {
  const attribution = journey.attribution;
  const reports = journey.outcomes.filter((o) => o.campaignId !== null || o.code !== null);
  if (!attribution && reports.length === 0) return null;
  const campaignId = reports.find((o) => o.campaignId !== null)?.campaignId ?? null;
  const key = attribution?.campaignKey ?? null;
  const campaign =
    context.campaigns.find((c) => campaignId !== null && c.id === campaignId) ??
    context.campaigns.find((c) => key !== null && same(c.attributionKey, key)) ??
    context.campaigns.find((c) =>
      c.discountCodes.some((code) => attribution?.code && same(code, attribution.code)),
    ) ??
    null;
  const codes = campaign
    ? campaign.discountCodes
    : [attribution?.code, ...reports.map((o) => o.code)].filter(
        (code): code is string => typeof code === 'string' && code.length > 0,
      );
  return {
    campaign,
    campaignKey: key,
    campaignId: campaign?.id ?? campaignId,
    codes: [...new Set(codes.map((code) => code.toUpperCase()))],
    eventIds: [attribution?.asOf.eventId, ...reports.map((o) => o.eventId)].filter(
      (id): id is string => typeof id === 'string',
    ),
  };
}

export type CodeEffect = 'applied' | 'no_allocation' | 'absent';

/**
 * Whether a code took something off. A shipping discount has no line allocation in the pixel's
 * snapshot, so being listed is enough; a line discount must have an allocation.
 */
export function codeEffect(cart: CartSnapshot, code: string): CodeEffect {
  const application = cart.discountApplications.find((a) => same(a.title, code));
  if (!application) return 'absent';
  if (application.allocated > 0 || application.targetType === 'SHIPPING_LINE') return 'applied';
  return 'no_allocation';
}

export function isPromisedCode(offer: PromisedOffer | null, code: string | null): boolean {
  return offer !== null && code !== null && offer.codes.some((promised) => same(promised, code));
}
