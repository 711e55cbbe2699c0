import {describe, expect, it} from 'vitest';
import {MAX_EVENTS_PER_JOURNEY, applyEvents} from '../../../web/server/signals/apply-event';
import {detectSignals} from '../../../web/server/signals/detectors';
import {checkPixelEvent} from '../../../web/server/signals/pixel-event';
import type {PixelEvent} from '../../../web/server/signals/pixel-event';
import {MINUTE, SHOP, events, journeyOf, lastAt} from './fixtures';

/** The ingest key sits in the pixel's settings, so anyone can send events: they must stay data. */
const forged = (patch: Record<string, unknown>, index = 0): PixelEvent => {
  const checked = checkPixelEvent({
    id: `sh-forged-${index}`,
    name: 'input_changed',
    type: 'dom',
    timestamp: new Date(lastAt('stall') - MINUTE + index).toISOString(),
    clientId: '9a4d2e6b-8f15-4c79-a3e0-5d1b7c9f2a68',
    seq: 900 + index,
    ...patch,
  });
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
};

describe('applyEvents: hostile events', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'when an event or a field is named %s, then it is only counted as activity or a field',
    (name) => {
      const hostile = [
        forged({name, type: 'custom', customData: {}}, 1),
        ...Array.from({length: 4}, (_, i) =>
          forged(
            {data: {element: {id: name, name, tagName: 'INPUT', type: 'text', value: 'x'}}},
            2 + i,
          ),
        ),
      ];
      const journey = applyEvents(journeyOf('stall'), hostile, SHOP);
      expect(journey.stepEvents).toEqual(journeyOf('stall').stepEvents);
      expect(journey.fieldEdits.find((f) => f.field === name)?.count).toBe(4);
      const edits = detectSignals(journey, lastAt('stall'), undefined).find(
        (s) => s.type === 'repeated_edits',
      );
      expect(edits?.sentence).toMatch(/^Changed the “[\w ]+” field 4 times\.$/);
    },
  );

  it('when a journey reaches its event limit, then further events are counted and ignored', () => {
    const flood = Array.from({length: MAX_EVENTS_PER_JOURNEY + 5}, (_, i) =>
      forged({data: {element: {id: 'city', name: 'city', value: 'x'}}}, i),
    );
    const journey = applyEvents(undefined, [...events('stall'), ...flood], SHOP);
    expect(journey.eventIds).toHaveLength(MAX_EVENTS_PER_JOURNEY);
    expect(journey.ignoredEvents).toBe(events('stall').length + 5);
  });
});
