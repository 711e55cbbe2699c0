import {createHash} from 'node:crypto';
import type {OutcomeState} from '../checkout/outcome-signal';
import type {DiscountValue, Money} from './pixel-data';

export type {Money};

/** Checkout steps in the order a shopper meets them; `completed` is the thank-you page. */
export const CHECKOUT_STEPS = ['contact', 'delivery', 'shipping', 'payment', 'completed'] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];

export function stepRank(step: CheckoutStep): number {
  return CHECKOUT_STEPS.indexOf(step);
}

/** Where a fact sits in the journey: its time, the pixel's sequence number, and its event id. */
export interface OrderKey {
  at: number;
  seq: number;
  eventId: string;
}

export interface StepEvent extends OrderKey {
  /** The Shopify event that put the shopper on this step (e.g. `checkout_shipping_info_submitted`). */
  name: string;
  step: CheckoutStep;
}

export interface StepVisit {
  firstAt: number;
  lastAt: number;
}

export interface CartLine {
  title: string | null;
  variantId: string | null;
  sku: string | null;
  quantity: number;
  /** After line-level discounts. */
  linePrice: Money | null;
  discountAllocations: Array<{code: string; type: string; amount: Money}>;
}

export interface DiscountApplicationFact {
  /** `DISCOUNT_CODE`, `AUTOMATIC`, `MANUAL` or `SCRIPT`. */
  type: string;
  /** The code itself for `DISCOUNT_CODE`. */
  title: string;
  targetType: string | null;
  value: DiscountValue | null;
  /** What the application took off the lines, in the cart currency. */
  allocated: number;
}

export interface CartSnapshot {
  asOf: OrderKey;
  source: 'pixel' | 'webhook';
  currencyCode: string | null;
  lines: CartLine[];
  subtotal: Money | null;
  total: Money | null;
  shipping: Money | null;
  tax: Money | null;
  discountsAmount: Money | null;
  discountApplications: DiscountApplicationFact[];
}

/** What the storefront embed recorded as `_heed_*` cart attributes. */
export interface Attribution {
  asOf: OrderKey;
  campaignKey: string | null;
  source: string | null;
  medium: string | null;
  code: string | null;
  landedAt: string | null;
}

/** Never a raw email: a hash salted with the shop (see `privacy.ts`). */
export interface Identity {
  asOf: number | null;
  customerId: string | null;
  emailHash: string | null;
  isFirstOrder: boolean | null;
  acceptsEmailMarketing: boolean | null;
}

export type AlertKind = 'discount' | 'payment' | 'input' | 'other';

export interface AlertFact extends OrderKey {
  kind: AlertKind;
  /** Shopify's AlertDisplayedType, e.g. `DISCOUNT_ERROR`. */
  type: string;
  target: string;
  message: string;
  /** The code typed, for discount alerts only; other fields' values are never kept. */
  code: string | null;
}

export interface ExtensionErrorFact extends OrderKey {
  appName: string | null;
  extensionName: string | null;
  extensionTarget: string | null;
  message: string;
}

export interface FieldEdits {
  /** The field's `name` (or `id`) attribute, e.g. `postalCode`. */
  field: string;
  count: number;
  firstAt: number;
  lastAt: number;
  /** The earliest edits, as evidence (at most `MAX_EDITS_KEPT`). */
  edits: OrderKey[];
}

export interface OutcomeFact {
  at: number;
  source: 'extension' | 'pixel';
  eventId: string | null;
  state: OutcomeState;
  reason: string | null;
  campaignId: string | null;
  code: string | null;
  orderId: string | null;
}

export interface Completion {
  at: number;
  /** The order's Admin API GID (see shopify-ids.ts). */
  orderId: string | null;
  source: 'pixel' | 'webhook';
  eventId: string | null;
}

/** An order of the same shopper placed outside this checkout: by phone, a draft order, at POS. */
export interface OtherOrder {
  orderId: string;
  at: number;
  sourceName: string | null;
}

