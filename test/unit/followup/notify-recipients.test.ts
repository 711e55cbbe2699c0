import {describe, expect, it} from 'vitest';
import {notificationsOf, recipientsOf} from '../../../web/server/followup/notify-recipients';
import {followupCase, NOW, staffMember} from './fixtures';

const anna = staffMember({userId: '1', name: 'Anna', role: 'lead'});
const omar = staffMember({userId: '2', name: 'Omar'});
const lea = staffMember({userId: '3', name: 'Léa'});
const away = staffMember({userId: '4', name: 'Away', available: false});

describe('who hears of a case', () => {
  it('when the case has an assignee, then only the assignee is told', () => {
    const followup = followupCase({assigneeId: '2'});
    expect(recipientsOf(followup, [anna, omar, lea], null, NOW).map((s) => s.name)).toEqual([
      'Omar',
    ]);
  });

  it('when nobody has the case, then every agent on shift is told, not those away', () => {
    const followup = followupCase({assigneeId: null});
    expect(recipientsOf(followup, [anna, omar, lea, away], null, NOW).map((s) => s.name)).toEqual([
      'Omar',
      'Léa',
    ]);
  });

  it('when no agent is on shift, then the leads on shift are told', () => {
    const followup = followupCase({assigneeId: null});
    expect(recipientsOf(followup, [anna, away], null, NOW).map((s) => s.name)).toEqual(['Anna']);
  });

  it('when the same change is written for two people, then each has one row keyed by change and revision', () => {
    const followup = followupCase({assigneeId: null, revision: 3});
    const rows = notificationsOf(followup, 'raised', [omar, lea], NOW);
    expect(rows.map((r) => [r.recipientId, r.eventKey, r.channel, r.nextAttemptAt])).toEqual([
      ['2', 'raised:3', 'email', NOW],
      ['3', 'raised:3', 'email', NOW],
    ]);
  });

  it.each([
    [
      'email and Slack both announce it',
      ['raised'],
      ['raised'],
      ['email:2', 'slack:slack-channel'],
    ],
    ['only email announces it', ['raised'], ['opened'], ['email:2']],
    ['only Slack announces it', ['opened'], ['raised'], ['slack:slack-channel']],
    ['the shop has no Slack', ['raised'], null, ['email:2']],
    ['neither announces it', [], [], []],
  ] as const)(
    'when %s, then the change writes exactly those rows',
    (_what, emailChanges, slackChanges, expected) => {
      const followup = followupCase({assigneeId: '2', revision: 4});
      const rows = notificationsOf(followup, 'raised', [omar], NOW, {emailChanges, slackChanges});
      expect(rows.map((r) => `${r.channel}:${r.recipientId}`)).toEqual(expected);
      expect(rows.every((r) => r.eventKey === 'raised:4')).toBe(true);
    },
  );
});
