import {describe, expect, it} from 'vitest';
import type {JourneySummary} from '../../web/frontend/src/api/journey-schemas';
import {parseLiveMessage} from '../../web/frontend/src/api/live-messages';
import {createSseParser, type SseEvent} from '../../web/frontend/src/api/sse';
import {formatDuration} from '../../web/frontend/src/live/format-time';
import {
  INITIAL_LIST_STATE,
  journeyListReducer,
  type JourneyListAction,
} from '../../web/frontend/src/live/journey-list-state';
import {
  keepLiveConnection,
  retryDelayMs,
  type LiveStatus,
} from '../../web/frontend/src/live/live-connection';
import {buildTimeline} from '../../web/frontend/src/live/timeline';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import {newsWords} from '../../web/frontend/src/live/live-news';
import {adminResources} from '../support/admin-translations';

const NOW = Date.parse('2030-11-27T16:30:00Z');
/** The live namespace in English, as the admin writes it. */
const t = createLoadedI18n('en', adminResources(['en'])).getFixedT('en', 'live');
const FILTERS = {signal: undefined, campaign: undefined, hours: 24};

function summary(id: string, overrides: Partial<JourneySummary> = {}): JourneySummary {
  return {
    id,
    checkoutToken: null,
    currentStep: 'payment',
    startedAt: NOW - 600_000,
    lastActivityAt: NOW - 60_000,
    completedAt: null,
    campaignKey: null,
    cart: null,
    score: 0,
    reasons: [],
    signals: [],
    ...overrides,
  };
}

