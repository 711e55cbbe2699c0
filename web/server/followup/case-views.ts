import type {CampaignFacts} from '../signals/signal';
import type {Sayer, WordValue, Wording} from '../sentences/wording';
import type {CasePriority, FollowupCase, StaffMember} from './types';
import {caseWording, clause, sayValue, signalSentence} from './case-words';

/** Lower is more urgent. */
export const PRIORITY_RANK: Readonly<Record<CasePriority, number>> = {
  urgent: 0,
  high: 1,
  normal: 2,
};

/** The names the views show: staff by user id, campaigns by id. */
export interface ViewNames {
  staff: Map<string, StaffMember>;
  campaigns: Map<string, CampaignFacts>;
}

export function namesOf(staff: StaffMember[], campaigns: CampaignFacts[]): ViewNames {
  return {
    staff: new Map(staff.map((s) => [s.userId, s])),
    campaigns: new Map(campaigns.map((c) => [c.id, c])),
  };
}

/**
 * A case as a row of the inbox (GET /api/cases) and the live stream's `case` event, its words
 * said by `sayer`.
 */
export function caseSummary(followup: FollowupCase, names: ViewNames, now: number, sayer: Sayer) {
  const assignee = followup.assigneeId ? names.staff.get(followup.assigneeId) : undefined;
  const campaign = followup.campaignId ? names.campaigns.get(followup.campaignId) : undefined;
  const latest = followup.snapshot.journeys.at(-1);
  return {
    id: followup.id,
    status: followup.status,
    priority: followup.priority,
    assignee: followup.assigneeId
      ? {userId: followup.assigneeId, name: assignee?.name ?? null}
      : null,
    openedAt: followup.openedAt,
    dueAt: followup.dueAt,
    overdue:
      followup.resolvedAt === null && followup.firstContactAt === null && followup.dueAt < now,
    dueSoon: isDueSoon(followup, now),
    escalatedAt: followup.escalatedAt ?? null,
    firstContactAt: followup.firstContactAt,
    snoozedUntil: followup.snoozedUntil,
    resolvedAt: followup.resolvedAt,
    outcome: followup.outcome,
    headline: headline(followup, sayer),
    signalTypes: followup.signalTypes,
    campaign: campaign ? {id: campaign.id, name: campaign.name} : null,
    cartTotal: latest?.cart?.total ?? null,
    shopperLabel: shopperLabel(followup, sayer),
  };
}

export type CaseSummary = ReturnType<typeof caseSummary>;

/** A first contact is due soon in its last fifth of the window, or its last 5 minutes. */
const DUE_SOON_MIN_MS = 5 * 60_000;

/** Flags the case about to breach its first-contact deadline (not yet overdue). */
export function isDueSoon(followup: FollowupCase, now: number): boolean {
  if (followup.resolvedAt !== null || followup.firstContactAt !== null) return false;
  const left = followup.dueAt - now;
  const window = Math.max(0, followup.dueAt - followup.openedAt);
  return left > 0 && left <= Math.max(DUE_SOON_MIN_MS, window / 5);
}

/** Open cases in the order a person should take them: most urgent, then least time left. */
export function byUrgency(a: FollowupCase, b: FollowupCase): number {
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.dueAt - b.dueAt;
}

/** The first open signal of the newest checkout: what the case is about, in a sentence. */
export function headline(followup: FollowupCase, sayer: Sayer): string {
  return sayValue(sayer, headlineValue(followup));
}

function headlineValue(followup: FollowupCase): WordValue {
  for (const journey of [...followup.snapshot.journeys].reverse()) {
    const first = [...journey.signals].sort((a, b) => a.occurredAt - b.occurredAt)[0];
    if (first) return signalSentence(first);
  }
  return clause('label.asked');
}

/** Who the shopper is, in a few words; never "new" unless Shopify said so. */
export function shopperLabel(followup: FollowupCase, sayer: Sayer): string {
  return sayer.say(shopperLabelWording(followup));
}

function shopperLabelWording(followup: FollowupCase): Wording {
  const status = followup.shopperStatus;
  if (!status) return caseWording('label.statusNotRead');
  if (status.state === 'unavailable') return caseWording('label.statusNotRefreshed');
  if (!status.customer) return caseWording('label.guest');
  const orders = status.customer.numberOfOrders;
  if (orders === 0) return caseWording('label.newCustomer');
  return caseWording('label.returning', {count: orders});
}

/**
 * A case as the live stream publishes it to every admin watching, from any instance: the row in
 * English, and its words as wordings, for each stream to say in its admin's language.
 */
export type CaseStory = CaseSummary & {said: {headline: WordValue; shopperLabel: Wording}};

export function caseStory(
  followup: FollowupCase,
  names: ViewNames,
  now: number,
  english: Sayer,
): CaseStory {
  return {
    ...caseSummary(followup, names, now, english),
    said: {headline: headlineValue(followup), shopperLabel: shopperLabelWording(followup)},
  };
}

/** The live row for one admin: its words in their language, on the shop's clock. */
export function sayCaseStory(story: CaseStory, sayer: Sayer): CaseSummary {
  const {said, ...summary} = story;
  return {
    ...summary,
    headline: sayValue(sayer, said.headline),
    shopperLabel: sayer.say(said.shopperLabel),
  };
}
