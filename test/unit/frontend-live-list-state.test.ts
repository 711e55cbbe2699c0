import {describe, expect, it} from 'vitest';
import type {JourneySignal, JourneySummary} from '../../web/frontend/src/api/journey-schemas';
import {DEFAULT_HOURS} from '../../web/frontend/src/live/filters';
import {
  INITIAL_LIST_STATE,
  journeyListReducer,
  type JourneyListAction,
  type JourneyListState,
} from '../../web/frontend/src/live/journey-list-state';
import {scoreLook} from '../../web/frontend/src/live/score';
import {SEVERITY_LOOK} from '../../web/frontend/src/live/signal-types';
import {buildTimeline} from '../../web/frontend/src/live/timeline';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import {newsWords} from '../../web/frontend/src/live/live-news';
import {adminResources} from '../support/admin-translations';

const NOW = Date.UTC(2026, 10, 20, 15, 0);
/** The live namespace in English, as the admin writes it. */
const t = createLoadedI18n('en', adminResources(['en'])).getFixedT('en', 'live');
const MINUTE = 60_000;
const FILTERS = {signal: undefined, campaign: undefined, hours: DEFAULT_HOURS};

function journey(id: string, fields: Partial<JourneySummary> = {}): JourneySummary {
  return {
    id,
    checkoutToken: null,
    currentStep: 'payment',
    startedAt: NOW - 10 * MINUTE,
    lastActivityAt: NOW - 2 * MINUTE,
    completedAt: null,
    campaignKey: null,
    cart: null,
    score: 0,
    reasons: [],
    signals: [],
    ...fields,
  };
}

function signal(severity: JourneySignal['severity'], fields: Partial<JourneySignal> = {}) {
  return {
    id: `sig-${severity}`,
    type: 'stalled',
    severity,
    sentence: 'Has not moved on for 12 minutes.',
    occurredAt: NOW - MINUTE,
    resolvedAt: null,
    resolution: null,
    ...fields,
  };
}

const run = (actions: JourneyListAction[], from: JourneyListState = INITIAL_LIST_STATE) =>
  actions.reduce(journeyListReducer, from);
const arrives = (j: JourneySummary): JourneyListAction => ({
  type: 'update',
  update: {kind: 'journey', journey: j, filters: FILTERS, now: NOW},
});
const ids = (journeys: readonly JourneySummary[]) => journeys.map((j) => j.id);

describe('the live list while it is read', () => {
  const older = journey('jrn_a', {lastActivityAt: NOW - 20 * MINUTE});
  const recent = journey('jrn_b', {lastActivityAt: NOW - 5 * MINUTE});
  const shown = run([{type: 'load'}, {type: 'loaded', journeys: [older, recent]}]);

  it('when new checkouts arrive, then the rows on screen stay as they were and the new ones wait', () => {
    const state = run(
      [arrives(journey('jrn_c', {lastActivityAt: NOW})), arrives(journey('jrn_d'))],
      shown,
    );
    expect(ids(state.journeys)).toEqual(['jrn_b', 'jrn_a']);
    expect(ids(state.held)).toEqual(['jrn_c', 'jrn_d']);
    expect(newsWords(state.announcement, t)).toBe('New checkout, now at Payment.');
  });

  it('when the merchant shows them, then they join the list in order, highlighted, and none wait', () => {
    const state = run(
      [arrives(journey('jrn_c', {lastActivityAt: NOW})), {type: 'show-held'}],
      shown,
    );
    expect(ids(state.journeys)).toEqual(['jrn_c', 'jrn_b', 'jrn_a']);
    expect(state.held).toEqual([]);
    expect(state.fresh.has('jrn_c')).toBe(true);
  });

  it('when a row on screen becomes the most recently active, then it changes where it stands', () => {
    const state = run([arrives({...older, lastActivityAt: NOW, currentStep: 'shipping'})], shown);
    expect(ids(state.journeys)).toEqual(['jrn_b', 'jrn_a']);
    expect(state.journeys[1]?.currentStep).toBe('shipping');
    expect(state.fresh.has('jrn_a')).toBe(true);
  });

  it('when a waiting checkout gets a signal, then it waits with it', () => {
    const waiting = journey('jrn_c', {lastActivityAt: NOW});
    const state = run(
      [
        arrives(waiting),
        {
          type: 'update',
          update: {
            kind: 'signal',
            signal: {...signal('high'), journeyId: 'jrn_c', campaignId: null},
          },
        },
      ],
      shown,
    );
    expect(state.held[0]?.signals.map((s) => s.severity)).toEqual(['high']);
    expect(ids(state.journeys)).toEqual(['jrn_b', 'jrn_a']);
  });

  it('when the list is empty, then a new checkout shows at once', () => {
    const empty = run([{type: 'load'}, {type: 'loaded', journeys: []}]);
    const state = run([arrives(recent)], empty);
    expect(ids(state.journeys)).toEqual(['jrn_b']);
    expect(state.held).toEqual([]);
  });
});

describe('the score’s word and the severity badges', () => {
  it.each([
    {score: 45, worst: 'critical', label: 'Critical'},
    {score: 30, worst: 'high', label: 'High'},
    {score: 15, worst: 'medium', label: 'Medium'},
    {score: 75, worst: 'low', label: 'High'},
  ] as const)(
    'when the worst open signal is $worst and the score $score, then the score reads $label in that word’s colour',
    ({score, worst, label}) => {
      const look = scoreLook(score, [signal(worst)]);
      expect(look.label).toBe(label);
      const sameWord = Object.values(SEVERITY_LOOK).find((l) => l.label === label);
      expect(look.tone).toBe(sameWord?.tone);
    },
  );

  it('when every signal ended and the score is 0, then it reads None', () => {
    expect(scoreLook(0, [signal('critical', {resolvedAt: NOW, resolution: 'Bought.'})]).label).toBe(
      'None',
    );
  });
});

describe('the story’s timeline', () => {
  it('when a signal was raised after the shopper was last active, then every entry is in time order', () => {
    const left = signal('high', {type: 'left_checkout', occurredAt: NOW});
    const entries = buildTimeline(
      {
        journey: journey('jrn_a', {lastActivityAt: NOW - 30 * MINUTE, signals: [left]}),
        timeline: [
          {step: 'payment', at: NOW - 30 * MINUTE, event: 'payment_info_submitted'},
          {step: 'contact', at: NOW - 40 * MINUTE, event: 'checkout_started'},
        ],
      },
      t,
    );
    expect(entries.map((e) => e.kind)).toEqual(['step', 'step', 'last-seen', 'signal']);
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
