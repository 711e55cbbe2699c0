import {describe, expect, it} from 'vitest';
import {detectSignals} from '../../../web/server/signals/detectors';
import {EMPTY_CONTEXT} from '../../../web/server/signals/signal';
import {DEFAULT_THRESHOLDS, thresholdsSchema} from '../../../web/server/signals/thresholds';
import type {Thresholds} from '../../../web/server/signals/thresholds';
import {CONTEXT, FIXTURES, MINUTE, eventAt, events, journeyOf, lastAt} from './fixtures';
import type {FixtureName} from './fixtures';

const LATE = 31 * MINUTE;
const signalsOf = (name: FixtureName, ms = LATE, thresholds: Thresholds = DEFAULT_THRESHOLDS) =>
  detectSignals(journeyOf(name), lastAt(name) + ms, thresholds, CONTEXT);

describe('signals: evidence and keys', () => {
  it.each(FIXTURES)('when %s is read, then each signal cites real events of it', (name) => {
    const ids = new Set(events(name).map((e) => e.id));
    for (const signal of signalsOf(name)) {
      expect(signal.evidence.eventIds.length).toBeGreaterThan(0);
      for (const id of signal.evidence.eventIds) expect(ids).toContain(id);
    }
  });

  it.each(FIXTURES)(
    'when %s is read, then dedupe keys are unique and sentences hold no email',
    (name) => {
      const signals = signalsOf(name);
      expect(new Set(signals.map((s) => s.dedupeKey)).size).toBe(signals.length);
      for (const signal of signals) expect(signal.sentence).not.toMatch(/@|dana/i);
    },
  );

  it('when the same journey is read again later, then the signals it had keep their keys and times', () => {
    const early = signalsOf('payment-failed', MINUTE);
    const late = signalsOf('payment-failed', 2 * 60 * MINUTE);
    for (const signal of early.filter((s) => s.type !== 'stalled')) {
      expect(late).toContainEqual(signal);
    }
  });

  it('when a stall is told, then its time is when the threshold was crossed, not now', () => {
    const entered = Date.parse(eventAt('stall', 'checkout_shipping_info_submitted').timestamp);
    const [stall] = detectSignals(
      journeyOf('stall'),
      entered + 9 * MINUTE,
      DEFAULT_THRESHOLDS,
      CONTEXT,
    );
    expect(stall).toMatchObject({
      type: 'stalled',
      step: 'payment',
      severity: 'high',
      dedupeKey: 'stalled:payment',
    });
    expect(stall?.occurredAt).toBe(entered + DEFAULT_THRESHOLDS.stallAfterMs);
  });
});

describe('signals: wording and weight', () => {
  it('when Heed does not know the campaign, then the promise is told by its link key', () => {
    const [promo] = detectSignals(
      journeyOf('promo-not-applied'),
      lastAt('promo-not-applied'),
      DEFAULT_THRESHOLDS,
      EMPTY_CONTEXT,
    );
    expect(promo?.sentence).toBe(
      'Came from the “winter-sale” email link; at 16:21 UTC, on the delivery address step, no discount applied (code WINTER20); went on to the payment step at 16:22 UTC.',
    );
    expect(promo?.evidence).toMatchObject({
      campaignId: '5b0f7d8e-3c41-4a2e-9f6d-1e8c2b7a9d40',
      extensionReasons: ['apply_error'],
    });
  });

  it('when the code is the one the email promised, then its rejection weighs high', () => {
    const rejected = signalsOf('code-rejected').find((s) => s.type === 'code_rejected');
    expect(rejected).toMatchObject({
      severity: 'high',
      dedupeKey: 'code_rejected:WINTER20',
      step: 'contact',
    });
    expect(rejected?.sentence).toBe(
      'Saw “Enter a valid discount code or gift card” twice after entering WINTER20 — the code the “Winter” email promised (code rejected).',
    );
  });

  it('when the shopper went back twice, then the second move weighs more', () => {
    const moves = signalsOf('back-and-forth').filter((s) => s.type === 'step_regression');
    expect(moves.map((m) => [m.severity, m.evidence.from, m.evidence.to])).toEqual([
      ['low', 'payment', 'delivery'],
      ['medium', 'payment', 'shipping'],
    ]);
  });

  it('when an item sold out, then the checkout error weighs high', () => {
    const error = signalsOf('sold-out').find((s) => s.type === 'checkout_error');
    expect(error).toMatchObject({severity: 'high', step: 'payment'});
    expect(error?.sentence).toBe(
      'Saw the error “Faux Fur Throw is sold out. Remove it to continue.” on the payment step.',
    );
  });
});

describe('thresholds per shop', () => {
  it('when a shop sets nothing, then the defaults apply', () => {
    expect(thresholdsSchema.parse({})).toEqual(DEFAULT_THRESHOLDS);
    expect(DEFAULT_THRESHOLDS).toMatchObject({
      stallAfterMs: 4 * MINUTE,
      abandonAfterMs: 30 * MINUTE,
      repeatedEditsAt: 4,
      shippingShockShare: 0.25,
    });
  });

  it.each([
    ['repeated_edits', 'repeated-edits', {repeatedEditsAt: 6}],
    ['abandoned', 'abandonment', {abandonAfterMs: 60 * MINUTE}],
    ['shipping_shock', 'shipping-shock', {shippingShockShare: 0.5}],
    ['stalled', 'stall', {stallAfterMsByStep: {payment: 15 * MINUTE}}],
  ] as const)(
    'when the shop raises the bar for %s, then %s no longer shows it',
    (type, name, setting) => {
      const strict = thresholdsSchema.parse(setting);
      expect(
        signalsOf(name, 5 * MINUTE)
          .concat(signalsOf(name))
          .map((s) => s.type),
      ).toContain(type);
      expect(
        signalsOf(name, 5 * MINUTE, strict)
          .concat(signalsOf(name, LATE, strict))
          .map((s) => s.type),
      ).not.toContain(type);
    },
  );

  it.each([
    [{stallAfterMs: 1000}],
    [{abandonAfterMs: -1}],
    [{repeatedEditsAt: 1}],
    [{shippingShockShare: 0}],
    [{stallAfterMsByStep: {payment: 'soon'}}],
  ])('when a shop sets %j, then the setting is refused', (setting) => {
    expect(thresholdsSchema.safeParse(setting).success).toBe(false);
  });
});
