import {describe, expect, it} from 'vitest';
import {decideCase, raisePriority, shopperKeyOf} from '../../../web/server/followup/case-joining';
import type {RuleMatch} from '../../../web/server/followup/match-rules';
import type {CasePriority, FollowupCase} from '../../../web/server/followup/types';
import type {Signal} from '../../../web/server/storage/signals-repository';
import {DAY, HOUR, NOW, followupCase, journey, rule, signal} from './fixtures';

const KEY = 'customer:gid://shopify/Customer/77';

const match = (priority: CasePriority, signals: Signal[]): RuleMatch => ({
  rule: rule({signalTypes: ['abandoned'], priority}),
  signals,
  priority,
  dueAt: NOW + HOUR,
  channel: 'email',
});

const decide = (
  m: RuleMatch,
  open: FollowupCase | null,
  latestResolved: FollowupCase | null = null,
) => decideCase({match: m, shopperKey: KEY, open, latestResolved, now: NOW});

const resolved = (overrides: Partial<FollowupCase>) =>
  followupCase({
    status: 'resolved',
    resolvedAt: NOW - DAY,
    outcome: 'will_buy_later',
    ...overrides,
  });

describe('shopperKeyOf: one open case per shopper', () => {
  const base = journey();
  it.each([
    [
      'a customer id as a number',
      {customerId: '77', emailHash: 'h1'},
      'customer:gid://shopify/Customer/77',
    ],
    ['an email hash only', {customerId: null, emailHash: 'h1'}, 'email:h1'],
    ['a malformed customer id', {customerId: 'not-an-id', emailHash: null}, `journey:${base.id}`],
    ['nothing', {customerId: null, emailHash: null}, `journey:${base.id}`],
  ])('when the journey knows %s, then the key follows', (_what, identity, key) => {
    expect(shopperKeyOf({id: base.id, identity: {...base.identity, ...identity}})).toBe(key);
  });
});

describe('raisePriority: never lowers', () => {
  it.each([
    ['normal', 'urgent', 'urgent'],
    ['high', 'urgent', 'urgent'],
    ['normal', 'high', 'high'],
    ['urgent', 'normal', null],
    ['high', 'high', null],
  ] as const)('when a %s case meets a %s signal, then it becomes %s', (current, incoming, next) => {
    expect(raisePriority(current, incoming)).toBe(next);
  });
});

describe('decideCase: joining, reopening, opening', () => {
  it('when the shopper has no case, then one opens', () => {
    expect(decide(match('normal', [signal('abandoned')]), null)).toEqual({action: 'open'});
  });

  it('when a second checkout of the same shopper matches, then it joins the open case', () => {
    const open = followupCase({priority: 'high'});
    const secondCheckout = signal('abandoned', {journeyId: 'jrn_second'});
    expect(decide(match('normal', [secondCheckout]), open)).toEqual({
      action: 'join',
      caseId: open.id,
      raise: null,
    });
  });

  it('when a later, more urgent signal comes, then it joins and raises the priority', () => {
    const open = followupCase({priority: 'normal'});
    expect(decide(match('urgent', [signal('promo_not_applied')]), open)).toEqual({
      action: 'join',
      caseId: open.id,
      raise: 'urgent',
    });
  });

  it('when a resolved shopper meets a new failure within the week, then the case reopens', () => {
    const last = resolved({journeyIds: ['jrn_old']});
    const later = signal('payment_failed', {journeyId: 'jrn_old', occurredAt: NOW - HOUR});
    expect(decide(match('high', [later]), null, last)).toEqual({action: 'reopen', caseId: last.id});
  });

  it('when the last case was resolved over a week ago, then a new case opens', () => {
    const last = resolved({resolvedAt: NOW - 8 * DAY});
    expect(decide(match('high', [signal('payment_failed')]), null, last)).toEqual({action: 'open'});
  });

  it('when a buyer’s checkout later shows the promise missing on the order, then the case reopens', () => {
    const bought = resolved({outcome: 'purchased', journeyIds: ['jrn_old']});
    const owed = signal('promo_missing_on_order', {journeyId: 'jrn_old', occurredAt: NOW - HOUR});
    expect(decide(match('urgent', [owed]), null, bought)).toEqual({
      action: 'reopen',
      caseId: bought.id,
    });
  });

  it('when a buyer starts another checkout and it fails, then the case reopens', () => {
    const bought = resolved({outcome: 'purchased', journeyIds: ['jrn_old']});
    const other = signal('payment_failed', {journeyId: 'jrn_new', occurredAt: NOW - HOUR});
    expect(decide(match('high', [other]), null, bought)).toEqual({
      action: 'reopen',
      caseId: bought.id,
    });
  });

  it.each([
    [
      'the signal came before the resolution, on the case’s own checkout',
      resolved({journeyIds: ['jrn_old']}),
      signal('abandoned', {journeyId: 'jrn_old', occurredAt: NOW - 2 * DAY}),
      'already resolved',
    ],
    [
      'the shopper bought with this checkout and it later looks abandoned',
      resolved({outcome: 'purchased', journeyIds: ['jrn_old']}),
      signal('abandoned', {journeyId: 'jrn_old', occurredAt: NOW - HOUR}),
      'bought with this checkout',
    ],
  ])('when %s, then nothing reopens', (_what, last, given, words) => {
    const decision = decide(match('normal', [given]), null, last);
    expect(decision.action).toBe('ignore');
    expect(decision.action === 'ignore' && decision.reason).toContain(words);
  });

  it('when the open case belongs to another shopper, then it is a programmer error', () => {
    const other = followupCase({shopperKey: 'email:someone-else'});
    expect(() => decide(match('normal', [signal('abandoned')]), other)).toThrow(/another shopper/);
  });
});
