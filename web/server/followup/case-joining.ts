import {customerGid} from '../shopify-ids';
import type {Journey} from '../signals/journey';
import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
import type {RuleMatch} from './match-rules';
import {CASE_PRIORITIES, type CasePriority, type FollowupCase} from './types';

/** A resolved case is reopened by a new failure this soon after; later, a new case tells it. */
export const REOPEN_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;

export type CaseDecision =
  | {action: 'open'}
  | {action: 'join'; caseId: string; raise: CasePriority | null}
  | {action: 'reopen'; caseId: string}
  | {action: 'ignore'; reason: string};

export interface DecideCaseInput {
  match: RuleMatch;
  shopperKey: string;
  /** The shopper's open case, if any (at most one). */
  open: FollowupCase | null;
  /** The shopper's most recently resolved case, if any. */
  latestResolved: FollowupCase | null;
  now: number;
}

/**
 * One shopper, one open case: the Shopify customer, else the per-shop email hash, else the
 * checkout itself.
 */
export function shopperKeyOf(journey: Pick<Journey, 'id' | 'identity'>): string {
  const customer = customerGid(journey.identity.customerId);
  if (customer) return `customer:${customer}`;
  if (journey.identity.emailHash) return `email:${journey.identity.emailHash}`;
  return `journey:${journey.id}`;
}

/** Urgent ranks 0: a lower rank is more urgent. */
export function priorityRank(priority: CasePriority): number {
  return CASE_PRIORITIES.indexOf(priority);
}

/** The priority a case rises to, or null when the incoming one is no higher: never lowered. */
export function raisePriority(current: CasePriority, incoming: CasePriority): CasePriority | null {
  return priorityRank(incoming) < priorityRank(current) ? incoming : null;
}

/**
 * What a match does to the shopper's cases. It joins the open case (raising its priority when
 * more urgent); it reopens the case resolved in the last week when a signal came after the
 * resolution; otherwise it opens a case. A shopper who bought is not chased again by the
 * checkout they bought with, except for a broken promise on it: the difference is owed.
 */
export function decideCase(input: DecideCaseInput): CaseDecision {
  const {match, open, latestResolved, now} = input;
  if (open) {
    if (open.shopperKey !== input.shopperKey) {
      throw new Error('decideCase was given the open case of another shopper');
    }
    return {action: 'join', caseId: open.id, raise: raisePriority(open.priority, match.priority)};
  }
  const resolved = latestResolved;
  if (!resolved || resolved.resolvedAt === null) return {action: 'open'};
  const resolvedAt = resolved.resolvedAt;
  const fresh = match.signals.filter(
    (s) => s.occurredAt > resolvedAt || !resolved.journeyIds.includes(s.journeyId ?? ''),
  );
  if (fresh.length === 0) {
    return {action: 'ignore', reason: 'The case that covered these signals was already resolved.'};
  }
  const fromOtherCheckout = fresh.some((s) => !resolved.journeyIds.includes(s.journeyId ?? ''));
  const brokenPromise = fresh.some((s) => PROMISE_SIGNAL_TYPES.has(s.type));
  if (resolved.outcome === 'purchased' && !fromOtherCheckout && !brokenPromise) {
    return {
      action: 'ignore',
      reason: 'The shopper bought with this checkout; its later signals do not reopen the case.',
    };
  }
  if (now - resolvedAt <= REOPEN_WITHIN_MS) return {action: 'reopen', caseId: resolved.id};
  return {action: 'open'};
}
