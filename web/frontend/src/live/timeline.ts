import type {TFunction} from 'i18next';
import type {
  CheckoutStep,
  JourneyDetail,
  SignalSeverity,
  TimelineStep,
} from '../api/journey-schemas';
import {signalWords} from './signal-types';
import {STEP_EVENTS, STEP_RANK} from './steps';

export type TimelineEntry =
  | {
      kind: 'step';
      key: string;
      at: number;
      /** What the shopper did, in words: "Entered the delivery address". */
      title: string;
      step: CheckoutStep;
      /** Time spent on the step before this one; `null` for the first. */
      spent: {ms: number; on: CheckoutStep} | null;
    }
  | {
      kind: 'signal';
      key: string;
      at: number;
      label: string;
      severity: SignalSeverity;
      sentence: string;
      /** When a later fact ended it, and that fact; both null while it is open. */
      resolvedAt: number | null;
      resolution: string | null;
    }
  | {
      /** Where an unfinished checkout stands: its last activity, in its place in time. */
      kind: 'last-seen';
      key: string;
      at: number;
      step: CheckoutStep | null;
    };

/**
 * A journey as a story: each step with the time spent before it, and each signal in words, in
 * the order they happened (a step before a signal raised at the same moment, since it caused it),
 * and for an unfinished checkout where it was last seen.
 * An ended signal stays where it happened, with what ended it.
 */
export function buildTimeline(
  detail: Pick<JourneyDetail, 'journey' | 'timeline'>,
  t: TFunction<'live'>,
): TimelineEntry[] {
  const {journey} = detail;
  const steps = [...detail.timeline].sort((a, b) => a.at - b.at);
  const entries: TimelineEntry[] = steps.map((step, index) =>
    stepEntry(step, steps[index - 1], index, t),
  );
  const last = steps[steps.length - 1];
  if (journey.completedAt !== null && !steps.some((s) => s.step === 'completed')) {
    const placed = {
      step: 'completed' as const,
      at: journey.completedAt,
      event: 'checkout_completed',
    };
    entries.push(stepEntry(placed, last, steps.length, t));
  }
  for (const signal of journey.signals) {
    entries.push({
      kind: 'signal',
      key: `signal-${signal.id}`,
      at: signal.occurredAt,
      label: signalWords(signal.type, t),
      severity: signal.severity,
      sentence: signal.sentence,
      resolvedAt: signal.resolvedAt,
      resolution: signal.resolution,
    });
  }
  if (journey.completedAt === null) {
    entries.push({
      kind: 'last-seen',
      key: 'last-seen',
      at: journey.lastActivityAt,
      step: journey.currentStep,
    });
  }
  // By time throughout: a signal the quiet sweep raised after the shopper's last activity (a stall,
  // a departure) comes after "last seen", not before it.
  return entries.sort((a, b) => a.at - b.at || kindOrder(a) - kindOrder(b));
}

function stepEntry(
  step: TimelineStep,
  previous: TimelineStep | undefined,
  index: number,
  t: TFunction<'live'>,
): TimelineEntry {
  return {
    kind: 'step',
    key: `step-${index}`,
    at: step.at,
    title: stepTitle(step, previous, t),
    step: step.step,
    spent: previous ? {ms: step.at - previous.at, on: previous.step} : null,
  };
}

function stepTitle(
  step: TimelineStep,
  previous: TimelineStep | undefined,
  t: TFunction<'live'>,
): string {
  // `checkout_started` fires again when a shopper reloads or comes back to checkout.
  if (previous && step.event === 'checkout_started') return t('cameBack');
  if (previous && STEP_RANK[step.step] < STEP_RANK[previous.step]) {
    return t(`stepSentence.back.${step.step}`);
  }
  const event = STEP_EVENTS.find((known) => known === step.event);
  return event ? t(`stepEvent.${event}`) : t(`stepSentence.reached.${step.step}`);
}

/** At one moment: the step, then what it caused, then where the checkout stands. */
function kindOrder(entry: TimelineEntry): number {
  return {step: 0, signal: 1, 'last-seen': 2}[entry.kind];
}
