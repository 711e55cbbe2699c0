import type {CaseEventKind, CaseOutcome, ContactMethod, FollowupCase} from './types';
import {statusWithoutContact} from './contact-retention';

/** What a person (or Heed, as `heed`) does to a case. */
export type CaseAction =
  | {kind: 'claim'}
  | {kind: 'handover'; userId: string}
  | {kind: 'note'; text: string}
  | {kind: 'snooze'; until: number}
  | {kind: 'wake'}
  /** A contact made; a call that reached nobody is recorded without counting as contact. */
  | {kind: 'contacted'; method: ContactMethod; callOutcome?: string | null}
  | {kind: 'resolve'; outcome: CaseOutcome; note?: string | null}
  /** A new first-contact deadline, and why, when Heed reopens for a new failure. */
  | {kind: 'reopen'; dueAt?: number; reason?: string | null};

export type TransitionResult =
  | {
      ok: true;
      next: Partial<FollowupCase>;
      event: {kind: CaseEventKind; sentence: string};
    }
  | {ok: false; reason: string};

export interface TransitionContext {
  /** Staff user id → display name, to name people in the timeline. */
  names: ReadonlyMap<string, string>;
  /** The shop's zone, for the time a snooze ends; UTC (and said so) when unknown. */
  timeZone?: string | null;
}

export const HEED_ACTOR = 'heed';

export const OUTCOME_WORDS: Readonly<Record<CaseOutcome, string>> = {
  purchased: 'the shopper bought',
  resumed_by_draft_order: 'the order was resumed by draft order',
  difference_refunded: 'the difference was refunded',
  will_buy_later: 'the shopper will buy later',
  not_interested: 'the shopper is not interested',
  unreachable: 'the shopper could not be reached',
};

const CALL_WORDS: Readonly<Record<string, string>> = {
  reached: 'reached them',
  voicemail: 'left a voicemail',
  no_answer: 'no answer',
  wrong_number: 'wrong number',
};

/** Calls that spoke to the shopper or left them a message count as the first contact. */
const CONTACTING_CALLS: ReadonlySet<string> = new Set(['reached', 'voicemail']);

/**
 * A case's states: new → claimed → contacted → resolved, snoozed until a time on any open state,
 * reopened from resolved. Pure: the result says what changes and the timeline line it writes, or
 * why the action is refused.
 */
