import type {CampaignPromise} from '../campaigns/campaign';
import type {Wording} from '../sentences/wording';
import type {SignalSeverity} from '../storage/signals-repository';
import type {CheckoutStep, Journey} from './journey';
import type {Thresholds} from './thresholds';
import {SIGNAL_TYPES, type SignalType} from '../../shared/rule-schemas';

export type {SignalSeverity};

// Stable signal types: rules, analytics and the admin key on these strings (shared with the admin).
export {SIGNAL_TYPES, type SignalType};

export type EvidenceValue = string | number | boolean | null | string[];

/** The facts behind a signal; `eventIds` are the pixel events a person can look up. */
export interface SignalEvidence {
  eventIds: string[];
  [fact: string]: EvidenceValue;
}

export interface DetectedSignal {
  type: SignalType;
  severity: SignalSeverity;
  /** What happened, in an English sentence a staff member understands; never a raw email. */
  sentence: string;
  /** The same sentence as a wording, for each admin to read in their language (`told`). */
  wording: Wording;
  /** Unique per journey: storage inserts each signal once (e.g. `stalled:payment`). */
  dedupeKey: string;
  /** When it happened; for time-based signals the moment the threshold was crossed, not `now`. */
  occurredAt: number;
  step: CheckoutStep | null;
  evidence: SignalEvidence;
}

/** What a detector may know of the shop's campaigns, to word a broken promise. */
export interface CampaignFacts {
  id: string;
  name: string;
  attributionKey: string;
  discountCodes: string[];
  promise: CampaignPromise;
}

export interface DetectionContext {
  campaigns: CampaignFacts[];
  /** The shop's currency, for carts whose snapshot names none. */
  currencyCode: string;
  /** The shop's IANA time zone, for the times sentences tell; null while unknown (UTC). */
  timeZone: string | null;
}

export const EMPTY_CONTEXT: DetectionContext = {campaigns: [], currencyCode: 'USD', timeZone: null};

/** Broken promises stay a case after the shopper bought: the difference is owed. */
export const PROMISE_SIGNAL_TYPES: ReadonlySet<string> = new Set([
  'promo_not_applied',
  'promo_missing_on_order',
]);

export type Detector = (
  journey: Journey,
  now: number,
  thresholds: Thresholds,
  context: DetectionContext,
) => DetectedSignal[];

/** Event ids as evidence: real pixel events only, each once, in journey order. */
export function eventIds(...ids: Array<string | null | undefined>): string[] {
  const real = ids.filter(
    (id): id is string => typeof id === 'string' && !id.startsWith('webhook:'),
  );
  return [...new Set(real)];
}