function parseAll(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

describe('server-sent events parser', () => {
  it('when events arrive split anywhere, with comments, ids and CRLF, then each is dispatched whole', () => {
    const stream =
      'retry: 3000\n: connected\n\nid: 1\nevent: journey\ndata: {"a":1}\n\n: beat\r\n\r\nevent: signal\r\ndata: line one\r\ndata:line two\r\n\r\n';
    const expected = [
      {event: 'journey', data: '{"a":1}'},
      {event: 'signal', data: 'line one\nline two'},
    ];
    expect(parseAll([stream])).toEqual(expected);
    expect(parseAll(stream.split(''))).toEqual(expected);
    expect(parseAll([stream.slice(0, 37), stream.slice(37, 90), stream.slice(90)])).toEqual(
      expected,
    );
  });

  it('when a block has no event name, then it is a "message"; a block without data is skipped', () => {
    expect(parseAll(['data: x\n\nevent: empty\n\n'])).toEqual([{event: 'message', data: 'x'}]);
  });

  it.each([
    ['an unknown event', {event: 'case', data: '{}'}],
    ['malformed JSON', {event: 'journey', data: '{'}],
    ['a journey of the wrong shape', {event: 'journey', data: '{"id":1}'}],
    ['a signal without its journey id', {event: 'signal', data: '{"id":"s"}'}],
  ])('when the stream sends %s, then it is ignored', (_name, event) => {
    expect(parseLiveMessage(event)).toBeUndefined();
  });
});

describe('reconnection', () => {
  it('when failures repeat, then the delay doubles up to 30 s, jittered between half and all of it', () => {
    expect(retryDelayMs(1, () => 1)).toBe(1_000);
    expect(retryDelayMs(1, () => 0)).toBe(500);
    expect(retryDelayMs(3, () => 1)).toBe(4_000);
    expect(retryDelayMs(20, () => 1)).toBe(30_000);
  });

  it('when the stream ends or fails, then it is opened again until the page leaves', async () => {
    const controller = new AbortController();
    const statuses: LiveStatus[] = [];
    const events: string[] = [];
    let opened = 0;
    const encoder = new TextEncoder();
    await keepLiveConnection({
      signal: controller.signal,
      onStatus: (status) => statuses.push(status),
      onEvent: (event) => events.push(event.data),
      open: async () => {
        opened += 1;
        if (opened === 2) throw new Error('network down');
        if (opened === 3) controller.abort();
        return new ReadableStream({
          start(stream) {
            stream.enqueue(encoder.encode(`event: journey\ndata: ${opened}\n\n`));
            stream.close();
          },
        });
      },
    });
    expect(opened).toBe(3);
    expect(events).toEqual(['1']);
    expect(statuses).toEqual(['connecting', 'connected', 'reconnecting', 'reconnecting']);
  }, 10_000);
});

describe('the list under live updates', () => {
  const run = (...actions: JourneyListAction[]) =>
    actions.reduce(journeyListReducer, INITIAL_LIST_STATE);
  const update = (journey: JourneySummary): JourneyListAction => ({
    type: 'update',
    update: {kind: 'journey', journey, filters: FILTERS, now: NOW},
  });

  it('when updates arrive while the list loads, then they are applied on top of it once it arrives', () => {
    const state = run({type: 'load'}, update(summary('b', {lastActivityAt: NOW})), {
      type: 'loaded',
      journeys: [summary('a')],
    });
    expect(state.journeys.map((j) => j.id)).toEqual(['b', 'a']);
    expect([...state.fresh.keys()]).toEqual(['b']);
  });

  it('when an older picture of a journey arrives after a newer one, then it is ignored', () => {
    const newer = summary('a', {lastActivityAt: NOW, currentStep: 'completed'});
    const state = run({type: 'loaded', journeys: [newer]}, update(summary('a')));
    expect(state.journeys[0]?.currentStep).toBe('completed');
  });

  const left = {
    id: 'sig-left',
    type: 'abandoned',
    severity: 'high' as const,
    sentence: 'Left checkout on the payment step.',
    occurredAt: NOW - 30_000,
    resolvedAt: null,
    resolution: null,
  };
  const ended = {...left, resolvedAt: NOW, resolution: 'The shopper bought at 16:30.'};

  it('when the sweep ends a signal with no new activity, then the picture that ended it wins, whichever comes first', () => {
    const open = summary('a', {signals: [left], score: 30});
    const over = summary('a', {signals: [ended], score: 0});
    expect(run({type: 'loaded', journeys: [open]}, update(over)).journeys[0]?.score).toBe(0);
    const late = run({type: 'loaded', journeys: [over]}, update(open));
    expect(late.journeys[0]?.signals[0]?.resolvedAt).toBe(NOW);
  });

  it('when a journey picture ends a signal, then the news says it ended, and why', () => {
    const open = summary('a', {signals: [left]});
    const state = run({type: 'loaded', journeys: [open]}, update(summary('a', {signals: [ended]})));
    expect(newsWords(state.announcement, t)).toBe(
      'Signal ended: Left checkout. The shopper bought at 16:30.',
    );
  });

  it('when the stream tells a signal the row already shows so, then nothing changes', () => {
    const open = summary('a', {signals: [left]});
    const state = run(
      {type: 'loaded', journeys: [open]},
      {
        type: 'update',
        update: {kind: 'signal', signal: {...left, journeyId: 'a', campaignId: null}},
      },
    );
    expect(state.changes).toBe(0);
    expect(state.journeys[0]?.signals).toEqual([left]);
  });

  it('when a journey completes, then it is announced; a highlight ends only for its own change', () => {
    const open = summary('a');
    const done = summary('a', {lastActivityAt: NOW, completedAt: NOW, currentStep: 'completed'});
    const state = run({type: 'loaded', journeys: [open]}, update(done));
    expect(newsWords(state.announcement, t)).toBe('A checkout was completed.');
    expect(journeyListReducer(state, {type: 'settled', id: 'a', change: 0}).fresh.has('a')).toBe(
      true,
    );
    expect(
      journeyListReducer(state, {type: 'settled', id: 'a', change: state.changes}).fresh.has('a'),
    ).toBe(false);
  });
});

describe('the readable timeline', () => {
  it('when a shopper goes back, reloads and finally orders, then each step says so with the time spent before it', () => {
    const journey = summary('a', {
      completedAt: NOW,
      lastActivityAt: NOW,
      signals: [
        {
          id: 'sig-back',
          type: 'step_regression',
          severity: 'medium',
          sentence: 'Went back.',
          occurredAt: NOW - 60_000,
          resolvedAt: null,
          resolution: null,
        },
      ],
    });
    const entries = buildTimeline(
      {
        journey,
        timeline: [
          {step: 'contact', at: NOW - 300_000, event: 'checkout_started'},
          {step: 'payment', at: NOW - 120_000, event: 'checkout_shipping_info_submitted'},
          {step: 'delivery', at: NOW - 60_000, event: 'checkout_contact_info_submitted'},
          {step: 'contact', at: NOW - 30_000, event: 'checkout_started'},
        ],
      },
      t,
    );
    expect(
      entries.map((e) => (e.kind === 'step' ? e.title : e.kind === 'signal' ? e.label : e.kind)),
    ).toEqual([
      'Started checkout',
      'Chose a shipping method',
      'Went back to the delivery address',
      'Went back a step',
      'Came back to checkout',
      'Placed the order',
    ]);
    const placed = entries[entries.length - 1];
    expect(placed?.kind === 'step' && placed.spent).toEqual({ms: 30_000, on: 'contact'});
  });

  it.each([
    [0, '0 s'],
    [8_000, '8 s'],
    [80_000, '1 min 20 s'],
    [120_000, '2 min'],
    [7_500_000, '2 h 5 min'],
    [3 * 86_400_000 + 4 * 3_600_000 + 59_000, '3 d 4 h'],
  ])('when %i ms passed, then it reads "%s"', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});
