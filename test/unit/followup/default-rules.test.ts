import {describe, expect, it} from 'vitest';
import {defaultRules} from '../../../web/server/followup/default-rules';
import {matchRules, type MatchInput} from '../../../web/server/followup/match-rules';
import type {Rule} from '../../../web/server/followup/rule';
import {NOW, SHOP, journey, signal} from './fixtures';

const RULES: Rule[] = defaultRules().map((input, position) => ({
  ...input,
  id: `default-${position}`,
  shop: SHOP,
  position,
  createdAt: 0,
  updatedAt: 0,
}));

const input = (overrides: Partial<MatchInput>): MatchInput => ({
  journey: journey(),
  signals: [],
  shopper: {returning: null, contactBasis: null},
  shop: {medianCartValue: 200, currencyCode: 'USD'},
  now: NOW,
  ...overrides,
});

describe('default rules, as installed at first run', () => {
  it.each([
    [
      'a promised code did not apply',
      input({signals: [signal('promo_not_applied')]}),
      'urgent',
      15,
    ],
    [
      'an order missed its promise',
      input({signals: [signal('promo_missing_on_order')]}),
      'urgent',
      15,
    ],
    [
      'a campaign shopper’s code was refused',
      input({signals: [signal('code_rejected', {campaignId: 'cmp_winter'})]}),
      'high',
      30,
    ],
    ['a payment failed on a large cart', input({signals: [signal('payment_failed')]}), 'high', 60],
    [
      'a returning subscriber abandoned a large cart',
      input({
        signals: [signal('abandoned')],
        shopper: {returning: true, contactBasis: 'email_marketing'},
      }),
      'normal',
      240,
    ],
  ] as const)('when %s, then a case opens', (_what, given, priority, minutes) => {
    const match = matchRules(RULES, given);
    expect(match?.priority).toBe(priority);
    expect(match?.dueAt).toBe(NOW + minutes * 60_000);
  });

  it.each([
    ['the shopper only stalled', input({signals: [signal('stalled')]})],
    ['a code was refused with no campaign behind it', input({signals: [signal('code_rejected')]})],
    [
      'a payment failed on a cart at the median',
      input({
        signals: [signal('payment_failed')],
        shop: {medianCartValue: 240, currencyCode: 'USD'},
      }),
    ],
    [
      'a returning customer who may not be emailed abandoned',
      input({signals: [signal('abandoned')], shopper: {returning: true, contactBasis: null}}),
    ],
    [
      'a subscriber of unknown history abandoned',
      input({
        signals: [signal('abandoned')],
        shopper: {returning: null, contactBasis: 'email_marketing'},
      }),
    ],
  ])('when %s, then no case opens', (_what, given) => {
    expect(matchRules(RULES, given)).toBeNull();
  });
});
