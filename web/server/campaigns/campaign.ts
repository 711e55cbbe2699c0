import type {CampaignPromise} from '../../shared/campaign-schemas';

// The campaign's schemas and limits are shared with the admin's campaign form
// (web/shared/campaign-schemas.ts).
export {
  MAX_EMAIL_HTML_BYTES,
  campaignInputSchema,
  discountCodeSchema,
  promiseSchema,
  type CampaignInput,
  type CampaignPromise,
  type PickedResource,
} from '../../shared/campaign-schemas';

export interface Campaign {
  id: string;
  shop: string;
  name: string;
  promise: CampaignPromise;
  discountCodes: string[];
  sendAt: number;
  promiseStartsAt: number;
  promiseEndsAt: number;
  recipients: number | null;
  attributionKey: string;
  email: {links: string[]; html: string | null};
  createdAt: number;
  updatedAt: number;
}
