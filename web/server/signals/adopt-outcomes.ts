import type {Storage} from '../storage';
import type {Signal} from '../storage/signals-repository';
import {orderGid} from '../shopify-ids';
import {withOutcomeFact} from './apply-details';
import type {Journey, OutcomeFact} from './journey';

const OUTCOME_STATES: ReadonlySet<string> = new Set([
  'applied',
  'could_not_apply',
  'thank_you_mismatch',
  'thank_you_confirmed',
]);

/**
 * Whether outcomes may be waiting for this journey: it is new, or it just learned its order (a
 * Thank you page that named only its order could not be joined before).
 */
export function mayHaveWaitingOutcomes(before: Journey | undefined, after: Journey): boolean {
  return !before || (!before.completion?.orderId && Boolean(after.completion?.orderId));
}

/**
 * Outcomes the checkout extension reported before their journey was known (a Thank you page
 * that named only its order) become facts of the journey once it appears; the stand-in
 * signals go (`absorbed`), and the journey tells them from then on. Only journeys in `fresh`
 * are looked at: the others had their chance when they appeared.
 */
export async function adoptOutcomes(
  storage: Storage,
  shop: string,
  journeys: Journey[],
  fresh: ReadonlySet<string>,
): Promise<{journeys: Journey[]; absorbed: string[]}> {
  const absorbed: string[] = [];
  const result: Journey[] = [];
  for (const journey of journeys) {
    if (!fresh.has(journey.id)) {
      result.push(journey);
      continue;
    }
    const waiting = await storage.reads.signals.unattached(shop, {
      checkoutToken: journey.checkoutToken,
      orderId: journey.completion?.orderId ?? null,
    });
    let adopted = journey;
    for (const signal of waiting) {
      const fact = outcomeFactOf(signal);
      if (!fact) continue;
      adopted = withOutcomeFact(adopted, fact);
      absorbed.push(signal.id);
    }
    result.push(adopted);
  }
  return {journeys: result, absorbed};
}

/** The outcome a stand-in signal recorded (see checkout/outcome-signal.ts), as a journey fact. */
export function outcomeFactOf(signal: Signal): OutcomeFact | null {
  const e = signal.evidence;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const state = text(e.state);
  if (!state || !OUTCOME_STATES.has(state)) return null;
  return {
    at: signal.occurredAt,
    source: 'extension',
    eventId: null,
    state: state as OutcomeFact['state'],
    reason: text(e.reason),
    campaignId: text(e.campaignId) ?? signal.campaignId,
    code: text(e.code),
    orderId: orderGid(text(e.orderId)) ?? signal.orderId,
  };
}
