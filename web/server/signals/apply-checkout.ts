import {hashEmail} from '../privacy';
import {customerGid, variantGid} from '../shopify-ids';
import type {
  Attribution,
  CartLine,
  CartSnapshot,
  DiscountApplicationFact,
  Identity,
  Journey,
  OrderKey,
} from './journey';
import {addToSet, compareKeys} from './order-key';
import type {CheckoutSnapshot} from './pixel-data';

/** Cart attributes written by the storefront embed (`extensions/campaign-attribution`). */
export const HEED_ATTRIBUTES = {
  campaignKey: '_heed_utm_campaign',
  source: '_heed_utm_source',
  medium: '_heed_utm_medium',
  code: '_heed_discount_code',
  landedAt: '_heed_landed_at',
} as const;

export const DISCOUNT_CODE_TYPE = 'DISCOUNT_CODE';

/** Folds one `data.checkout` snapshot in: the newest snapshot is the cart; codes accumulate. */
export function withCheckoutSnapshot(
  journey: Journey,
  snapshot: CheckoutSnapshot,
  key: OrderKey,
): Journey {
  const cart = toCart(snapshot, key);
  const customer = snapshot.order?.customer ?? null;
  return withIdentity(
    {
      ...withAttribution(journey, attributionOf(snapshot.attributes, key)),
      cart: journey.cart && compareKeys(journey.cart.asOf, key) > 0 ? journey.cart : cart,
      discountCodesSeen: withCodes(journey.discountCodesSeen, cart.discountApplications),
    },
    {
      customerId: customerGid(customer?.id),
      // Ingest keeps only the hash (see minimize.ts); events read straight from Shopify have the email.
      emailHash:
        snapshot.emailHash ?? (snapshot.email ? hashEmail(journey.shop, snapshot.email) : null),
      isFirstOrder: customer?.isFirstOrder ?? null,
      acceptsEmailMarketing: snapshot.buyerAcceptsEmailMarketing ?? null,
    },
    key.at,
  );
}

function toCart(snapshot: CheckoutSnapshot, key: OrderKey): CartSnapshot {
  const lines: CartLine[] = snapshot.lineItems.map((line) => ({
    title: line.title,
    variantId: variantGid(line.variant?.id),
    sku: line.variant?.sku ?? null,
    quantity: line.quantity,
    linePrice: line.finalLinePrice,
    discountAllocations: line.discountAllocations.map((allocation) => ({
      code: allocation.discountApplication.title,
      type: allocation.discountApplication.type,
      amount: allocation.amount,
    })),
  }));
  return {
    asOf: key,
    source: 'pixel',
    currencyCode: snapshot.currencyCode ?? snapshot.subtotalPrice?.currencyCode ?? null,
    lines,
    subtotal: snapshot.subtotalPrice,
    total: snapshot.totalPrice,
    shipping: snapshot.shippingLine?.price ?? null,
    tax: snapshot.totalTax,
    discountsAmount: snapshot.discountsAmount,
    discountApplications: snapshot.discountApplications.map((application) => ({
      type: application.type,
      title: application.title,
      targetType: application.targetType,
      value: application.value,
      allocated: allocatedTo(lines, application.title),
    })),
  };
}

function allocatedTo(lines: CartLine[], title: string): number {
  const cents = lines
    .flatMap((line) => line.discountAllocations)
    .filter((allocation) => allocation.code === title)
    .reduce((sum, allocation) => sum + Math.round(allocation.amount.amount * 100), 0);
  return cents / 100;
}

export function withCodes(seen: string[], applications: DiscountApplicationFact[]): string[] {
  return applications
    .filter((application) => application.type === DISCOUNT_CODE_TYPE)
    .reduce((codes, application) => addToSet(codes, application.title.toUpperCase()), seen);
}

/** `_heed_*` attributes, or null when the shopper did not come through a Heed-tracked link. */
export function attributionOf(
  attributes: Array<{key: string; value: string}>,
  key: OrderKey,
): Attribution | null {
  const read = (name: string) =>
    attributes
      .find((attribute) => attribute.key === name)
      ?.value.trim()
      .slice(0, 255) || null;
  const attribution: Attribution = {
    asOf: key,
    campaignKey: read(HEED_ATTRIBUTES.campaignKey),
    source: read(HEED_ATTRIBUTES.source),
    medium: read(HEED_ATTRIBUTES.medium),
    code: read(HEED_ATTRIBUTES.code),
    landedAt: read(HEED_ATTRIBUTES.landedAt),
  };
  return attribution.campaignKey || attribution.code ? attribution : null;
}

export function withAttribution(journey: Journey, attribution: Attribution | null): Journey {
  if (!attribution) return journey;
  if (journey.attribution && compareKeys(journey.attribution.asOf, attribution.asOf) > 0) {
    return journey;
  }
  return {...journey, attribution};
}

type IdentityFacts = Omit<Identity, 'asOf'>;

/** Newer facts replace older ones; older facts only fill what is still unknown. */
export function withIdentity(journey: Journey, facts: IdentityFacts, at: number): Journey {
  const current = journey.identity;
  const newer = current.asOf === null || at >= current.asOf;
  const pick = <K extends keyof IdentityFacts>(field: K): IdentityFacts[K] =>
    facts[field] !== null && (newer || current[field] === null) ? facts[field] : current[field];
  const known = Object.values(facts).some((value) => value !== null);
  if (!known) return journey;
  return {
    ...journey,
    identity: {
      asOf: current.asOf === null ? at : Math.max(current.asOf, at),
      customerId: pick('customerId'),
      emailHash: pick('emailHash'),
      isFirstOrder: pick('isFirstOrder'),
      acceptsEmailMarketing: pick('acceptsEmailMarketing'),
    },
  };
}
