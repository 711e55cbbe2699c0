import type {Repositories} from '../storage';
import type {ExpectedContact, HelpRequest} from '../checkout/help-request';
import type {Journey} from '../signals/journey';
import type {Signal} from '../storage/signals-repository';
import {slaValue, type AskedTerms} from './asked-sla';
import {raisePriority, shopperKeyOf} from './case-joining';
import {detectionOf, withJourney} from './case-opening-facts';
import {journeySnapshot} from './case-snapshot';
import {addEvent, type CaseChange} from './case-timeline';
import {expectedContact, toldValue} from './expected-contact';
import type {Wording} from '../sentences/wording';
import {caseWording, clause} from './case-words';
import type {FollowupContext} from './followup-context';
import {newCase} from './new-case';
import {queueNotifications} from './notify-recipients';
import type {FollowupCase, ShopperRequest, WorkingHours} from './types';

/** Everything one request for a person writes with, decided before the transaction. */
export interface AskedPlan {
  request: HelpRequest;
  journey: Journey;
  /** All of the journey's signals; ended ones stay in the story but bring no case. */
  signals: Signal[];
  terms: AskedTerms;
  /** The deadline the request itself sets: `terms.sla` in the shop's working hours. */
  askedDue: number;
  hours: WorkingHours | null;
  timeZone: string | null;
  now: number;
}

export type AskedWrite =
  | {kind: 'lost_race'}
  | {kind: 'written'; followup: FollowupCase; change: CaseChange | null; told: ExpectedContact};

const isOpen = (signal: Signal) => signal.resolvedAt === null || signal.resolvedAt === undefined;

/**
 * Writes the request in the caller's transaction: onto the shopper's open case (found by the
 * checkout, else by customer or email), or as a new case of theirs. `lost_race` when another
 * writer got there between the read and the write: the caller reads again.
 */
export async function writeAsked(
  tx: Repositories,
  context: FollowupContext,
  plan: AskedPlan,
): Promise<AskedWrite> {
  const {journey} = plan;
  const open =
    (await tx.cases.openFor(context.shop, shopperKeyOf(journey))) ??
    (await tx.cases.openForShopper(context.shop, {
      customerId: journey.identity.customerId,
      emailHash: journey.identity.emailHash,
    })) ??
    null;
  return open ? joinOpen(tx, context, plan, open) : openNew(tx, context, plan);
}

async function openNew(
  tx: Repositories,
  context: FollowupContext,
  plan: AskedPlan,
): Promise<AskedWrite> {
  const {journey, terms, request, now} = plan;
  const told = tell(plan, plan.askedDue);
  const snapshot = journeySnapshot(journey, plan.signals, detectionOf(context));
  const caseTerms = {
    ruleId: null,
    priority: terms.priority,
    assignee: terms.assignee,
    channel: request.channel,
    dueAt: plan.askedDue,
    signals: plan.signals.filter(isOpen),
  };
  const base = await newCase(tx, context, journey, caseTerms, snapshot, shopperKeyOf(journey), now);
  const followup: FollowupCase = {...base, shopperRequest: requestOf(plan, plan.askedDue, told)};
  if ((await tx.cases.insert(followup)) === 'conflict') return {kind: 'lost_race'};
  await tx.cases.linkJourneys(context.shop, followup.id, [journey.id], now);
  const assignee = context.staff.find((s) => s.userId === followup.assigneeId);
  const values = {...requestValues(request), told: toldSentence(plan, told)};
  const wording = assignee
    ? caseWording('timeline.openedAsked', {
        ...values,
        assignee: assignee.name ?? clause('people.someone'),
      })
    : caseWording('timeline.openedAskedUnassigned', values);
  await addEvent(tx, followup, now, 'opened', wording, {
    data: {channel: request.channel},
    timeZone: plan.timeZone,
  });
  await queueNotifications(tx, followup, 'opened', context, now);
  return {kind: 'written', followup, change: 'opened', told};
}

