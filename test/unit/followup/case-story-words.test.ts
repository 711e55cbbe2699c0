import {describe, expect, it} from 'vitest';
import {
  caseStory,
  headline,
  namesOf,
  sayCaseStory,
  shopperLabel,
} from '../../../web/server/followup/case-views';
import type {FollowupCase, JourneySnapshot} from '../../../web/server/followup/types';
import {englishSayer, sayerFor} from '../../../web/server/sentences/wording';
import {readerFor} from '../../../web/shared/languages';
import {NOW, followupCase} from './fixtures';

const TORONTO = 'America/Toronto';
const french = sayerFor(readerFor('fr'), TORONTO);
const german = sayerFor(readerFor('de'), TORONTO);

/** A case about one checkout whose one signal says `sentence`, with or without a wording. */
function caseAbout(signal: Partial<JourneySnapshot['signals'][number]>): FollowupCase {
  const base = followupCase();
  const journey: JourneySnapshot = {
    journeyId: 'jrn-1',
    checkoutToken: 'tok-1',
    startedAt: NOW - 60_000,
    lastActivityAt: NOW,
    steps: [],
    furthestStep: null,
    cart: null,
    codesTried: [],
    signals: [
      {
        id: 'sig-1',
        type: 'code_rejected',
        severity: 'high',
        sentence: 'Saw “Enter a valid discount code”.',
        occurredAt: NOW - 30_000,
        alertText: null,
        ...signal,
      },
    ],
    shopper: {customerId: null, isFirstOrder: null, acceptsEmailMarketing: null},
  };
  return {...base, snapshot: {...base.snapshot, journeys: [journey]}};
}

describe('what a case is about, for its reader', () => {
  it('when the snapshot’s signal carries a wording, then the headline is said in the reader’s words', () => {
    const followup = caseAbout({wording: {key: 'cases:label.asked'}});
    expect(headline(followup, french)).toBe('Un client a demandé à parler à quelqu’un.');
    expect(headline(followup, german)).toBe('Ein Kunde hat um einen persönlichen Kontakt gebeten.');
  });

  it('when the snapshot predates wordings, then its English sentence stands for every reader', () => {
    const followup = caseAbout({});
    for (const sayer of [french, german, englishSayer(TORONTO)]) {
      expect(headline(followup, sayer)).toBe('Saw “Enter a valid discount code”.');
    }
  });

  it.each([
    [null, 'Status not read yet', 'Statut pas encore lu', 'Status noch nicht gelesen'],
    [
      {state: 'unavailable' as const, readAt: NOW, reason: 'Shopify could not be reached'},
      'Status not refreshed',
      'Statut non actualisé',
      'Status nicht aktualisiert',
    ],
  ])(
    'when the shopper’s status is %j, then the label reads in each language',
    (status, en, fr, de) => {
      const followup = {...caseAbout({}), shopperStatus: status};
      expect(shopperLabel(followup, englishSayer(TORONTO))).toBe(en);
      expect(shopperLabel(followup, french)).toBe(fr);
      expect(shopperLabel(followup, german)).toBe(de);
    },
  );

  it('when a case goes out on the live stream, then it is English with its wordings, and each stream says it for its admin', () => {
    const followup = {...caseAbout({wording: {key: 'cases:label.asked'}}), shopperStatus: null};
    const story = caseStory(followup, namesOf([], []), NOW, englishSayer(TORONTO));
    expect(story).toMatchObject({
      headline: 'A shopper asked for a person.',
      shopperLabel: 'Status not read yet',
    });
    const forFrench = sayCaseStory(JSON.parse(JSON.stringify(story)), french);
    expect(forFrench).toMatchObject({
      id: followup.id,
      headline: 'Un client a demandé à parler à quelqu’un.',
      shopperLabel: 'Statut pas encore lu',
    });
    expect(forFrench).not.toHaveProperty('said');
  });
});