/**
 * How the browser's clock relates to Heed's: pixel times are the shopper's clock, which may be
 * wrong by an hour; `offsetMs` is added to them so every time in a journey is server time.
 */
export interface ClockFact {
  offsetMs: number;
}

/** The furthest step a `checkouts/*` webhook shows (no pixel without analytics consent). */
export interface WebhookStep {
  step: CheckoutStep;
  at: number;
}

/**
 * One shopper's checkout as Heed understands it. Every part is kept so that applying the same
 * facts in any order, or twice, gives the same journey: sets are sorted, "latest" parts carry the
 * key they are as of, lists are sorted by their key.
 */
export interface Journey {
  version: typeof JOURNEY_VERSION;
  /** Stable for life: signals, and cases, point at it. */
  id: string;
  shop: string;
  checkoutToken: string | null;
  clientIds: string[];
  clock: ClockFact | null;
  startedAt: number;
  lastActivityAt: number;
  /** The latest pixel event; null while the journey knows only webhooks or outcomes. */
  lastActivity: OrderKey | null;
  currentStep: CheckoutStep | null;
  steps: Partial<Record<CheckoutStep, StepVisit>>;
  /** Every step-bearing event, sorted; `journey-views.ts` reads transitions from it. */
  stepEvents: StepEvent[];
  cart: CartSnapshot | null;
  /** Every code seen in any snapshot, upper-cased and sorted. */
  discountCodesSeen: string[];
  attribution: Attribution | null;
  identity: Identity;
  alerts: AlertFact[];
  extensionErrors: ExtensionErrorFact[];
  fieldEdits: FieldEdits[];
  outcomes: OutcomeFact[];
  completion: Completion | null;
  /** The shopper's orders from other channels since this checkout started. */
  otherOrders: OtherOrder[];
  webhookStep: WebhookStep | null;
  /** `updated_at` of the newest `checkouts/*` webhook applied. */
  checkoutWebhookAt: number | null;
  eventIds: string[];
  /** Events refused once the journey held `MAX_EVENTS_PER_JOURNEY`. */
  ignoredEvents: number;
}

/**
 * `jrn_` + 24 hex digits of sha256(shop, checkout token), given once when the journey is created
 * and never changed. Journeys are found by their checkout token (a column), not by recomputing
 * the id: journeys stored before ids were stable may carry the id of their client instead.
 */
export function journeyIdFor(
  shop: string,
  ref: {checkoutToken: string | null; clientId: string | null},
): string {
  const key = ref.checkoutToken ? `checkout:${ref.checkoutToken}` : `client:${ref.clientId ?? ''}`;
  return `jrn_${createHash('sha256').update(`${shop}\n${key}`).digest('hex').slice(0, 24)}`;
}

/** The shape of journey states written now; `journey-state.ts` upgrades older ones. */
export const JOURNEY_VERSION = 2;

export function emptyJourney(
  shop: string,
  ref: {checkoutToken: string | null; clientId: string | null},
  at: number,
): Journey {
  return {
    version: JOURNEY_VERSION,
    id: journeyIdFor(shop, ref),
    shop,
    checkoutToken: ref.checkoutToken,
    clientIds: ref.clientId ? [ref.clientId] : [],
    clock: null,
    startedAt: at,
    lastActivityAt: at,
    lastActivity: null,
    currentStep: null,
    steps: {},
    stepEvents: [],
    cart: null,
    discountCodesSeen: [],
    attribution: null,
    identity: {
      asOf: null,
      customerId: null,
      emailHash: null,
      isFirstOrder: null,
      acceptsEmailMarketing: null,
    },
    alerts: [],
    extensionErrors: [],
    fieldEdits: [],
    outcomes: [],
    completion: null,
    otherOrders: [],
    webhookStep: null,
    checkoutWebhookAt: null,
    eventIds: [],
    ignoredEvents: 0,
  };
}
