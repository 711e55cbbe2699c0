import {describe, expect, it} from 'vitest';
import {detectSignals} from '../../../web/server/signals/detectors';
import {promiseStanding} from '../../../web/server/signals/promise-standing';
import {DEFAULT_THRESHOLDS} from '../../../web/server/signals/thresholds';
import type {Journey} from '../../../web/server/signals/journey';
import type {Signal} from '../../../web/server/storage/signals-repository';
import {CONTEXT, MINUTE, SHOP, WINTER, journeyOf, lastAt} from './fixtures';
import type {FixtureName} from './fixtures';

/** The signals detection tells of the journey at `now`, as stored (open). */
function signalsOf(journey: Journey, now: number): Signal[] {
  return detectSignals(journey, now, DEFAULT_THRESHOLDS, CONTEXT).map((d, n) => ({
    id: `s-${n}`,
    shop: SHOP,
    type: d.type,
    severity: d.severity,
    sentence: d.sentence,
    evidence: d.evidence,
    source: 'pixel',
    campaignId: null,
    checkoutToken: journey.checkoutToken,
    orderId: null,
    customerId: null,
    occurredAt: d.occurredAt,
    recordedAt: now,
    journeyId: journey.id,
    dedupeKey: d.dedupeKey,
    resolvedAt: null,
  }));
}

function standingOf(name: FixtureName, keep?: Parameters<typeof journeyOf>[1]) {
  const journey = journeyOf(name, keep);
  return promiseStanding(journey, CONTEXT, signalsOf(journey, lastAt(name) + MINUTE));
}

describe('promiseStanding: whether a campaign’s promise held for one checkout', () => {
  it('when the campaign’s code took its discount off, then the promise is kept', () => {
    expect(standingOf('smooth-purchase')).toEqual({campaignId: WINTER.id, kept: true});
  });

  it('when the promised code never applied, then the promise is broken', () => {
    expect(standingOf('promo-not-applied')).toEqual({campaignId: WINTER.id, kept: false});
  });

  it('when the shopper has not reached the step where the promise is checked, then it is undecided', () => {
    const standing = standingOf('promo-not-applied', (e) => e.name === 'checkout_started');
    expect(standing).toEqual({campaignId: WINTER.id, kept: null});
  });

  it('when a broken promise’s signal ended (the code applied after all), then the promise is kept', () => {
    const journey = journeyOf('promo-not-applied');
    const ended = signalsOf(journey, lastAt('promo-not-applied') + MINUTE).map((s) => ({
      ...s,
      resolvedAt: lastAt('promo-not-applied') + 2 * MINUTE,
      resolution: 'The code applied.',
    }));
    expect(promiseStanding(journey, CONTEXT, ended)).toEqual({campaignId: WINTER.id, kept: true});
  });

  it('when the checkout came from no campaign the shop has, then it counts for none', () => {
    const journey = journeyOf('stall');
    expect(promiseStanding(journey, CONTEXT, signalsOf(journey, lastAt('stall')))).toEqual({
      campaignId: null,
      kept: null,
    });
    const smooth = journeyOf('smooth-purchase');
    expect(promiseStanding(smooth, {...CONTEXT, campaigns: []}, [])).toEqual({
      campaignId: null,
      kept: null,
    });
  });
});
