import {promisedOffer} from '../signals/detectors/promised-offer';
import type {Journey} from '../signals/journey';
import {hesitationScore} from '../signals/score';
import {PROMISE_SIGNAL_TYPES, type CampaignFacts} from '../signals/signal';
import type {Signal} from '../storage/signals-repository';
import type {Rule, RuleConditions, RuleInput} from './rule';
import type {CasePriority, ContactBasis, ContactChannel, WorkingHours} from './types';
import {addWorkingMinutes} from './working-hours';

/** What the matcher knows of the shopper; null parts are unknown, and never read as "new". */
export interface ShopperFacts {
  returning: boolean | null;
  /** The basis Heed has to contact them (contact-basis.ts), null when none. */
  contactBasis: ContactBasis | null;
}

export interface MatchShop {
  /** The shop's median cart total of the last 30 days; null while too few carts are known. */
  medianCartValue: number | null;
  currencyCode: string;
  /** The shop's working hours, when set: SLA deadlines then count working time. */
  workingHours?: WorkingHours | null;
  timeZone?: string | null;
}

export interface MatchInput {
  journey: Journey;
  /** The journey's signals; ended ones (with `resolvedAt`) never open a case. */
  signals: Signal[];
  shopper: ShopperFacts;
  shop: MatchShop;
  /** The shop's campaigns, to tie the journey's email link to a campaign id. */
  campaigns?: CampaignFacts[];
  now: number;
}

export interface RuleMatch {
  rule: Rule;
  /** The open signals of the rule's types. */
  signals: Signal[];
  priority: CasePriority;
  /** First contact is due by then. */
  dueAt: number;
  channel: ContactChannel;
}

const isOpen = (signal: Signal) => signal.resolvedAt === null || signal.resolvedAt === undefined;

/**
 * The first enabled rule, in the merchant's order, whose signal types the journey has open and
 * whose conditions all hold. Pure: the same journey, signals and facts always match the same way.
 */
export function matchRules(rules: Rule[], input: MatchInput): RuleMatch | null {
  const open = input.signals.filter(isOpen);
  if (open.length === 0) return null;
  const ordered = rules.filter((r) => r.enabled).sort((a, b) => a.position - b.position);
  for (const rule of ordered) {
    const signals = open.filter((s) => rule.signalTypes.some((type) => type === s.type));
    if (signals.length > 0 && conditionsHold(rule.conditions, signals, open, input)) {
      return {
        rule,
        signals,
        priority: rule.priority,
        dueAt: addWorkingMinutes(
          input.now,
          rule.contactWithinMinutes,
          input.shop.workingHours ?? null,
          input.shop.timeZone ?? null,
        ),
        channel: rule.channel,
      };
    }
  }
  return null;
}

export function conditionsHold(
  conditions: RuleConditions,
  matching: Signal[],
  open: Signal[],
  input: MatchInput,
): boolean {
  const cart = cartValue(input.journey, input.shop.currencyCode);
  const median = input.shop.medianCartValue;
  if (conditions.minCartValue !== null && (cart === null || cart < conditions.minCartValue)) {
    return false;
  }
  if (conditions.cartAboveMedian && (cart === null || median === null || cart <= median)) {
    return false;
  }
  if (conditions.customer === 'returning' && input.shopper.returning !== true) return false;
  if (conditions.customer === 'new' && input.shopper.returning !== false) return false;
  if (!campaignHolds(conditions.campaign, input, open)) return false;
  if (conditions.minScore !== null && hesitationScore(open).score < conditions.minScore) {
    return false;
  }
  // A broken promise is its own basis (service recovery), whatever the caller knew before.
  const contactable =
    input.shopper.contactBasis !== null || matching.some((s) => PROMISE_SIGNAL_TYPES.has(s.type));
  return !conditions.contactable || contactable;
}

/** The cart's total in the shop's currency; null when unknown or in another currency. */
export function cartValue(journey: Journey, shopCurrency: string): number | null {
  const value = journey.cart?.total ?? journey.cart?.subtotal ?? null;
  if (!value) return null;
  return value.currencyCode === shopCurrency ? value.amount : null;
}

/** The campaigns a journey came from: its attribution and the campaign its signals name. */
export function journeyCampaigns(
  input: Pick<MatchInput, 'journey' | 'campaigns' | 'shop'>,
  signals: Signal[],
): {fromCampaign: boolean; campaignIds: string[]} {
  const offer = promisedOffer(input.journey, {
    campaigns: input.campaigns ?? [],
    currencyCode: input.shop.currencyCode,
    timeZone: null,
  });
  const ids = new Set<string>();
  if (offer?.campaignId) ids.add(offer.campaignId);
  for (const signal of signals) {
    if (signal.campaignId) ids.add(signal.campaignId);
    const fromEvidence = signal.evidence['campaignId'];
    if (typeof fromEvidence === 'string' && fromEvidence.length > 0) ids.add(fromEvidence);
  }
  const fromLink = input.journey.attribution?.campaignKey ?? null;
  return {fromCampaign: ids.size > 0 || fromLink !== null, campaignIds: [...ids].sort()};
}

function campaignHolds(
  condition: RuleConditions['campaign'],
  input: MatchInput,
  open: Signal[],
): boolean {
  if (condition === 'any') return true;
  const {fromCampaign, campaignIds} = journeyCampaigns(input, open);
  if (condition === 'campaign') return fromCampaign;
  return campaignIds.includes(condition.campaignId);
}

/** One journey as the 7-day preview replays it. */
export interface PreviewJourney {
  journey: Journey;
  signals: Signal[];
  shopper: ShopperFacts;
}

export interface PreviewMatch extends RuleMatch {
  journeyId: string;
  /** When the case would have opened: the moment the journey first matched. */
  at: number;
}

/**
 * What one rule would have opened over past journeys (POST /api/rules/preview). Each journey is
 * replayed at the moment of each of its signals, with the signals known and still open then, so
 * a signal that ended later (the shopper bought after all) still counts as it stood at the time.
 */
export function wouldOpen(
  rule: RuleInput | Rule,
  journeys: PreviewJourney[],
  shop: MatchShop,
  campaigns: CampaignFacts[] = [],
): PreviewMatch[] {
  const asRule: Rule =
    'id' in rule
      ? {...rule, enabled: true}
      : {...rule, enabled: true, id: 'preview', shop: '', position: 0, createdAt: 0, updatedAt: 0};
  const matches: PreviewMatch[] = [];
  for (const {journey, signals, shopper} of journeys) {
    const moments = [...new Set(signals.map((s) => s.occurredAt))].sort((a, b) => a - b);
    for (const at of moments) {
      const asOf = signals
        .filter((s) => s.occurredAt <= at)
        .map((s) =>
          typeof s.resolvedAt === 'number' && s.resolvedAt > at ? {...s, resolvedAt: null} : s,
        );
      const match = matchRules([asRule], {
        journey,
        signals: asOf,
        shopper,
        shop,
        campaigns,
        now: at,
      });
      if (match) {
        matches.push({...match, journeyId: journey.id, at});
        break;
      }
    }
  }
  return matches.sort((a, b) => b.at - a.at);
}
