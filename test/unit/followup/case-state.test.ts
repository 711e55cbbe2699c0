import {describe, expect, it} from 'vitest';
import {transition, type CaseAction} from '../../../web/server/followup/case-state';
import type {FollowupCase} from '../../../web/server/followup/types';
import {HOUR, NOW, followupCase} from './fixtures';

const CONTEXT = {
  names: new Map([
    ['anna', 'Anna'],
    ['ben', 'Ben'],
  ]),
  timeZone: 'Europe/Berlin',
};
const act = (c: FollowupCase, action: CaseAction, actor = 'anna') =>
  transition(c, action, actor, NOW, CONTEXT);

describe('transition: new → claimed → contacted → resolved', () => {
  it('when Anna claims a new case, then it is hers and the timeline names her', () => {
    expect(act(followupCase(), {kind: 'claim'})).toEqual({
      ok: true,
      next: {assigneeId: 'anna', status: 'claimed', updatedAt: NOW},
      event: {
        kind: 'claimed',
        sentence: 'Anna claimed the case.',
        wording: {key: 'cases:timeline.claimed', values: {who: 'Anna'}},
      },
    });
  });

  it('when Anna claims Ben’s case, then the line says she took it over', () => {
    const result = act(followupCase({status: 'claimed', assigneeId: 'ben'}), {kind: 'claim'});
    expect(result.ok && result.event.sentence).toBe('Anna took the case over from Ben.');
  });

  it('when Anna hands the case to Ben, then it is his', () => {
    const result = act(followupCase({status: 'claimed', assigneeId: 'anna'}), {
      kind: 'handover',
      userId: 'ben',
    });
    expect(result).toMatchObject({
      ok: true,
      next: {assigneeId: 'ben', status: 'claimed'},
      event: {kind: 'handed_over', sentence: 'Anna handed the case over to Ben.'},
    });
  });

  it('when someone unnamed hands over to someone unnamed, then the line still reads well', () => {
    const result = transition(followupCase(), {kind: 'handover', userId: 'x'}, 'y', NOW, {
      names: new Map(),
    });
    expect(result.ok && result.event.sentence).toBe(
      'A staff member handed the case over to a staff member.',
    );
  });

  it('when Anna reaches the shopper by phone, then the case is contacted at that moment', () => {
    const result = act(
      followupCase({status: 'claimed', assigneeId: 'anna', snoozedUntil: NOW + HOUR}),
      {
        kind: 'contacted',
        method: 'phone',
        callOutcome: 'reached',
      },
    );
    expect(result).toMatchObject({
      ok: true,
      next: {status: 'contacted', firstContactAt: NOW, snoozedUntil: null},
      event: {kind: 'call', sentence: 'Anna called the shopper: reached them.'},
    });
  });

  it('when a call gets no answer, then it is recorded but is no first contact', () => {
    const result = act(followupCase({status: 'claimed', assigneeId: 'anna'}), {
      kind: 'contacted',
      method: 'phone',
      callOutcome: 'no_answer',
    });
    expect(result.ok && result.next).toEqual({assigneeId: 'anna', updatedAt: NOW});
    expect(result.ok && result.event.sentence).toBe('Anna called the shopper: no answer.');
  });

  it('when a second message goes out, then the first contact time stays the first', () => {
    const result = act(followupCase({status: 'contacted', firstContactAt: NOW - HOUR}), {
      kind: 'contacted',
      method: 'invoice',
    });
    expect(result).toMatchObject({
      ok: true,
      next: {firstContactAt: NOW - HOUR},
      event: {kind: 'invoice_sent'},
    });
  });

  it('when Anna resolves with an outcome and a note, then both are told', () => {
    expect(
      act(followupCase({status: 'contacted'}), {
        kind: 'resolve',
        outcome: 'will_buy_later',
        note: ' Calls back Friday ',
      }),
    ).toEqual({
      ok: true,
      next: {
        status: 'resolved',
        resolvedAt: NOW,
        outcome: 'will_buy_later',
        snoozedUntil: null,
        contactDetails: null,
        shopperStatus: null,
        updatedAt: NOW,
      },
      event: {
        kind: 'resolved',
        sentence: 'Anna resolved the case: the shopper will buy later. Note: “Calls back Friday”',
        wording: {
          key: 'cases:timeline.resolvedWithNote',
          values: {
            who: 'Anna',
            outcome: {say: {key: 'cases:outcome.will_buy_later'}},
            note: 'Calls back Friday',
          },
        },
      },
    });
  });

  it('when Anna snoozes until tomorrow, then the line tells the date and time on the shop’s clock', () => {
    const result = act(followupCase(), {kind: 'snooze', until: Date.parse('2026-07-07T07:00:00Z')});
    expect(result).toMatchObject({
      ok: true,
      next: {snoozedUntil: Date.parse('2026-07-07T07:00:00Z')},
    });
    expect(result.ok && result.event.sentence).toBe(
      'Anna snoozed the case until Jul 7, 2026, 9:00 AM.',
    );
  });

  it('when Heed wakes a snoozed case, then the line says the snooze ended', () => {
    const result = transition(
      followupCase({snoozedUntil: NOW}),
      {kind: 'wake'},
      'heed',
      NOW,
      CONTEXT,
    );
    expect(result).toMatchObject({ok: true, next: {snoozedUntil: null}, event: {kind: 'woke'}});
  });

  it('when Heed reopens a resolved case for a new failure, then it is open again with a new deadline', () => {
    const done = followupCase({
      status: 'resolved',
      assigneeId: 'anna',
      resolvedAt: NOW - HOUR,
      outcome: 'purchased',
      firstContactAt: NOW - 2 * HOUR,
    });
    const result = transition(
      done,
      {kind: 'reopen', dueAt: NOW + HOUR, reason: 'the payment failed on a new checkout'},
      'heed',
      NOW,
      CONTEXT,
    );
    expect(result).toMatchObject({
      ok: true,
      next: {
        status: 'claimed',
        resolvedAt: null,
        outcome: null,
        firstContactAt: null,
        dueAt: NOW + HOUR,
      },
      event: {
        kind: 'reopened',
        sentence: 'Heed reopened the case: the payment failed on a new checkout.',
      },
    });
  });

  it('when someone notes on a resolved case, then the note is kept', () => {
    const result = act(followupCase({status: 'resolved', resolvedAt: NOW}), {
      kind: 'note',
      text: 'Sent flowers.',
    });
    expect(result).toMatchObject({
      ok: true,
      event: {kind: 'note', sentence: 'Anna added a note: “Sent flowers.”'},
    });
  });

  it('when round robin gave her a new case and she claims it, then it is claimed, in her name', () => {
    const result = act(followupCase({assigneeId: 'anna', status: 'new'}), {kind: 'claim'});
    expect(result.ok && result.next).toMatchObject({status: 'claimed', assigneeId: 'anna'});
  });

  it.each([
    [
      'claiming a case that is already hers',
      followupCase({assigneeId: 'anna', status: 'claimed'}),
      {kind: 'claim'},
      'already has',
    ],
    [
      'handing over to the one who has it',
      followupCase({assigneeId: 'ben'}),
      {kind: 'handover', userId: 'ben'},
      'Ben already has',
    ],
    [
      'claiming a resolved case',
      followupCase({status: 'resolved'}),
      {kind: 'claim'},
      'reopen it first',
    ],
    [
      'resolving twice',
      followupCase({status: 'resolved'}),
      {kind: 'resolve', outcome: 'purchased'},
      'reopen it first',
    ],
    ['snoozing into the past', followupCase(), {kind: 'snooze', until: NOW}, 'in the future'],
    ['waking a case that is not snoozed', followupCase(), {kind: 'wake'}, 'not snoozed'],
    ['reopening an open case', followupCase({status: 'claimed'}), {kind: 'reopen'}, 'still open'],
    ['an empty note', followupCase(), {kind: 'note', text: '   '}, 'Write the note'],
  ] satisfies Array<[string, FollowupCase, CaseAction, string]>)(
    'when %s, then it is refused',
    (_what, c, action, words) => {
      const result = act(c, action);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(words);
    },
  );
});
