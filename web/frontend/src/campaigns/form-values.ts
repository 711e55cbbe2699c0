import type {Campaign, PickedResource, PromiseKind} from '../api/campaign-schemas';
import {toLocalDateTime} from './datetime-local';

/**
 * The campaign form as the merchant types it: every field a string, so a half-typed value is never
 * lost to parsing. `to-campaign-input.ts` turns it into the API body once the checks pass.
 */
export interface CampaignFormValues {
  name: string;
  kind: PromiseKind;
  value: string;
  scopeType: 'entire_order' | 'products' | 'collections';
  scopeDescription: string;
  /** Products or collections picked from the shop; what verification compares, by GID. */
  scopeItems: PickedResource[];
  audienceType: 'everyone' | 'email_subscribers' | 'segment';
  /** Segment GIDs picked from the shop's segments. */
  segmentIds: string[];
  minimumType: 'none' | 'subtotal' | 'quantity';
  minimumValue: string;
  /** Comma- or line-separated. */
  discountCodes: string;
  /** `datetime-local` values, on the shop's clock. */
  sendAt: string;
  promiseStartsAt: string;
  promiseEndsAt: string;
  recipients: string;
  attributionKey: string;
  /** One per line. */
  emailLinks: string;
  emailHtml: string;
}

export type FormField = keyof CampaignFormValues;
export type FieldErrors = Partial<Record<FormField, string>>;

export const EMPTY_FORM: CampaignFormValues = {
  name: '',
  kind: 'percentage',
  value: '',
  scopeType: 'entire_order',
  scopeDescription: '',
  scopeItems: [],
  audienceType: 'everyone',
  segmentIds: [],
  minimumType: 'none',
  minimumValue: '',
  discountCodes: '',
  sendAt: '',
  promiseStartsAt: '',
  promiseEndsAt: '',
  recipients: '',
  attributionKey: '',
  emailLinks: '',
  emailHtml: '',
};

/** The saved campaign, back in the form's terms, for editing; times on the shop's clock. */
export function formValuesOf(campaign: Campaign, timeZone: string): CampaignFormValues {
  const {promise} = campaign;
  return {
    name: campaign.name,
    kind: promise.kind,
    value: promise.value === null ? '' : String(promise.value),
    scopeType: promise.scope.type,
    scopeDescription:
      promise.scope.type === 'entire_order' ? '' : (promise.scope.description ?? ''),
    scopeItems: promise.scope.type === 'entire_order' ? [] : (promise.scope.items ?? []),
    audienceType: promise.audience.type,
    segmentIds: promise.audience.type === 'segment' ? promise.audience.segmentIds : [],
    minimumType: promise.minimum?.type ?? 'none',
    minimumValue:
      promise.minimum === null
        ? ''
        : String(
            promise.minimum.type === 'subtotal' ? promise.minimum.amount : promise.minimum.quantity,
          ),
    discountCodes: campaign.discountCodes.join('\n'),
    sendAt: toLocalDateTime(campaign.sendAt, timeZone),
    promiseStartsAt: toLocalDateTime(campaign.promiseStartsAt, timeZone),
    promiseEndsAt: toLocalDateTime(campaign.promiseEndsAt, timeZone),
    recipients: campaign.recipients === null ? '' : String(campaign.recipients),
    attributionKey: campaign.attributionKey,
    emailLinks: campaign.email.links.join('\n'),
    emailHtml: campaign.email.html ?? '',
  };
}

/** "FURS20, WINTER20" or one per line: both are how merchants paste lists. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
