import {englishSayer, type Sayer} from '../sentences/wording';
import {orderGid, variantGid} from '../shopify-ids';
import type {Signal} from '../storage/signals-repository';
import {codeEffect, promisedOffer, type CodeEffect} from './detectors/promised-offer';
import type {CartSnapshot, Journey, Money} from './journey';
import {furthestStep} from './journey-views';
import type {DetectionContext} from './signal';
import {shopperOf} from './shopper';
import {isOpen} from './signal-lifecycle';
import {signalWords} from './signal-story';
import {promiseWording} from './wording';

/** A code the shopper typed that checkout answered with an alert, with the words they read. */
export interface CodeTried {
  /** Null when the pixel could not tell which code was typed. */
  code: string | null;
  message: string;
  times: number;
  firstAt: number;
  /** Whether the same code took something off later (a retry that worked). */
  appliedLater: boolean;
}

export interface CodeApplied {
  /** The code, or the title of an automatic discount. */
  code: string;
  /** `DISCOUNT_CODE`, `AUTOMATIC`, `MANUAL` or `SCRIPT`. */
  type: string;
  targetType: string | null;
  /** What it took off the lines; null for a shipping discount (the pixel allocates none to lines). */
  amount: Money | null;
}

export interface PromiseDetail {
  campaign: {id: string; name: string; key: string} | null;
  /** The `utm_campaign` the email link left, whether or not Heed knows the campaign. */
  campaignKey: string | null;
  /** "20% off the entire order", when Heed knows the campaign, in the reader's language. */
  promised: string | null;
  codes: Array<{code: string; effect: CodeEffect | null}>;
  /** Whether a promised code took something off; null while Heed knows no cart or no code. */
  applied: boolean | null;
  /** The signal that told the promise was broken, when one was raised. */
  brokenSignal: {type: string; sentence: string; occurredAt: number} | null;
}

export type JourneyDetail = ReturnType<typeof journeyDetail>;

const PROMISE_SIGNALS: ReadonlySet<string> = new Set(['promo_not_applied']);

/**
 * What a staff member acts on for one checkout: the cart as last seen, the codes tried and
 * applied, whether the promised offer held, who the shopper is, worded for its reader. Pure, and
 * never a raw email, phone or address: the journey holds none.
 */
export function journeyDetail(
  journey: Journey,
  signals: Signal[],
  context: DetectionContext,
  sayer: Sayer = englishSayer(context.timeZone),
) {
  return {
    cart: journey.cart ? cartDetail(journey.cart, context) : null,
    codes: {
      tried: codesTried(journey),
      applied: journey.cart ? codesApplied(journey.cart, context) : [],
      seen: journey.discountCodesSeen,
    },
    promise: promiseDetail(journey, signals, context, sayer),
    shopper: shopperOf(journey, sayer),
    progress: {current: journey.currentStep, furthest: furthestStep(journey)},
    completion: journey.completion
      ? {at: journey.completion.at, orderId: orderGid(journey.completion.orderId)}
      : null,
  };
}

function cartDetail(cart: CartSnapshot, context: DetectionContext) {
  return {
    asOf: cart.asOf.at,
    source: cart.source,
    currencyCode: cart.currencyCode ?? context.currencyCode,
    lines: cart.lines.map((line) => ({
      title: line.title,
      variantId: variantGid(line.variantId),
      sku: line.sku,
      quantity: line.quantity,
      linePrice: line.linePrice,
      discountAllocations: line.discountAllocations,
    })),
    subtotal: cart.subtotal,
    shipping: cart.shipping,
    tax: cart.tax,
    total: cart.total,
    discountsAmount: cart.discountsAmount,
  };
}

function codesTried(journey: Journey): CodeTried[] {
  const byCode = new Map<string, CodeTried>();
  for (const alert of journey.alerts) {
    if (alert.kind !== 'discount') continue;
    const code = alert.code?.toUpperCase() ?? null;
    const key = code ?? `alert:${alert.eventId}`;
    const known = byCode.get(key);
    byCode.set(key, {
      code,
      // Alerts are sorted, so the last one read is what the shopper saw most recently.
      message: alert.message,
      times: (known?.times ?? 0) + 1,
      firstAt: known?.firstAt ?? alert.at,
      appliedLater: code !== null && journey.cart !== null && isApplied(journey.cart, code),
    });
  }
  return [...byCode.values()];
}

function codesApplied(cart: CartSnapshot, context: DetectionContext): CodeApplied[] {
  const currencyCode = cart.currencyCode ?? context.currencyCode;
  return cart.discountApplications
    .filter((application) => isApplied(cart, application.title))
    .map((application) => ({
      code: application.title,
      type: application.type,
      targetType: application.targetType,
      amount: application.allocated > 0 ? {amount: application.allocated, currencyCode} : null,
    }));
}

function promiseDetail(
  journey: Journey,
  signals: Signal[],
  context: DetectionContext,
  sayer: Sayer,
): PromiseDetail | null {
  const offer = promisedOffer(journey, context);
  if (!offer) return null;
  const cart = journey.cart;
  const codes = offer.codes.map((code) => ({code, effect: cart ? codeEffect(cart, code) : null}));
  // A promise the code kept after all (the signal ended) is no longer broken.
  const broken = signals.find((signal) => PROMISE_SIGNALS.has(signal.type) && isOpen(signal));
  return {
    campaign: offer.campaign
      ? {id: offer.campaign.id, name: offer.campaign.name, key: offer.campaign.attributionKey}
      : null,
    campaignKey: offer.campaignKey,
    promised: offer.campaign
      ? sayer.say(
          promiseWording(offer.campaign.promise, cart?.currencyCode ?? context.currencyCode),
        )
      : null,
    codes,
    applied: cart === null || codes.length === 0 ? null : codes.some((c) => c.effect === 'applied'),
    brokenSignal: broken
      ? {
          type: broken.type,
          sentence: signalWords(broken, sayer).sentence,
          occurredAt: broken.occurredAt,
        }
      : null,
  };
}

function isApplied(cart: CartSnapshot, code: string): boolean {
  return codeEffect(cart, code) === 'applied';
}
