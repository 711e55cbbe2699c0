import type {Signal} from '../storage/signals-repository';
import {promisedOffer} from './detectors/promised-offer';
import type {Journey} from './journey';
import {hasReached} from './journey-views';
import {PROMISE_SIGNAL_TYPES, type DetectionContext} from './signal';
import {isOpen} from './signal-lifecycle';

/**
 * Whether a campaign's promise held for one checkout, kept on the journey so that outcomes can
 * count promises kept and broken per campaign without reading journey states:
 * - `campaignId`: the campaign the checkout is attributed to (its email link or the checkout
 *   extension's report), null when none of the shop's campaigns is named;
 * - `kept`: false while a broken-promise signal stands (the code never took anything off, or
 *   the order was placed without it); true once the promise was checked and held (the shopper
 *   reached the delivery step, where Heed checks it, or the extension said it applied); null
 *   while it has not been checked yet. A broken promise that was later put right (the code
 *   applied after all) ends its signal, and counts as kept.
 */
export interface PromiseStanding {
  campaignId: string | null;
  kept: boolean | null;
}

const HELD_OUTCOMES: ReadonlySet<string> = new Set(['applied', 'thank_you_confirmed']);

export function promiseStanding(
  journey: Journey,
  context: DetectionContext,
  signals: readonly Signal[],
): PromiseStanding {
  const offer = promisedOffer(journey, context);
  const campaignId = offer?.campaign?.id ?? offer?.campaignId ?? null;
  if (campaignId === null) return {campaignId: null, kept: null};
  const broken = signals.some((s) => PROMISE_SIGNAL_TYPES.has(s.type) && isOpen(s));
  if (broken) return {campaignId, kept: false};
  const checked =
    hasReached(journey, 'delivery') || journey.outcomes.some((o) => HELD_OUTCOMES.has(o.state));
  return {campaignId, kept: checked ? true : null};
}
