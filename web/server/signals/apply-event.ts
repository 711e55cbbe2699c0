import {withCheckoutSnapshot} from './apply-checkout';
import {
  withAlert,
  withCompletion,
  withExtensionError,
  withFieldEdit,
  withHeedOutcome,
} from './apply-details';
import {emptyJourney, journeyIdFor} from './journey';
import type {CheckoutStep, Journey, OrderKey} from './journey';
import {currentStepOf} from './journey-views';
import {addToSet, compareKeys, insertByKey, keyOf} from './order-key';
import {checkoutTokenOf, readCheckout} from './pixel-data';
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
 * Folds pixel events into a journey. Pure: the journey passed in is not changed. Events are placed
 * by timestamp then seq, an event id already applied is skipped, and the result does not depend
 * on how the events were split into batches or in what order the batches came. Events naming
 * another checkout token than the journey's are skipped (the caller routes by token, then by
 * clientId for events that carry none, such as DOM events).
 */
export function applyEvents(
  journey: Journey | undefined,
  events: readonly PixelEvent[],
  shop: string,
): Journey {
  const sorted = [...events].sort(compareEvents);
  const first = sorted[0];
  if (!journey && !first) throw new Error('applyEvents needs a journey or at least one event');
  if (journey && journey.shop !== shop) throw new Error('applyEvents: journey of another shop');
  let state =
    journey ??
    emptyJourney(
      shop,
      {
        checkoutToken: sorted.map(checkoutTokenOf).find((token) => token !== null) ?? null,
        clientId: first?.clientId ?? null,
      },
      first ? occurredAt(first) : 0,
    );
  const seen = new Set(state.eventIds);
  for (const event of sorted) {
    if (seen.has(event.id)) continue;
    const token = checkoutTokenOf(event);
    if (token && state.checkoutToken && token !== state.checkoutToken) continue;
    if (seen.size >= MAX_EVENTS_PER_JOURNEY) {
      state = {...state, ignoredEvents: state.ignoredEvents + 1};
      continue;
    }
    seen.add(event.id);
    state = applyEvent(token ? withCheckoutToken(state, token) : state, event);
  }
  return {...state, eventIds: [...seen].sort(compareText), currentStep: currentStepOf(state)};
}

/** A clientId journey that learns its checkout token takes the token's id. */
export function withCheckoutToken(journey: Journey, token: string): Journey {
  if (journey.checkoutToken) return journey;
  const id = journeyIdFor(journey.shop, {checkoutToken: token, clientId: null});
  return {
    ...journey,
    id,
    checkoutToken: token,
    mergedFrom: id === journey.id ? journey.mergedFrom : addToSet(journey.mergedFrom, journey.id),
  };
}

function applyEvent(journey: Journey, event: PixelEvent): Journey {
  const key = keyOf(event, occurredAt(event));
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
    orderId: snapshot?.order?.id ?? null,
    source: 'pixel',
    eventId: key.eventId,
  });
}