/**
 * The request joins the open case: its deadline comes no later than the request's (a first
 * contact still to make), a snoozed case wakes, the priority may rise, and the staff hear of it
 * once. Asked again the same way, nothing changes; asked another way, the request is updated.
 */
async function joinOpen(
  tx: Repositories,
  context: FollowupContext,
  plan: AskedPlan,
  open: FollowupCase,
): Promise<AskedWrite> {
  const {journey, request, now} = plan;
  const before = open.shopperRequest ?? null;
  const waiting = open.firstContactAt === null;
  const dueAt = waiting ? Math.min(open.dueAt, plan.askedDue) : open.dueAt;
  const joinedBefore = open.journeyIds.includes(journey.id);
  if (before && joinedBefore && sameRequest(before, request)) {
    return {
      kind: 'written',
      followup: open,
      change: null,
      told: tell(plan, waiting ? open.dueAt : before.dueAt),
    };
  }
  const told = tell(plan, waiting ? dueAt : plan.askedDue);
  const snapshot = journeySnapshot(journey, plan.signals, detectionOf(context));
  const types = plan.signals.filter(isOpen).map((s) => s.type);
  const next: FollowupCase = {
    ...open,
    customerId: open.customerId ?? journey.identity.customerId,
    emailHash: open.emailHash ?? journey.identity.emailHash,
    priority: raisePriority(open.priority, plan.terms.priority) ?? open.priority,
    suggestedChannel: request.channel,
    dueAt,
    snoozedUntil: null,
    signalTypes: [...new Set([...open.signalTypes, ...types])],
    journeyIds: joinedBefore ? open.journeyIds : [...open.journeyIds, journey.id],
    snapshot: {...open.snapshot, journeys: withJourney(open.snapshot.journeys, snapshot)},
    shopperRequest: requestOf(plan, waiting ? dueAt : plan.askedDue, told),
    updatedAt: now,
    revision: open.revision + 1,
  };
  if (!(await tx.cases.update(next))) return {kind: 'lost_race'};
  if (!joinedBefore) await tx.cases.linkJourneys(context.shop, next.id, [journey.id], now);
  const wording = caseWording(before ? 'timeline.askedAgain' : 'timeline.asked', {
    ...requestValues(request),
    told: toldSentence(plan, told),
  });
  await addEvent(tx, next, now, 'asked', wording, {
    data: {channel: request.channel},
    timeZone: plan.timeZone,
  });
  if (before) return {kind: 'written', followup: next, change: 'updated', told};
  await queueNotifications(tx, next, 'asked', context, now);
  return {kind: 'written', followup: next, change: 'asked', told};
}

function sameRequest(before: ShopperRequest, request: HelpRequest): boolean {
  return (
    before.channel === request.channel &&
    before.surface === request.surface &&
    (before.contact?.email ?? null) === (request.email ?? null) &&
    (before.contact?.phone ?? null) === (request.phone ?? null)
  );
}

/** A deadline already past is the case's own lateness; the shopper is told the request's. */
function tell(plan: AskedPlan, dueAt: number): ExpectedContact {
  return expectedContact({
    now: plan.now,
    dueAt: dueAt > plan.now ? dueAt : plan.askedDue,
    hours: plan.hours,
    timeZone: plan.timeZone,
  });
}

function requestOf(plan: AskedPlan, dueAt: number, told: ExpectedContact): ShopperRequest {
  const {request} = plan;
  return {
    at: plan.now,
    surface: request.surface,
    channel: request.channel,
    contact: {email: request.email ?? null, phone: request.phone ?? null},
    locale: request.locale ?? null,
    told,
    dueAt,
    sla: plan.terms.sla,
  };
}

/** Where the shopper asked, and how they want to be reached. */
function requestValues(request: HelpRequest) {
  return {
    surface: clause(`surface.${request.surface}`),
    channel: clause(`channel.${request.channel}`),
  };
}

function toldSentence(plan: AskedPlan, told: ExpectedContact): {say: Wording} {
  return clause('timeline.toldAndDeadline', {
    told: toldValue(told),
    sla: slaValue(plan.terms.sla),
  });
}
