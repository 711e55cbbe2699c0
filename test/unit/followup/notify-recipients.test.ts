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
});
