import {withCheckoutSnapshot} from './apply-checkout';
import {
  withAlert,
  withCompletion,
  withExtensionError,
  withFieldEdit,
  withHeedOutcome,
} from './apply-details';
import {emptyJourney} from './journey';
import type {CheckoutStep, ClockFact, Journey, OrderKey} from './journey';
import {currentStepOf} from './journey-views';
import {addToSet, compareKeys, insertByKey, keyOf} from './order-key';
import {checkoutTokenOf, readCheckout} from './pixel-data';
import {orderGid} from '../shopify-ids';
import {
  CHECKOUT_EVENT,
  DOM_EVENT,
  HEED_EVENT_PREFIX,
  compareEvents,
  compareText,
  occurredAt,
} from './pixel-event';
import type {PixelEvent} from './pixel-event';

/** Beyond this a journey refuses further events: a real checkout sends a few hundred at most. */
export const MAX_EVENTS_PER_JOURNEY = 5000;
export const MAX_STEP_EVENTS = 200;

/**
 * The step each checkout event puts the shopper on. `checkout_started` fires again on every
 * re-entry (a reload), so it only ever opens the journey: see `stepTransitions`.
 * https://shopify.dev/docs/api/web-pixels-api/standard-events
 */
export const STEP_AFTER_EVENT: ReadonlyMap<string, CheckoutStep> = new Map([
  [CHECKOUT_EVENT.started, 'contact'],
  [CHECKOUT_EVENT.contactSubmitted, 'delivery'],
  [CHECKOUT_EVENT.addressSubmitted, 'shipping'],
  [CHECKOUT_EVENT.shippingSubmitted, 'payment'],
  [CHECKOUT_EVENT.paymentSubmitted, 'payment'],
  [CHECKOUT_EVENT.completed, 'completed'],
]);

/**
 * A browser clock off by less than this is trusted as it is: batches legitimately reach Heed a
 * few seconds after their events (the pixel batches, retries once, the network takes its time).
 */
export const CLOCK_TOLERANCE_MS = 2 * 60_000;

/** A pixel event with the moment Heed received (and committed) its batch, in server time. */
export interface ReceivedEvent {
  event: PixelEvent;
  receivedAt: number;
}

/**
 * Server time minus the shopper's clock, as these receipts suggest: an event cannot reach Heed
 * before it happened, so the smallest gap between receipt and event time bounds the skew (plus the
 * batch's delay). Null when nothing was received.
 */
export function clockEstimate(received: readonly ReceivedEvent[]): number | null {
  let smallest: number | null = null;
  for (const {event, receivedAt} of received) {
    const gap = receivedAt - occurredAt(event);
    if (smallest === null || gap < smallest) smallest = gap;
  }
  return smallest;
}

/** The clock a journey keeps from its first pixel events on (one offset keeps their order). */
export function clockFrom(estimateMs: number | null | undefined): ClockFact | null {
  if (estimateMs === null || estimateMs === undefined) return null;
  return {offsetMs: Math.abs(estimateMs) <= CLOCK_TOLERANCE_MS ? 0 : estimateMs};
}

export interface ApplyOptions {
  /** See `clockEstimate`; used when the journey has no clock yet. */
  clockEstimateMs?: number | null;
}

/**
 * Folds pixel events into a journey. Pure: the journey passed in is not changed. Events are placed
 * by the shopper's time then seq (one offset per journey turns them into server time without
 * changing their order), an event id already applied is skipped, and the result does not depend
 * on how the events were split into batches or in what order the batches came. Events naming
 * another checkout token than the journey's are skipped. A journey starts only from an event that
 * names its checkout token: the caller routes events without one (DOM events, alerts) to an open,
 * recent journey of their client, or leaves them unattached.
 */
