import type {Storage} from '../storage';
import type {Journey} from '../signals/journey';
import type {Signal} from '../storage/signals-repository';
import type {RuleMatch, ShopperFacts} from './match-rules';
import {shopperFactsOf} from './shopper-facts';
import type {FollowupContext} from './followup-context';
import type {FollowupCase, JourneySnapshot} from './types';
import type {WordValue, Wording} from '../sentences/wording';
import {caseWording, clause, signalSentence} from './case-words';

/**
 * What the rules may know of the shopper before Shopify is asked: returning when Heed has seen an
 * order of theirs from before this checkout (any channel) or the checkout says it is not their
 * first order; unknown rather than new when nothing says. A shopper who asked for a person gave
 * the basis to contact them themselves.
 */
export async function shopperFacts(
  storage: Storage,
  shop: string,
  journey: Journey,
  signals: Signal[],
  shopperAsked = false,
): Promise<ShopperFacts> {
  const who = {customerId: journey.identity.customerId, emailHash: journey.identity.emailHash};
  const earlier =
    who.customerId || who.emailHash
      ? (await storage.reads.commerceRecords.ordersSince(shop, who, 0)).filter(
          (o) => o.placedAt < journey.startedAt && o.checkoutToken !== journey.checkoutToken,
        )
      : [];
  const facts = shopperFactsOf({
    journey,
    status: null,
    signalTypes: signals.filter((s) => !s.resolvedAt).map((s) => s.type),
    shopperAsked,
  });
  return {
    returning: earlier.length > 0 ? true : facts.returning,
    contactBasis: facts.contactBasis,
  };
}

export function detectionOf(context: FollowupContext) {
  return {
    campaigns: context.campaigns,
    currencyCode: context.match.currencyCode,
    timeZone: context.timeZone,
  };
}

export function campaignOf(context: FollowupContext, journey: Journey): string | null {
  const key = journey.attribution?.campaignKey;
  return key ? (context.campaigns.find((c) => c.attributionKey === key)?.id ?? null) : null;
}

export function withJourney(list: JourneySnapshot[], snapshot: JourneySnapshot): JourneySnapshot[] {
  const others = list.filter((j) => j.journeyId !== snapshot.journeyId);
  return [...others, snapshot].sort((a, b) => a.startedAt - b.startedAt);
}

/** What the match is about: its first signal's sentence, else the rule's name. */
export function headlineOf(match: RuleMatch): WordValue {
  const first = [...match.signals].sort((a, b) => a.occurredAt - b.occurredAt)[0];
  return first ? signalSentence(first) : match.rule.name;
}

export function openedSentence(
  match: RuleMatch,
  followup: FollowupCase,
  context: FollowupContext,
): Wording {
  const assignee = context.staff.find((s) => s.userId === followup.assigneeId);
  const values = {rule: match.rule.name, headline: headlineOf(match)};
  return assignee
    ? caseWording('timeline.openedByRule', {
        ...values,
        assignee: assignee.name ?? clause('people.someone'),
      })
    : caseWording('timeline.openedByRuleUnassigned', values);
}
