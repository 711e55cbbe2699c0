import type {TFunction} from 'i18next';
import type {CheckoutStep} from '../api/journey-schemas';
import {signalWords} from './signal-types';

/**
 * What the live region tells screen-reader users, as facts: the page says them in the admin's
 * language (`newsWords`), so the list's state stays free of words.
 */
export type LiveNews =
  | {kind: 'signal-raised'; type: string; sentence: string}
  | {kind: 'signal-ended'; type: string; resolution: string | null}
  | {kind: 'new-checkout'; step: CheckoutStep | null}
  | {kind: 'completed'};

/** "New signal: Stalled on a step. …"; the sentence and the fact that ended it keep the server's words. */
export function newsWords(news: LiveNews | null, t: TFunction<'live'>): string {
  if (news === null) return '';
  switch (news.kind) {
    case 'signal-raised':
      return t('news.raised', {signal: signalWords(news.type, t), sentence: news.sentence});
    case 'signal-ended': {
      const signal = signalWords(news.type, t);
      return news.resolution
        ? t('news.ended', {signal, fact: news.resolution})
        : t('news.endedBare', {signal});
    }
    case 'new-checkout':
      return news.step
        ? t('news.newCheckoutAt', {step: t(`step.${news.step}`)})
        : t('news.newCheckout');
    case 'completed':
      return t('news.completed');
  }
}
