import {describe, expect, it} from 'vitest';
import {detectSignals} from '../../../web/server/signals/detectors';
import {hesitationScore} from '../../../web/server/signals/score';
import type {SignalSeverity} from '../../../web/server/signals/signal';
import {DEFAULT_THRESHOLDS} from '../../../web/server/signals/thresholds';
import {CONTEXT, MINUTE, journeyOf, lastAt} from './fixtures';

const signal = (type: string, severity: SignalSeverity, sentence = `${type} happened.`) => ({
  type,
  severity,
  sentence,
});

describe('hesitation score', () => {
  it('when nothing was seen, then the score is 0 with no reasons', () => {
    expect(hesitationScore([])).toEqual({score: 0, reasons: []});
  });

  it('when a promise broke and the shopper stalled, then the score adds both and says why, heaviest first', () => {
    const signals = detectSignals(
      journeyOf('promo-not-applied'),
      lastAt('promo-not-applied') + 5 * MINUTE,
      DEFAULT_THRESHOLDS,
      CONTEXT,
    );
    expect(hesitationScore(signals)).toEqual({
      score: 60,
      reasons: [
        '+30 Promised discount not applied: Was promised 20% off the entire order by the “Winter” email; at 16:21 UTC, on the delivery address step, no discount applied (code WINTER20); went on to the payment step at 16:22 UTC.',
        '+30 Stalled on a step: Spent more than 4 minutes on the payment step without moving on.',
      ],
    });
  });

  it('when one type repeats, then each repeat adds a little and the count is told', () => {
    const {score, reasons} = hesitationScore([
      signal('step_regression', 'low'),
      signal('step_regression', 'medium', 'Went back twice.'),
      signal('step_regression', 'low'),
    ]);
    expect(score).toBe(15 + 10);
    expect(reasons).toEqual(['+25 Went back a step (3 times): Went back twice.']);
  });

  it('when many heavy signals pile up, then the score stops at 100', () => {
    const severe = ['promo_not_applied', 'payment_failed', 'abandoned', 'code_rejected'].map((t) =>
      signal(t, 'critical'),
    );
    expect(hesitationScore(severe).score).toBe(100);
  });

  it('when ten small edits are seen, then they weigh less than one broken promise', () => {
    const edits = Array.from({length: 10}, () => signal('repeated_edits', 'low'));
    expect(hesitationScore(edits).score).toBeLessThan(
      hesitationScore([signal('promo_not_applied', 'high')]).score,
    );
  });

  it('when a stored signal has a type detectors do not emit, then it is still counted and named', () => {
    expect(hesitationScore([signal('promo_missing_on_order', 'critical', 'Owed $24.')])).toEqual({
      score: 45,
      reasons: ['+45 Order placed without the promised discount: Owed $24.'],
    });
  });
});