export function applyEvents(
  journey: Journey | undefined,
  events: readonly PixelEvent[],
  shop: string,
  options: ApplyOptions = {},
): Journey {
  const sorted = [...events].sort(compareEvents);
  const first = sorted[0];
  if (journey && journey.shop !== shop) throw new Error('applyEvents: journey of another shop');
  const token = sorted.map(checkoutTokenOf).find((t) => t !== null) ?? null;
  if (!journey && (!first || !token))
    throw new Error('applyEvents: a journey starts from an event naming its checkout token');
  const clock = journey?.clock ?? clockFrom(options.clockEstimateMs) ?? {offsetMs: 0};
  let state: Journey = {
    ...(journey ??
      emptyJourney(
        shop,
        {checkoutToken: token, clientId: first?.clientId ?? null},
        (first ? occurredAt(first) : 0) + clock.offsetMs,
      )),
    clock,
  };
  const seen = new Set(state.eventIds);
  for (const event of sorted) {
    if (seen.has(event.id)) continue;
    const named = checkoutTokenOf(event);
    if (named && state.checkoutToken && named !== state.checkoutToken) continue;
    if (seen.size >= MAX_EVENTS_PER_JOURNEY) {
      state = {...state, ignoredEvents: state.ignoredEvents + 1};
      continue;
    }
    seen.add(event.id);
    state = applyEvent(named ? withCheckoutToken(state, named) : state, event, clock.offsetMs);
  }
  return {...state, eventIds: [...seen].sort(compareText), currentStep: currentStepOf(state)};
}

/** A journey stored before ids were stable may learn its token late; its id stays. */
export function withCheckoutToken(journey: Journey, token: string): Journey {
  return journey.checkoutToken ? journey : {...journey, checkoutToken: token};
}

function applyEvent(journey: Journey, event: PixelEvent, offsetMs: number): Journey {
  const key = keyOf(event, occurredAt(event) + offsetMs);
  const touched = withActivity(
    {...journey, clientIds: addToSet(journey.clientIds, event.clientId)},
    key,
  );
  const step = STEP_AFTER_EVENT.get(event.name);
  if (step) return withStepEvent(touched, event, step, key);
  if (event.name === CHECKOUT_EVENT.alertDisplayed) return withAlert(touched, event.data, key);
  if (event.name === CHECKOUT_EVENT.extensionErrored) {
    return withExtensionError(touched, event.data, key);
  }
  if (event.name === DOM_EVENT.inputChanged) return withFieldEdit(touched, event.data, key);
  if (event.name.startsWith(HEED_EVENT_PREFIX)) {
    return withHeedOutcome(touched, event.name, event.customData, key);
  }
  return touched;
}

function withActivity(journey: Journey, key: OrderKey): Journey {
  const later = journey.lastActivity === null || compareKeys(key, journey.lastActivity) > 0;
  return {
    ...journey,
    startedAt: Math.min(journey.startedAt, key.at),
    lastActivityAt: later ? Math.max(journey.lastActivityAt, key.at) : journey.lastActivityAt,
    lastActivity: later ? key : journey.lastActivity,
  };
}

function withStepEvent(
  journey: Journey,
  event: PixelEvent,
  step: CheckoutStep,
  key: OrderKey,
): Journey {
  const visit = journey.steps[step];
  const withStep: Journey = {
    ...journey,
    stepEvents: insertByKey(journey.stepEvents, {...key, name: event.name, step}, MAX_STEP_EVENTS),
    steps: {
      ...journey.steps,
      [step]: {
        firstAt: Math.min(visit?.firstAt ?? key.at, key.at),
        lastAt: Math.max(visit?.lastAt ?? key.at, key.at),
      },
    },
  };
  const snapshot = readCheckout(event.data);
  const withCart = snapshot ? withCheckoutSnapshot(withStep, snapshot, key) : withStep;
  if (event.name !== CHECKOUT_EVENT.completed) return withCart;
  return withCompletion(withCart, {
    at: key.at,
    orderId: orderGid(snapshot?.order?.id),
    source: 'pixel',
    eventId: key.eventId,
  });
}
