import type {Signal, SignalEnding} from '../storage/signals-repository';
import type {Journey} from './journey';
import {enteredCurrentStep, hasBought, orderElsewhere} from './journey-views';
import {PROMISE_SIGNAL_TYPES} from './signal';
import type {Wording} from '../sentences/wording';
import {clause, clockAt, place, sentenceOf, told} from './wording';

/** What one detection run changes of a journey's stored signals. */
export interface SignalChanges {
  /** Signals not told before. */
  added: Signal[];
  /** Stored signals whose story changed (sentence, severity, evidence, time) or that came back. */
  retold: Signal[];
  /** Stored signals a later fact ended. */
  ended: SignalEnding[];
  /** Every signal of the journey after these changes, oldest first: what the score counts. */
  current: Signal[];
}

/**
 * A signal lives while the journey still shows it: detection runs on every change, so a signal
 * it no longer reports was contradicted by a later fact (the order came, the code applied, the
 * shopper came back or moved on) and ends, with that fact; one it reports differently is retold.
 * Pure: the same journey, signals and time give the same changes.
 */
export function reconcileSignals(
  journey: Journey,
  detected: readonly Signal[],
  stored: readonly Signal[],
  context: {now: number; timeZone: string | null},
): SignalChanges {
  const storedByKey = new Map<string, Signal>();
  for (const signal of stored) if (signal.dedupeKey) storedByKey.set(signal.dedupeKey, signal);
  const detectedTypes = new Set(detected.map((d) => d.type));
  const detectedKeys = new Set(detected.map((d) => d.dedupeKey));
  const changes: SignalChanges = {added: [], retold: [], ended: [], current: []};
  // Once the shopper bought, hesitation is over: what they met stays in the story, ended by the
  // purchase; only a broken promise still needs a person.
  const purchase = hasBought(journey) ? endingOf(null, journey, detectedTypes, context) : null;
  for (const found of detected) {
    const moot = purchase !== null && !PROMISE_SIGNAL_TYPES.has(found.type);
    const signal = moot ? {...found, ...purchase} : found;
    const known = signal.dedupeKey ? storedByKey.get(signal.dedupeKey) : undefined;
    if (!known) {
      changes.added.push(signal);
      changes.current.push(signal);
    } else if (moot && isOpen(known)) {
      changes.ended.push({
        id: known.id,
        resolvedAt: signal.resolvedAt ?? context.now,
        resolution: signal.resolution ?? '',
        resolutionWording: signal.resolutionWording ?? null,
      });
      changes.current.push({
        ...known,
        resolvedAt: signal.resolvedAt,
        resolution: signal.resolution,
        resolutionWording: signal.resolutionWording ?? null,
      });
    } else if (!moot && (known.resolvedAt != null || toldDifferently(known, signal))) {
      const retold = {...signal, id: known.id, recordedAt: known.recordedAt};
      changes.retold.push(retold);
      changes.current.push(retold);
    } else {
      changes.current.push(known);
    }
  }
  for (const signal of stored) {
    if (signal.dedupeKey && detectedKeys.has(signal.dedupeKey)) continue;
    if (!signal.dedupeKey || signal.resolvedAt != null) {
      changes.current.push(signal);
      continue;
    }
    const ending = endingOf(signal, journey, detectedTypes, context);
    changes.ended.push({id: signal.id, ...ending});
    changes.current.push({...signal, ...ending});
  }
  changes.current.sort((a, b) => a.occurredAt - b.occurredAt);
  return changes;
}

export function isOpen(signal: Pick<Signal, 'resolvedAt'>): boolean {
  return signal.resolvedAt === null || signal.resolvedAt === undefined;
}

function toldDifferently(a: Signal, b: Signal): boolean {
  return (
    a.sentence !== b.sentence ||
    a.severity !== b.severity ||
    a.occurredAt !== b.occurredAt ||
    JSON.stringify(a.evidence) !== JSON.stringify(b.evidence)
  );
}

const CHANNELS: ReadonlySet<string> = new Set(['pos', 'shopify_draft_order', 'web']);

/** "through a draft order", "at the point of sale"; Shopify's `source_name` otherwise. */
function channelWording(sourceName: string | null) {
  if (!sourceName) return clause('channel.unknown');
  if (CHANNELS.has(sourceName)) return clause(`channel.${sourceName}`);
  return clause('channel.named', {name: sourceName.replace(/_/g, ' ')});
}

interface Ending {
  resolvedAt: number;
  resolution: string;
  resolutionWording: Wording;
}

/** The fact that ended a signal, and when it became true. */
function endingOf(
  signal: Signal | null,
  journey: Journey,
  detectedTypes: ReadonlySet<string>,
  {now, timeZone}: {now: number; timeZone: string | null},
): Ending {
  const ending = (resolvedAt: number, wording: Wording): Ending => {
    const {sentence, wording: resolutionWording} = told(wording, timeZone);
    return {resolvedAt, resolution: sentence, resolutionWording};
  };
  const completion = journey.completion;
  if (completion) {
    return ending(completion.at, sentenceOf('ended.bought', {time: clockAt(completion.at)}));
  }
  const other = orderElsewhere(journey);
  if (other) {
    return ending(
      other.at,
      sentenceOf('ended.orderedElsewhere', {
        channel: channelWording(other.sourceName),
        time: clockAt(other.at),
      }),
    );
  }
  if (!signal) return ending(now, sentenceOf('ended.notNeeded', {time: clockAt(now)}));
  if (signal.type === 'stalled') {
    if (detectedTypes.has('abandoned')) return ending(now, sentenceOf('ended.toldAsLeaving'));
    const entered = enteredCurrentStep(journey);
    if (entered) {
      return ending(
        entered.at,
        sentenceOf('ended.wentOn', {place: place('to', entered.to), time: clockAt(entered.at)}),
      );
    }
  }
  if (signal.type === 'abandoned' || signal.type === 'shipping_shock') {
    return ending(
      journey.lastActivityAt,
      sentenceOf('ended.cameBack', {time: clockAt(journey.lastActivityAt)}),
    );
  }
  if ((signal.type === 'promo_not_applied' || signal.type === 'code_rejected') && journey.cart) {
    return ending(
      journey.cart.asOf.at,
      sentenceOf('ended.codeApplied', {time: clockAt(journey.cart.asOf.at)}),
    );
  }
  return ending(now, sentenceOf('ended.noLongerShown', {time: clockAt(now)}));
}
