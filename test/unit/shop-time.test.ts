import {describe, expect, it} from 'vitest';
import {createFormatter} from '../../web/shared/format';
import {instantOf, wallClock} from '../../web/shared/zone';
import {parseLocalDateTime, toLocalDateTime} from '../../web/frontend/src/campaigns/datetime-local';
import {verifyCampaign} from '../../web/server/campaigns/verify-campaign';
import {staffEmail} from '../../web/server/followup/staff-email';
import {clockTime} from '../../web/server/signals/wording';
import {campaign, discount, input} from './campaigns/fixtures';

const TORONTO = 'America/Toronto';

describe('schedule fields on the shop’s clock', () => {
  it.each([
    ['the day before clocks go forward (EST)', '2026-03-07T12:00', '2026-03-07T17:00:00.000Z'],
    ['the day clocks go forward (EDT)', '2026-03-08T12:00', '2026-03-08T16:00:00.000Z'],
    [
      'the morning clocks go back, first 01:30 (EDT)',
      '2026-11-01T01:30',
      '2026-11-01T05:30:00.000Z',
    ],
    ['the day after clocks go back (EST)', '2026-11-02T09:00', '2026-11-02T14:00:00.000Z'],
  ])(
    'when %s is typed for a Toronto shop, then it is that instant and reads back the same',
    (_when, typed, instant) => {
      const ms = parseLocalDateTime(typed, TORONTO);
      expect(ms === null ? null : new Date(ms).toISOString()).toBe(instant);
      expect(toLocalDateTime(Date.parse(instant), TORONTO)).toBe(typed);
    },
  );

  it('when a time skipped by the change is typed, then it is the same time after the change', () => {
    const ms = parseLocalDateTime('2026-03-08T02:30', TORONTO);
    expect(ms === null ? null : toLocalDateTime(ms, TORONTO)).toBe('2026-03-08T03:30');
  });

  it.each(['', '2026-02-30T09:00', '2026-13-01T09:00', 'tomorrow'])(
    'when "%s" is typed, then it is no time',
    (typed) => expect(parseLocalDateTime(typed, TORONTO)).toBeNull(),
  );

  it('when a wall time is turned into an instant and back in Berlin, then it is unchanged', () => {
    const at = instantOf({year: 2026, month: 10, day: 25, hour: 12, minute: 15}, 'Europe/Berlin');
    expect(wallClock(at, 'Europe/Berlin')).toMatchObject({day: 25, hour: 12, minute: 15});
  });
});

describe('the formatter', () => {
  const at = Date.parse('2026-10-30T13:05:00Z');

  it('when the admin is in English and the shop in Toronto, then times are Toronto’s in English', () => {
    const format = createFormatter({locale: 'en', timeZone: TORONTO});
    expect(format.dateTime(at)).toMatch(/^Oct 30, 2026, 9:05\sAM$/u);
    expect(format.clock(at)).toBe('09:05');
    expect(format.money(1234.5, 'CAD')).toBe('CA$1,234.50');
  });

  it('when the admin is in German, then the same instant is written the German way', () => {
    const format = createFormatter({locale: 'de', timeZone: TORONTO});
    expect(format.dateTime(at)).toBe('30.10.2026, 09:05');
    expect(format.money(1234.5, 'CAD')).toMatch(/^1\.234,50\sCA\$$/u);
  });

  it.each([
    ['unknown', null],
    ['one the runtime does not know', 'Mars/Olympus'],
  ])('when the shop’s zone is %s, then times are UTC and say so', (_case, zone) => {
    const format = createFormatter({locale: 'en', timeZone: zone});
    expect(format.dateTime(at)).toMatch(/^Oct 30, 2026, 1:05\sPM UTC$/u);
    expect(format.clock(at)).toBe('13:05 UTC');
  });

  it('when the locale is not a language tag, then English is used rather than failing', () => {
    expect(createFormatter({locale: 'not a locale!', timeZone: TORONTO}).locale).toBe('en');
  });
});

describe('server sentences on the shop’s clock', () => {
  it('when a code ends before the promise in a Toronto shop, then the finding gives Toronto’s dates', () => {
    const ends = Date.parse('2026-12-01T04:59:00Z'); // Nov 30, 11:59 PM in Toronto
    const result = verifyCampaign(
      input({
        campaign: campaign({promiseEndsAt: ends}),
        discounts: [discount({endsAt: ends - 2 * 86_400_000})],
        shop: {...input().shop, timeZone: TORONTO},
      }),
    );
    const finding = result.findings.find((f) => f.code === 'ENDS_BEFORE_PROMISE_ENDS');
    expect(finding?.explanation).toMatch(/Nov 30, 2026, 11:59\sPM/u);
    expect(finding?.explanation).not.toContain('UTC');
  });

  it('when a staff email tells a signal of a Toronto shop, then its time is Toronto’s', () => {
    const seen = Date.parse('2026-10-30T13:05:00Z');
    const mail = staffEmail({
      to: 'elena@fabulousfurs.test',
      recipientName: 'Elena',
      shopName: 'Fabulous Furs',
      change: 'opened',
      priority: 'high',
      headline: `The code WINTER20 was rejected at ${clockTime(seen, TORONTO)}.`,
      link: 'https://admin.shopify.com/store/fabulous-furs/apps/heed/inbox/c1',
    });
    expect(mail.text).toContain('rejected at 09:05.');
    expect(mail.subject).toContain('09:05');
  });
});
