import {randomUUID} from 'node:crypto';
import type {Repositories} from '../storage';
import type {Journey} from '../signals/journey';
import type {Signal} from '../storage/signals-repository';
import {chooseAssignee} from './assign';
import {campaignOf} from './case-opening-facts';
import {promiseSnapshot} from './case-snapshot';
import type {FollowupContext} from './followup-context';
import type {RuleAssignee} from './rule';
import type {CasePriority, ContactChannel, FollowupCase, JourneySnapshot} from './types';

/** Round robin looks back this far for who was given a case last, in milliseconds. */
const ASSIGNMENT_MEMORY_MS = 7 * 24 * 3_600_000;

/** What a new case is opened with: by a rule's match, or by the shopper asking. */
export interface CaseTerms {
  /** Null for a case the shopper asked for. */
  ruleId: string | null;
  priority: CasePriority;
  assignee: RuleAssignee;
  channel: ContactChannel;
  dueAt: number;
  /** The signals that brought it; none when the shopper asked on a quiet checkout. */
  signals: Signal[];
}

/**
 * A new case of the shopper: assigned (a named person, else round robin among those on shift),
 * with the snapshot of its checkout and of the campaign's promise as they are now.
 */
export async function newCase(
  tx: Repositories,
  context: FollowupContext,
  journey: Journey,
  terms: CaseTerms,
  snapshot: JourneySnapshot,
  shopperKey: string,
  now: number,
): Promise<FollowupCase> {
  const recent = await tx.cases.recentAssignments(context.shop, now - ASSIGNMENT_MEMORY_MS);
  const campaignId =
    terms.signals.find((s) => s.campaignId)?.campaignId ?? campaignOf(context, journey);
  const campaign = campaignId ? await tx.campaigns.get(context.shop, campaignId) : undefined;
  const report = campaign ? await tx.campaigns.latestReport(context.shop, campaign.id) : undefined;
  return {
    id: randomUUID(),
    shop: context.shop,
    shopperKey,
    status: 'new',
    priority: terms.priority,
    ruleId: terms.ruleId,
    assigneeId: chooseAssignee(terms.assignee, context.staff, recent, context.timeZone, now),
    suggestedChannel: terms.channel,
    openedAt: now,
    dueAt: terms.dueAt,
    firstContactAt: null,
    snoozedUntil: null,
    resolvedAt: null,
    outcome: null,
    resolvedOrderId: null,
    recoveredRevenue: null,
    customerId: journey.identity.customerId,
    emailHash: journey.identity.emailHash,
    signalTypes: [...new Set(terms.signals.map((s) => s.type))],
    campaignId: campaign?.id ?? null,
    journeyIds: [journey.id],
    snapshot: {
      takenAt: now,
      promise: promiseSnapshot(
        campaign ?? null,
        report ?? null,
        context.match.currencyCode,
        journey.attribution?.code ?? null,
      ),
      journeys: [snapshot],
    },
    shopperStatus: null,
    contactDetails: null,
    draftOrder: null,
    updatedAt: now,
    revision: 1,
  };
}
