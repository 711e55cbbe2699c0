import {englishSayer, type WordValue, type Wording} from '../sentences/wording';
import {cases as englishCases} from '../sentences/en/cases';
import type {CaseEventKind, CaseOutcome, ContactMethod, FollowupCase} from './types';
import {statusWithoutContact} from './contact-retention';
import {caseWording, clause, HEED_ACTOR, personValue} from './case-words';

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
      /** The timeline line: its wording, and its English on the shop's clock. */
      event: {kind: CaseEventKind; sentence: string; wording: Wording};
    }
  | {ok: false; reason: string; wording: Wording};

export interface TransitionContext {
  /** Staff user id → display name (null when unnamed), to name people in the timeline. */
  names: ReadonlyMap<string, string | null>;
  /** The shop's zone, for the time a snooze ends; UTC (and said so) when unknown. */
  timeZone?: string | null;
}

export {HEED_ACTOR};

/** What became of a resolved case, in English (the shopper's data export names it so). */
export const OUTCOME_WORDS: Readonly<Record<CaseOutcome, string>> = englishCases.outcome;

const CALL_OUTCOME_KEYS: ReadonlySet<string> = new Set(Object.keys(englishCases.call));

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
  const who = personValue(actor, context.names, 'subject');
  const isOpen = current.status !== 'resolved';
  if (!isOpen && action.kind !== 'reopen' && action.kind !== 'note') {
    return refuse('refusal.resolvedReopenFirst');
  }
  const english = englishSayer(context.timeZone ?? null);
  const done = (next: Partial<FollowupCase>, kind: CaseEventKind, wording: Wording) =>
    ({
      ok: true,
      next: {...next, updatedAt: now},
      event: {kind, wording, sentence: english.say(wording)},
    }) as const;
  const line = (key: string, values: Record<string, WordValue> = {}) =>
    caseWording(`timeline.${key}`, {who, ...values});
  switch (action.kind) {
    case 'claim': {
      // A case given to someone by round robin is theirs to claim: claiming says they are on it.
      if (current.assigneeId === actor && current.status !== 'new') {
        return refuse('refusal.alreadyHas', {who});
      }
      const status = current.status === 'new' ? 'claimed' : current.status;
      const wording =
        current.assigneeId && current.assigneeId !== actor
          ? line('tookOver', {from: personValue(current.assigneeId, context.names)})
          : line('claimed');
      return done({assigneeId: actor, status}, 'claimed', wording);
    }
    case 'handover': {
      if (current.assigneeId === action.userId) {
        return refuse('refusal.alreadyHas', {
          who: personValue(action.userId, context.names, 'subject'),
        });
      }
      const status = current.status === 'new' ? 'claimed' : current.status;
      const to =
        action.userId === actor
          ? clause('people.themselves')
          : personValue(action.userId, context.names);
      return done({assigneeId: action.userId, status}, 'handed_over', line('handedOver', {to}));
    }
    case 'note': {
      const text = action.text.trim();
      if (text.length === 0) return refuse('refusal.writeNoteFirst');
      return done({}, 'note', line('note', {text}));
    }
    case 'snooze': {
      if (action.until <= now) return refuse('refusal.snoozeInFuture');
      return done(
        {snoozedUntil: action.until},
        'snoozed',
        line('snoozed', {until: {at: action.until}}),
      );
    }
    case 'wake': {
      if (current.snoozedUntil === null) return refuse('refusal.notSnoozed');
      const wording = actor === HEED_ACTOR ? caseWording('timeline.snoozeEnded') : line('woke');
      return done({snoozedUntil: null}, 'woke', wording);
    }
    case 'contacted':
      return contacted(current, action, actor, now, done, line);
    case 'resolve': {
      const note = action.note?.trim();
      const outcome = clause(`outcome.${action.outcome}`);
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
        note ? line('resolvedWithNote', {outcome, note}) : line('resolved', {outcome}),
      );
    }
    case 'reopen': {
      if (isOpen) return refuse('refusal.stillOpen');
      const why = action.reason?.trim();
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
        why ? line('reopenedBecause', {why}) : line('reopened'),
      );
    }
  }
}

function contacted(
  current: FollowupCase,
  action: Extract<CaseAction, {kind: 'contacted'}>,
  actor: string,
  now: number,
  done: (next: Partial<FollowupCase>, kind: CaseEventKind, wording: Wording) => TransitionResult,
  line: (key: string, values?: Record<string, WordValue>) => Wording,
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
    return done(next, 'call', line('called', {outcome: callOutcomeValue(action.callOutcome)}));
  }
  if (action.method === 'invoice') return done(next, 'invoice_sent', line('invoiceSent'));
  return done(
    next,
    'message_sent',
    line(action.method === 'email' ? 'emailed' : 'wroteFromOwnMail'),
  );
}

/** How a call went, in words; an outcome this version does not know reads as it was recorded. */
export function callOutcomeValue(outcome: string | null | undefined): WordValue {
  const known = outcome ?? 'reached';
  return CALL_OUTCOME_KEYS.has(known) ? clause(`call.${known}`) : known;
}

function refuse(key: string, values?: Record<string, WordValue>): TransitionResult {
  const wording = caseWording(key, values);
  return {ok: false, wording, reason: englishSayer(null).say(wording)};
}
