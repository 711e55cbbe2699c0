import type {Campaign} from '../campaigns/campaign';
import type {VerificationReport} from '../campaigns/findings';
import {describePromise} from '../campaigns/wording';
import {customerGid, variantGid} from '../shopify-ids';
import {journeyDetail} from '../signals/journey-detail';
import {CHECKOUT_STEPS, type CartLine, type CheckoutStep, type Journey} from '../signals/journey';
import {furthestStep, stepTransitions} from '../signals/journey-views';
import type {DetectionContext} from '../signals/signal';
import type {Signal} from '../storage/signals-repository';
import type {JourneySnapshot, PromiseSnapshot} from './types';
import type {Wording} from '../sentences/wording';

type SnapshotLine = NonNullable<JourneySnapshot['cart']>['lines'][number];

/** Signals whose story is an alert the shopper read on the checkout page. */
const ALERT_SIGNALS: ReadonlySet<string> = new Set([
  'code_rejected',
  'payment_failed',
  'checkout_error',
]);

/**
 * One checkout as it stands when it joins a case, copied so that later events, edits of the
 * campaign or retention sweeps cannot rewrite what the case was about.
 */
export function journeySnapshot(
  journey: Journey,
  signals: Signal[],
  context: DetectionContext,
): JourneySnapshot {
  const detail = journeyDetail(journey, signals, context);
  const cart = journey.cart;
  const currencyCode = cart?.currencyCode ?? context.currencyCode;
  // A deep copy: no object of the snapshot is shared with the journey it was taken from.
  return structuredClone({
    journeyId: journey.id,
    checkoutToken: journey.checkoutToken,
    startedAt: journey.startedAt,
    lastActivityAt: journey.lastActivityAt,
    steps: stepsOf(journey),
    furthestStep: furthestStep(journey),
    cart: cart
      ? {
          currencyCode,
          lines: cart.lines.map((line) => lineOf(line, currencyCode)),
          subtotal: cart.subtotal,
          shipping: cart.shipping,
          tax: cart.tax,
          total: cart.total,
          discountsAmount: cart.discountsAmount,
          codesApplied: detail.codes.applied
            .filter((applied) => applied.type === 'DISCOUNT_CODE')
            .map((applied) => applied.code.toUpperCase()),
        }
      : null,
    codesTried: detail.codes.tried.map(({code, message, times}) => ({code, message, times})),
    signals: [...signals]
      .sort((a, b) => a.occurredAt - b.occurredAt)
      .map((signal) => ({
        id: signal.id,
        type: signal.type,
        severity: signal.severity,
        sentence: signal.sentence,
        wording: wordingOf(signal),
        occurredAt: signal.occurredAt,
        alertText: alertTextOf(journey, signal),
      })),
    shopper: {
      customerId: customerGid(journey.identity.customerId),
      isFirstOrder: journey.identity.isFirstOrder,
      acceptsEmailMarketing: journey.identity.acceptsEmailMarketing,
    },
  });
}

/** The signal's wording, when its detector stored one: the case words its story for each reader. */
function wordingOf(signal: {sentence: string; wording?: Wording | null}): Wording | null {
  return signal.wording ?? null;
}

/** Each step reached, in checkout order, with the time spent on it over every visit. */
function stepsOf(journey: Journey): JourneySnapshot['steps'] {
  const moves = stepTransitions(journey);
  const spent = new Map<CheckoutStep, number>();
  moves.forEach((move, i) => {
    const next = moves[i + 1];
    const leftAt = next ? next.at : move.to === 'completed' ? move.at : journey.lastActivityAt;
    spent.set(move.to, (spent.get(move.to) ?? 0) + Math.max(0, leftAt - move.at));
  });
  const webhook = journey.webhookStep;
  return CHECKOUT_STEPS.flatMap((step) => {
    const visit = journey.steps[step];
    if (visit) return [{step, ...visit, durationMs: spent.get(step) ?? 0}];
    // Without analytics consent only the checkout webhooks tell the step, with no time on it.
    if (webhook?.step === step)
      return [{step, firstAt: webhook.at, lastAt: webhook.at, durationMs: 0}];
    return [];
  });
}

function lineOf(line: CartLine, currencyCode: string): SnapshotLine {
  const unit =
    line.linePrice && line.quantity > 0
      ? {
          amount: Math.round((line.linePrice.amount / line.quantity) * 100) / 100,
          currencyCode: line.linePrice.currencyCode || currencyCode,
        }
      : null;
  return {
    title: line.title,
    variantId: variantGid(line.variantId),
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: unit,
    linePrice: line.linePrice,
    // The pixel's cart lines carry no line item properties: none is better than a guess.
    properties: [],
  };
}

/**
 * The words checkout showed the shopper for this signal: the alert among the signal's evidence
 * events, else the message its evidence kept. A crashed extension's error is not something the
 * shopper read, so it has none.
 */
export function alertTextOf(journey: Journey, signal: Signal): string | null {
  if (!ALERT_SIGNALS.has(signal.type)) return null;
  if (signal.evidence['source'] === 'ui_extension') return null;
  const ids = signal.evidence['eventIds'];
  const evidenceIds = new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  const alert = journey.alerts.filter((a) => evidenceIds.has(a.eventId)).at(-1);
  if (alert) return alert.message;
  const message = signal.evidence['message'];
  return typeof message === 'string' && message.length > 0 ? message : null;
}

/**
 * What the campaign promised when the case opened, and its code's state as the campaign's last
 * verification read it. `code` is the code the shopper used or was sent, when known.
 */
export function promiseSnapshot(
  campaign: Campaign | null,
  verification: VerificationReport | null,
  currencyCode: string,
  code: string | null = null,
): PromiseSnapshot | null {
  if (!campaign) return null;
  const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
  const chosen =
    campaign.discountCodes.find((c) => code !== null && same(c, code)) ??
    code ??
    campaign.discountCodes[0] ??
    null;
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    promiseSentence: describePromise(campaign.promise, currencyCode),
    terms: campaign.promise,
    codes: [...campaign.discountCodes],
    startsAt: campaign.promiseStartsAt,
    endsAt: campaign.promiseEndsAt,
    codeState: chosen && verification ? codeStateOf(chosen, verification) : null,
  };
}

const SEVERITY_RANK = {blocker: 0, warning: 1, info: 2} as const;

function codeStateOf(code: string, report: VerificationReport): PromiseSnapshot['codeState'] {
  const findings = report.findings
    .filter((f) => f.subject !== null && f.subject.toUpperCase() === code.toUpperCase())
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const worst = findings[0];
  return {
    code,
    status: worst ? worst.code : 'READY',
    checkedAt: report.checkedAt,
    summary: worst
      ? worst.explanation
      : `The last check found the code ${code} ready to give what the email promised.`,
  };
}