export function transition(
  current: FollowupCase,
  action: CaseAction,
  actor: string,
  now: number,
  context: TransitionContext,
): TransitionResult {
  const who = subjectOf(actor, context.names);
  const isOpen = current.status !== 'resolved';
  if (!isOpen && action.kind !== 'reopen' && action.kind !== 'note') {
    return refuse('The case is resolved; reopen it first.');
  }
  const done = (next: Partial<FollowupCase>, kind: CaseEventKind, sentence: string) =>
    ({ok: true, next: {...next, updatedAt: now}, event: {kind, sentence}}) as const;
  switch (action.kind) {
    case 'claim': {
      // A case given to someone by round robin is theirs to claim: claiming says they are on it.
      if (current.assigneeId === actor && current.status !== 'new') {
        return refuse(`${who} already has the case.`);
      }
      const status = current.status === 'new' ? 'claimed' : current.status;
      const sentence =
        current.assigneeId && current.assigneeId !== actor
          ? `${who} took the case over from ${nameOf(current.assigneeId, context.names)}.`
          : `${who} claimed the case.`;
      return done({assigneeId: actor, status}, 'claimed', sentence);
    }
    case 'handover': {
      if (current.assigneeId === action.userId) {
        return refuse(`${subjectOf(action.userId, context.names)} already has the case.`);
      }
      const status = current.status === 'new' ? 'claimed' : current.status;
      const to = action.userId === actor ? 'themselves' : nameOf(action.userId, context.names);
      return done(
        {assigneeId: action.userId, status},
        'handed_over',
        `${who} handed the case over to ${to}.`,
      );
    }
    case 'note': {
      const text = action.text.trim();
      if (text.length === 0) return refuse('Write the note first.');
      return done({}, 'note', `${who} added a note: “${text}”`);
    }
    case 'snooze': {
      if (action.until <= now) return refuse('Choose a time in the future to snooze until.');
      return done(
        {snoozedUntil: action.until},
        'snoozed',
        `${who} snoozed the case until ${whenWords(action.until, context.timeZone ?? null)}.`,
      );
    }
    case 'wake': {
      if (current.snoozedUntil === null) return refuse('The case is not snoozed.');
      const sentence =
        actor === HEED_ACTOR
          ? 'The snooze ended; the case is back in the inbox.'
          : `${who} woke the case.`;
      return done({snoozedUntil: null}, 'woke', sentence);
    }
    case 'contacted':
      return contacted(current, action, actor, who, now, done);
    case 'resolve': {
      const note = action.note?.trim() ? ` Note: “${action.note.trim()}”` : '';
      return done(
        {
          status: 'resolved',
          resolvedAt: now,
          outcome: action.outcome,
          snoozedUntil: null,
          // A resolved case contacts nobody: the shopper's contact details go with it.
          contactDetails: null,
          shopperStatus: statusWithoutContact(current.shopperStatus),
        },
        'resolved',
        `${who} resolved the case: ${OUTCOME_WORDS[action.outcome]}.${note}`,
      );
    }
    case 'reopen': {
      if (isOpen) return refuse('The case is still open.');
      const why = action.reason?.trim() ? `: ${action.reason.trim()}` : '';
      return done(
        {
          status: current.assigneeId ? 'claimed' : 'new',
          resolvedAt: null,
          outcome: null,
          resolvedOrderId: null,
          recoveredRevenue: null,
          snoozedUntil: null,
          // A new failure wants a new first contact.
          firstContactAt: null,
          ...(action.dueAt === undefined ? {} : {dueAt: action.dueAt}),
        },
        'reopened',
        `${who} reopened the case${why}.`,
      );
    }
  }
}

function contacted(
  current: FollowupCase,
  action: Extract<CaseAction, {kind: 'contacted'}>,
  actor: string,
  who: string,
  now: number,
  done: (next: Partial<FollowupCase>, kind: CaseEventKind, sentence: string) => TransitionResult,
): TransitionResult {
  const reached =
    action.method !== 'phone' || CONTACTING_CALLS.has(action.callOutcome ?? 'reached');
  const next: Partial<FollowupCase> = reached
    ? {
        status: 'contacted',
        firstContactAt: current.firstContactAt ?? now,
        snoozedUntil: null,
        assigneeId: current.assigneeId ?? actor,
      }
    : {assigneeId: current.assigneeId ?? actor};
  if (action.method === 'phone') {
    const outcome = CALL_WORDS[action.callOutcome ?? 'reached'] ?? action.callOutcome ?? '';
    return done(next, 'call', `${who} called the shopper: ${outcome}.`);
  }
  if (action.method === 'invoice') {
    return done(next, 'invoice_sent', `${who} sent the shopper the draft order invoice.`);
  }
  const sentence =
    action.method === 'email'
      ? `${who} emailed the shopper.`
      : `${who} wrote to the shopper from their own mail.`;
  return done(next, 'message_sent', sentence);
}

function refuse(reason: string): TransitionResult {
  return {ok: false, reason};
}

/** A person's name for the timeline; `Heed` for Heed, "a staff member" for someone unnamed. */
export function nameOf(userId: string, names: ReadonlyMap<string, string>): string {
  if (userId === HEED_ACTOR) return 'Heed';
  return names.get(userId) ?? 'a staff member';
}

function subjectOf(userId: string, names: ReadonlyMap<string, string>): string {
  const name = nameOf(userId, names);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function whenWords(at: number, timeZone: string | null): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    }).format(at);
  if (!timeZone) return `${format('UTC')} UTC`;
  try {
    return format(timeZone);
  } catch {
    return `${format('UTC')} UTC`;
  }
}
