import type {CaseOutcome, Money} from '../followup/types';

/**
 * What outcomes read of one shop's week: its cases (by when they opened), the contacts made in
 * it, and its campaign checkouts. Times are epoch milliseconds. Storage answers in these shapes.
 */

export interface OutcomeRange {
  shop: string;
  /** `[startsAt, endsAt)` */
  startsAt: number;
  endsAt: number;
  /** Only this campaign's cases and checkouts; null for all. */
  campaignId: string | null;
}

/** One case opened in the range, as the figures need it (never its snapshot or contact). */
export interface OutcomeCaseFacts {
  id: string;
  openedAt: number;
  /** When its current first-contact clock started: its opening, or its latest reopening. */
  clockStartedAt: number;
  dueAt: number;
  firstContactAt: number | null;
  resolvedAt: number | null;
  outcome: CaseOutcome | null;
  /** Counted only when a person contacted the shopper before the order. */
  recoveredRevenue: Money | null;
  /** About a broken promise (such a case may contact a buyer: it makes their order right). */
  promise: boolean;
  /** When the shopper's orders since the checkout were placed, as far as the case knows. */
  orderTimes: number[];
  contactTimes: number[];
}

/** A campaign's checkouts started in the range whose promise was checked: held, or broken. */
export interface PromiseCount {
  campaignId: string;
  kept: number;
  broken: number;
}
