import type {CampaignFacts} from '../signals/signal';
import {signalWords} from '../signals/signal-story';
import {englishSayer, type Sayer} from '../sentences/wording';
import type {Money} from '../signals/journey';
import {wouldOpen, type MatchShop, type PreviewJourney} from './match-rules';
import type {Rule, RuleInput} from './rule';
import type {CasePriority} from './types';

export const PREVIEW_DAYS = 7;
export const PREVIEW_EXAMPLES = 20;

export interface RulePreview {
  sinceDays: number;
  journeysConsidered: number;
  wouldOpen: number;
  examples: Array<{
    journeyId: string;
    startedAt: number;
    signalTypes: string[];
    /** The sentence of the signal that would have opened the case. */
    sentence: string;
    cartTotal: Money | null;
    priority: CasePriority;
  }>;
}

/**
 * The answer of POST /api/rules/preview: what the rule would have opened over the shop's
 * journeys of the last week (the caller reads them; this only replays them), newest first.
 */
export function previewRule(
  rule: RuleInput | Rule,
  journeys: PreviewJourney[],
  shop: MatchShop,
  campaigns: CampaignFacts[] = [],
  sayer: Sayer = englishSayer(null),
): RulePreview {
  const matches = wouldOpen(rule, journeys, shop, campaigns);
  const byId = new Map(journeys.map((j) => [j.journey.id, j.journey]));
  return {
    sinceDays: PREVIEW_DAYS,
    journeysConsidered: journeys.length,
    wouldOpen: matches.length,
    examples: matches.slice(0, PREVIEW_EXAMPLES).map((match) => {
      const journey = byId.get(match.journeyId);
      const cart = journey?.cart ?? null;
      return {
        journeyId: match.journeyId,
        startedAt: journey?.startedAt ?? match.at,
        signalTypes: [...new Set(match.signals.map((s) => s.type))].sort(),
        sentence: lastSentence(match.signals, sayer),
        cartTotal: cart?.total ?? cart?.subtotal ?? null,
        priority: match.priority,
      };
    }),
  };
}

/** What the example's last signal says, for the admin reading the preview. */
function lastSentence(signals: RuleMatchSignals, sayer: Sayer): string {
  const last = signals.at(-1);
  return last ? signalWords(last, sayer).sentence : '';
}

type RuleMatchSignals = ReturnType<typeof wouldOpen>[number]['signals'];
