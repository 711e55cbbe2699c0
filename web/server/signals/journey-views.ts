import type {CheckoutStep, Journey, OrderKey, StepEvent} from './journey';
import {stepRank} from './journey';
import {compareKeys} from './order-key';
import {CHECKOUT_EVENT} from './pixel-event';

/** A move from one step to another (`from` is null for the first step). */
export interface StepTransition extends OrderKey {
  from: CheckoutStep | null;
  to: CheckoutStep;
  name: string;
}

/**
 * The moves between steps, read from the sorted step events. `checkout_started` fires on every
 * re-entry (a reload on the payment step, too), so it opens the journey and never moves it back.
 */
export function stepTransitions(journey: Pick<Journey, 'stepEvents'>): readonly StepTransition[] {
  // Journeys are immutable, so one step-event list always reads the same: detectors ask often.
  const known = transitionsOf.get(journey.stepEvents);
  if (known) return known;
  const transitions: StepTransition[] = [];
  let current: CheckoutStep | null = null;
  for (const event of journey.stepEvents) {
    if (event.name === CHECKOUT_EVENT.started && current !== null) continue;
    if (event.step === current) continue;
    transitions.push({...keyOf(event), from: current, to: event.step, name: event.name});
    current = event.step;
  }
  transitionsOf.set(journey.stepEvents, transitions);
  return transitions;
}

const transitionsOf = new WeakMap<readonly StepEvent[], readonly StepTransition[]>();

export function currentStepOf(
  journey: Pick<Journey, 'stepEvents' | 'completion' | 'webhookStep'>,
): CheckoutStep | null {
  if (journey.completion) return 'completed';
  return stepTransitions(journey).at(-1)?.to ?? journey.webhookStep?.step ?? null;
}

/** When the shopper arrived on the step they are on now. */
export function enteredCurrentStep(journey: Journey): StepTransition | null {
  return stepTransitions(journey).at(-1) ?? null;
}

/** Moves to an earlier step: going back to change the address after seeing shipping, and so on. */
export function stepRegressions(journey: Journey): StepTransition[] {
  return stepTransitions(journey).filter(
    (move) => move.from !== null && stepRank(move.to) < stepRank(move.from),
  );
}

/** The step the shopper was on at a given point (null before checkout started). */
export function stepAt(journey: Journey, key: OrderKey): CheckoutStep | null {
  let step: CheckoutStep | null = null;
  for (const move of stepTransitions(journey)) {
    if (compareKeys(move, key) > 0) break;
    step = move.to;
  }
  return step;
}

/** The furthest step reached, whether or not the shopper went back since. */
export function furthestStep(journey: Journey): CheckoutStep | null {
  if (journey.completion) return 'completed';
  // Without analytics consent no pixel event comes; the checkout webhooks still tell the step.
  return journey.stepEvents.reduce<CheckoutStep | null>(
    (furthest, event) =>
      furthest === null || stepRank(event.step) > stepRank(furthest) ? event.step : furthest,
    journey.webhookStep?.step ?? null,
  );
}

export function hasReached(journey: Journey, step: CheckoutStep): boolean {
  const furthest = furthestStep(journey);
  return furthest !== null && stepRank(furthest) >= stepRank(step);
}

export function paymentSubmissions(journey: Journey): StepEvent[] {
  return journey.stepEvents.filter((event) => event.name === CHECKOUT_EVENT.paymentSubmitted);
}

export function isCompleted(journey: Journey): boolean {
  return journey.completion !== null;
}

/** The shopper's first order from elsewhere (phone, draft order, POS) since this checkout began. */
export function orderElsewhere(journey: Journey): Journey['otherOrders'][number] | null {
  return journey.otherOrders.find((order) => order.at >= journey.startedAt) ?? null;
}

/**
 * The shopper bought: this checkout completed, or they ordered by another channel since it began.
 * Nobody chases a shopper who already bought.
 */
export function hasBought(journey: Journey): boolean {
  return isCompleted(journey) || orderElsewhere(journey) !== null;
}

function keyOf(event: OrderKey): OrderKey {
  return {at: event.at, seq: event.seq, eventId: event.eventId};
}
