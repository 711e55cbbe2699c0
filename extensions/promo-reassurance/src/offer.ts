export type PromiseKind = 'percentage' | 'fixed_amount' | 'free_shipping';

/** What the campaign's email promised this shopper, as Heed's backend describes it. */
export interface Offer {
  campaignId: string;
  code: string;
  promise: {kind: PromiseKind; value: number | null};
  currencyCode: string;
}

const KINDS: readonly string[] = ['percentage', 'fixed_amount', 'free_shipping'];

/**
 * Reads `GET /api/checkout/offer`'s body. Written by hand rather than with a schema library: the
 * checkout bundle has a size budget, and anything unexpected simply means "no offer".
 */
export function parseOfferResponse(body: unknown): Offer | null {
  const offer = field(body, 'offer');
  if (!isRecord(offer)) return null;
  const {campaignId, code, promise, currencyCode} = offer;
  const kind = field(promise, 'kind');
  const value = field(promise, 'value');
  if (
    !nonEmptyString(campaignId) ||
    !nonEmptyString(code) ||
    !nonEmptyString(currencyCode) ||
    typeof kind !== 'string' ||
    !KINDS.includes(kind) ||
    !(value === null || (typeof value === 'number' && Number.isFinite(value)))
  ) {
    return null;
  }
  return {campaignId, code, promise: {kind: kind as PromiseKind, value}, currencyCode};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
