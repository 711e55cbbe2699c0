import {describe, expect, it} from 'vitest';
import {checkRedirectPath, verifiedLink} from '../../../web/server/campaigns/verified-links';
import {newBlockers} from '../../../web/server/campaigns/new-blockers';
import type {Finding} from '../../../web/server/campaigns/findings';

describe('verified links', () => {
  it('when the campaign is ready, then the link applies the code, redirects and carries the attribution key', () => {
    expect(verifiedLink('fabulousfurs.com', 'WINTER20', '/collections/throws', 'winter-20')).toBe(
      'https://fabulousfurs.com/discount/WINTER20?redirect=%2Fcollections%2Fthrows&utm_campaign=winter-20',
    );
  });

  it.each([
    ['/collections/throws', '/collections/throws'],
    ['', '/'],
    ['/products/sable-throw?variant=1#reviews', '/products/sable-throw?variant=1#reviews'],
    ['/a/../b', '/b'],
  ])('when the redirect path is %j, then it is accepted as %j', (raw, expected) => {
    expect(checkRedirectPath(raw)).toEqual({ok: true, path: expected});
  });

  it.each([
    ['//evil.example/login'],
    ['https://evil.example'],
    ['evil.example'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['/path\nLocation: https://evil.example'],
    [`/${'a'.repeat(1200)}`],
  ])('when the redirect path is %j, then it is refused (open redirect guard)', (raw) => {
    expect(checkRedirectPath(raw).ok).toBe(false);
  });
});

describe('new blockers between two checks', () => {
  const finding = (
    code: Finding['code'],
    severity: Finding['severity'],
    subject: string | null = 'WINTER20',
  ): Finding => ({
    code,
    severity,
    subject,
    explanation: 'x',
    fix: 'y',
  });

  it('when a blocker appears that the previous check did not have, then it is new', () => {
    expect(
      newBlockers(
        [finding('ONCE_PER_CUSTOMER', 'info')],
        [finding('USAGE_LIMIT_TOO_LOW', 'blocker')],
      ).map((f) => f.code),
    ).toEqual(['USAGE_LIMIT_TOO_LOW']);
  });

  it('when the same blocker was already there, or the new finding is only a warning, then nothing is new', () => {
    expect(
      newBlockers(
        [finding('VALUE_MISMATCH', 'blocker')],
        [finding('VALUE_MISMATCH', 'blocker'), finding('USAGE_LIMIT_TOO_LOW', 'warning')],
      ),
    ).toEqual([]);
  });
});
