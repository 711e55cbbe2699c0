import type {TFunction} from 'i18next';
import type {JourneySignal} from '../api/journey-schemas';
import type {Formatter} from '../../../shared/format';
import type {LiveNews} from './live-news';

type Ending = Pick<JourneySignal, 'resolvedAt' | 'resolution'>;

/** Ended by a later fact (the order came, the code applied, the shopper came back). */
export function isEnded(signal: Ending): boolean {
  return signal.resolvedAt !== null;
}

export function openSignals<T extends Ending>(signals: readonly T[]): T[] {
  return signals.filter((signal) => !isEnded(signal));
}

/**
 * "Ended at 10:52 AM: The shopper bought at 10:52: the checkout completed." The time is the
 * shop's clock; the fact keeps the shop's words. `undefined` while the signal is open.
 */
export function endingWords(
  signal: Ending,
  now: number,
  format: Pick<Formatter, 'moment'>,
  t: TFunction<'live'>,
): string | undefined {
  if (signal.resolvedAt === null) return undefined;
  const when = format.moment(signal.resolvedAt, now);
  return signal.resolution
    ? t('ending.withFact', {when, fact: signal.resolution})
    : t('ending.bare', {when});
}

/** The last signal to end, to tell how a journey whose signals all ended came right. */
export function lastEnded<T extends JourneySignal>(signals: readonly T[]): T | undefined {
  let last: T | undefined;
  for (const signal of signals) {
    if (signal.resolvedAt === null) continue;
    if (!last || signal.resolvedAt >= (last.resolvedAt ?? 0)) last = signal;
  }
  return last;
}

/** What a screen reader hears of a signal the stream told: raised, or ended and why. */
export function signalNews(
  signal: Pick<JourneySignal, 'type' | 'sentence' | 'resolvedAt' | 'resolution'>,
): LiveNews {
  if (signal.resolvedAt !== null) {
    return {kind: 'signal-ended', type: signal.type, resolution: signal.resolution};
  }
  return {kind: 'signal-raised', type: signal.type, sentence: signal.sentence};
}
