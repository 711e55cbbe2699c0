import {describe, expect, it} from 'vitest';
import {slackMessage} from '../../../web/server/followup/slack-message';
import {
  maskedWebhookUrl,
  slackWebhookUrlSchema,
} from '../../../web/server/followup/slack-webhook-url';
import {noLongerNeeded} from '../../../web/server/followup/notification-worker';
import {
  notifiedChangesSchema,
  storedChanges,
  storedHours,
  DEFAULT_SLACK_CHANGES,
} from '../../../web/server/followup/followup-settings';
import {followupCase, NOW} from './fixtures';

const production = slackWebhookUrlSchema({allowLoopback: false});
const local = slackWebhookUrlSchema({allowLoopback: true});

describe('the Slack webhook a shop may give', () => {
  it.each([
    [
      'Slack’s own webhook URL',
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    ],
    ['one with spaces around it', '  https://hooks.slack.com/services/T0/B0/abcdefghijkl  '],
  ])('when it is %s, then it is taken in production', (_what, url) => {
    expect(production.safeParse(url).success).toBe(true);
  });

  it.each([
    ['plain http to Slack', 'http://hooks.slack.com/services/T0/B0/abcdefghijkl'],
    ['another host', 'https://hooks.slack.com.evil.example/services/T0/B0/abcdefghijkl'],
    ['Slack’s API, not a webhook', 'https://slack.com/api/chat.postMessage'],
    ['a loopback server', 'http://127.0.0.1:8080/services/T0/B0/abcdefghijkl'],
    ['an internal address', 'https://169.254.169.254/latest/meta-data'],
    ['a path that climbs out', 'https://hooks.slack.com/services/../../admin?x=1'],
    ['a URL with credentials', 'https://user:pass@hooks.slack.com/services/T0/B0/abcdefghijkl'],
  ])('when it is %s, then production refuses it', (_what, url) => {
    expect(production.safeParse(url).success).toBe(false);
  });

  it('when outside production, then a loopback server is taken as well, but no other host', () => {
    expect(local.safeParse('http://127.0.0.1:8080/services/T0/B0/x').success).toBe(true);
    expect(local.safeParse('http://localhost:8080/demo/slack-hook').success).toBe(true);
    expect(local.safeParse('http://10.0.0.5:8080/services/T0/B0/x').success).toBe(false);
  });

  it('when shown, then it is recognisable but cannot be posted with', () => {
    const masked = maskedWebhookUrl('https://hooks.slack.com/services/T0FURS/B0FURS/secretsecret');
    expect(masked).toBe('https://hooks.slack.com/services/T0FU…');
    expect(masked).not.toContain('secret');
  });
});

describe('the Slack message', () => {
  it('when the headline holds Slack markup, then it is escaped and the link stays one link', () => {
    const message = slackMessage({
      shopName: 'Furs & Co',
      change: 'opened',
      priority: 'urgent',
      headline: 'Tried <b>WINTER20</b> &\nleft',
      link: 'https://admin.shopify.com/store/furs/apps/key/inbox/c1',
    });
    expect(message.text).toBe(
      '*New case* (urgent) at Furs &amp; Co: Tried &lt;b&gt;WINTER20&lt;/b&gt; &amp; left <https://admin.shopify.com/store/furs/apps/key/inbox/c1|Open the case>',
    );
    expect(message.unfurl_links).toBe(false);
  });

  it('when the case went overdue, then the message says it is for a lead', () => {
    const message = slackMessage({
      shopName: 'Furs',
      change: 'escalated',
      priority: 'high',
      headline: 'x',
      link: 'https://a.example',
    });
    expect(message.text).toMatch(/^\*Case overdue, for a lead\* \(high\)/);
  });
});

describe('a notification that is no longer needed', () => {
  it.each([
    ['an open case', {}, 'opened:1', null],
    ['a resolved case', {resolvedAt: NOW}, 'opened:1', 'The case was resolved before it was sent'],
    [
      'an overdue notice after contact',
      {firstContactAt: NOW},
      'escalated:3',
      'Someone contacted the shopper before it was sent',
    ],
    ['a raise after contact', {firstContactAt: NOW}, 'raised:3', null],
  ])('when it is for %s, then it says so', (_what, overrides, eventKey, expected) => {
    expect(noLongerNeeded(followupCase(overrides), eventKey)).toBe(expected);
  });
});

describe('stored notification settings', () => {
  it('when changes are saved in any order or twice, then they read in Heed’s order, once', () => {
    expect(notifiedChangesSchema.parse(['escalated', 'opened', 'opened'])).toEqual([
      'opened',
      'escalated',
    ]);
  });

  it('when stored JSON no longer parses, then the defaults stand and hours read as unset, never as closed', () => {
    expect(storedChanges('{"nope"', DEFAULT_SLACK_CHANGES)).toEqual(DEFAULT_SLACK_CHANGES);
    expect(storedChanges('["deleted"]', DEFAULT_SLACK_CHANGES)).toEqual(DEFAULT_SLACK_CHANGES);
    expect(storedHours('[{"day":9}]')).toBeNull();
    expect(storedHours('[]')).toEqual([]);
  });
});
