import type {Sayer} from '../sentences/wording';
import type {Signal} from '../storage/signals-repository';
import type {Journey} from './journey';
import {sayReasons} from './score';
import {signalStory, signalWords, type SignalStory} from './signal-story';

export type JourneyStory = ReturnType<typeof journeyStory>;

/**
 * What the admin's live view shows of a journey: no personal data, just the story. Ended signals
 * stay in it, with the fact that ended them, so a person sees what the shopper met and that it is
 * over; the score and its reasons count only the open ones. Not yet worded: each admin reads it in
 * their language (`sayJourneyStory`), also when it reaches them from another instance.
 */
export function journeyStory(journey: Journey, score: number, signals: Signal[]) {
  return {
    id: journey.id,
    checkoutToken: journey.checkoutToken,
    currentStep: journey.currentStep,
    startedAt: journey.startedAt,
    lastActivityAt: journey.lastActivityAt,
    completedAt: journey.completion?.at ?? null,
    campaignKey: journey.attribution?.campaignKey ?? null,
    cart: journey.cart
      ? {
          total: journey.cart.total,
          lines: journey.cart.lines.length,
          currencyCode: journey.cart.currencyCode,
        }
      : null,
    score,
    signals: signals.map(signalStory),
  };
}

/** A journey's story worded for one reader: its signals' sentences and the score's reasons. */
export function sayJourneyStory(story: JourneyStory, sayer: Sayer) {
  const {signals, score, ...journey} = story;
  return {
    ...journey,
    score,
    reasons: sayReasons(signals, sayer),
    signals: signals.map((s: SignalStory) => {
      const {sentence, resolution} = signalWords(s, sayer);
      return {
        id: s.id,
        type: s.type,
        severity: s.severity,
        sentence,
        occurredAt: s.occurredAt,
        resolvedAt: s.resolvedAt,
        resolution,
      };
    }),
  };
}

/** `journeyStory` worded at once, for an answer to one reader. */
export function journeySummary(
  journey: Journey,
  score: {score: number},
  signals: Signal[],
  sayer: Sayer,
) {
  return sayJourneyStory(journeyStory(journey, score.score, signals), sayer);
}
