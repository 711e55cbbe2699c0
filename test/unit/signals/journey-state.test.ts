import {describe, expect, it} from 'vitest';
import {parseJourneyState, readJourney} from '../../../web/server/signals/journey-state';
import {journeyOf} from './fixtures';

describe('stored journey states', () => {
  it('when a state is read back, then it is checked and comes back the same', () => {
    const journey = journeyOf('promo-not-applied');
    expect(readJourney(JSON.parse(JSON.stringify(journey)))).toEqual(journey);
  });

  it.each([
    ['a step Heed does not know', (s: Record<string, unknown>) => ({...s, currentStep: 'lobby'})],
    [
      'a time that is not a number',
      (s: Record<string, unknown>) => ({...s, lastActivityAt: 'soon'}),
    ],
    ['a version from the future', (s: Record<string, unknown>) => ({...s, version: 9})],
    ['no identity', ({identity: _identity, ...s}: Record<string, unknown>) => s],
  ])('when the stored state has %s, then it is refused with the reason', (_what, tamper) => {
    const stored = tamper(
      JSON.parse(JSON.stringify(journeyOf('stall'))) as Record<string, unknown>,
    );
    const read = parseJourneyState(stored);
    expect(read.ok).toBe(false);
    expect(() => readJourney(stored)).toThrow(/Stored journey state is not valid/);
  });

  it('when a version 1 state is read, then it is upgraded: GIDs, no merged ids, a clock that trusted the browser', () => {
    const current = journeyOf('promo-not-applied');
    const {clock: _clock, otherOrders: _o, webhookStep: _w, ...rest} = current;
    const v1 = {
      ...rest,
      version: 1,
      mergedFrom: ['jrn_000000000000000000000000'],
      identity: {...current.identity, customerId: '7788990011'},
      completion: {at: 1, orderId: '6123456789012', source: 'webhook', eventId: null},
    };
    const upgraded = readJourney(JSON.parse(JSON.stringify(v1)));
    expect(upgraded).toMatchObject({
      version: 2,
      clock: {offsetMs: 0},
      otherOrders: [],
      webhookStep: null,
      identity: {customerId: 'gid://shopify/Customer/7788990011'},
      completion: {orderId: 'gid://shopify/Order/6123456789012'},
    });
    expect(upgraded).not.toHaveProperty('mergedFrom');
  });
});
