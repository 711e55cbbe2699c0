import {sayStored, type Sayer, type Wording} from '../sentences/wording';
import type {Signal} from '../storage/signals-repository';

/**
 * A signal as the admin is told of it, before it is worded: its English and its wordings travel
 * together (to another instance, too), and each admin reads it in their language (`saySignal`).
 */
export interface SignalStory {
  id: string;
  journeyId: string | null;
  type: string;
  severity: Signal['severity'];
  sentence: string;
  wording: Wording | null;
  occurredAt: number;
  campaignId: string | null;
  resolvedAt: number | null;
  resolution: string | null;
  resolutionWording: Wording | null;
}

export function signalStory(signal: Signal): SignalStory {
  return {
    id: signal.id,
    journeyId: signal.journeyId ?? null,
    type: signal.type,
    severity: signal.severity,
    sentence: signal.sentence,
    wording: signal.wording ?? null,
    occurredAt: signal.occurredAt,
    campaignId: signal.campaignId,
    resolvedAt: signal.resolvedAt ?? null,
    resolution: signal.resolution ?? null,
    resolutionWording: signal.resolutionWording ?? null,
  };
}

/** What a signal says for one reader: worded afresh, or its English when stored without wording. */
export function signalWords(
  signal: Pick<Signal, 'sentence' | 'wording' | 'resolution' | 'resolutionWording'>,
  sayer: Sayer,
): {sentence: string; resolution: string | null} {
  const resolution = signal.resolution ?? null;
  return {
    sentence: sayStored(sayer, signal.sentence, signal.wording),
    resolution: resolution === null ? null : sayStored(sayer, resolution, signal.resolutionWording),
  };
}

/** A signal as the admin's live view and lists show it, worded for their reader. */
export function saySignal(story: SignalStory, sayer: Sayer) {
  const {sentence, resolution} = signalWords(story, sayer);
  return {
    id: story.id,
    journeyId: story.journeyId,
    type: story.type,
    severity: story.severity,
    sentence,
    occurredAt: story.occurredAt,
    campaignId: story.campaignId,
    resolvedAt: story.resolvedAt,
    resolution,
  };
}
