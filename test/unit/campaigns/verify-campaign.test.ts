import {describe, expect, it} from 'vitest';
import {verifyCampaign} from '../../../web/server/campaigns/verify-campaign';
import type {FindingCode} from '../../../web/server/campaigns/findings';
import {FINDING_CODES} from '../../../web/server/campaigns/findings';
import {automatic, campaign, DAY, discount, input, NOW} from './fixtures';
import type {VerificationInput} from '../../../web/server/campaigns/verify-campaign';
import {sayFinding} from '../../../web/server/campaigns/say-findings';
import {englishSayer, sayerFor} from '../../../web/server/sentences/wording';
import {readerFor} from '../../../web/shared/languages';

const THROWS_ONLY = {
  type: 'collections' as const,
  count: 1,
  titles: ['Throws & Blankets'],
  ids: ['gid://shopify/Collection/1001'],
  complete: true,
};

const codesOf = (i: VerificationInput) => verifyCampaign(i).findings.map((f) => f.code);

/** Each finding code: a case that triggers it, and a close case that must not. */
const TABLE: Array<{
  code: FindingCode;
  fires: VerificationInput;
  nearMiss: VerificationInput;
  mentions: string[];
}> = [
  {
    code: 'DISCOUNT_NOT_FOUND',
    fires: input({discounts: [{code: 'WINTER20', found: false}]}),
    nearMiss: input(),
    mentions: ['WINTER20', 'does not exist'],
  },
  {
    code: 'DISCOUNT_EXPIRED',
    fires: input({discounts: [discount({endsAt: NOW - DAY, status: 'EXPIRED'})]}),
    nearMiss: input({discounts: [discount({endsAt: NOW + 8 * DAY})]}),
    mentions: ['expired'],
  },
  {
    code: 'DISCOUNT_NOT_STARTED',
    fires: input({discounts: [discount({startsAt: NOW + 2 * DAY, status: 'SCHEDULED'})]}),
    nearMiss: input({discounts: [discount({startsAt: NOW + DAY, status: 'SCHEDULED'})]}),
    mentions: ['starts on', 'after the email goes out'],
  },
  {
    code: 'ENDS_BEFORE_PROMISE_ENDS',
    fires: input({discounts: [discount({endsAt: NOW + 5 * DAY})]}),
    nearMiss: input({discounts: [discount({endsAt: NOW + 8 * DAY})]}),
    mentions: ['ends on'],
  },
  {
    code: 'VALUE_MISMATCH',
    fires: input({discounts: [discount({value: {type: 'percentage', percent: 15}})]}),
    nearMiss: input({discounts: [discount({value: {type: 'percentage', percent: 20}})]}),
    mentions: ['20% off', '15% off'],
  },
  {
    code: 'KIND_MISMATCH',
    fires: input({discounts: [discount({value: {type: 'fixed_amount', amount: 20}})]}),
    nearMiss: input({
      campaign: campaign({promise: {...campaign().promise, kind: 'fixed_amount', value: 20}}),
      discounts: [discount({value: {type: 'fixed_amount', amount: 20}})],
    }),
    mentions: ['20% off', '$20.00 off'],
  },
  {
    code: 'SCOPE_NARROWER_THAN_PROMISED',
    fires: input({
      discounts: [discount({items: THROWS_ONLY})],
    }),
    nearMiss: input({
      campaign: campaign({
        promise: {
          ...campaign().promise,
          scope: {
            type: 'collections',
            items: [{id: THROWS_ONLY.ids[0] ?? '', title: 'Throws & Blankets'}],
          },
        },
      }),
      discounts: [discount({items: THROWS_ONLY})],
    }),
    mentions: ['entire order', 'the collection “Throws & Blankets”'],
  },
  {
    code: 'SCOPE_NOT_CHECKED',
    fires: input({
      campaign: campaign({
        promise: {
          ...campaign().promise,
          scope: {type: 'collections', description: 'faux fur throws'},
        },
      }),
      discounts: [discount({items: THROWS_ONLY})],
    }),
    nearMiss: input({
      campaign: campaign({
        promise: {
          ...campaign().promise,
          scope: {type: 'collections', description: 'faux fur throws'},
        },
      }),
    }),
    mentions: ['faux fur throws', 'written as text', 'not checked'],
  },
  {
    code: 'AUDIENCE_EXCLUDED',
    fires: input({
      discounts: [
        discount({context: {type: 'segments', ids: ['gid://shopify/Segment/1'], titles: ['VIP']}}),
      ],
    }),
    nearMiss: input({
      campaign: campaign({
        promise: {
          ...campaign().promise,
          audience: {type: 'segment', segmentIds: ['gid://shopify/Segment/1']},
        },
      }),
      discounts: [
        discount({context: {type: 'segments', ids: ['gid://shopify/Segment/1'], titles: ['VIP']}}),
      ],
    }),
    mentions: ['VIP', 'every email subscriber'],
  },
  {
    code: 'MINIMUM_NOT_DISCLOSED',
    fires: input({discounts: [discount({minimum: {type: 'subtotal', amount: 150}})]}),
    nearMiss: input({
      campaign: campaign({
        promise: {...campaign().promise, minimum: {type: 'subtotal', amount: 150}},
      }),
      discounts: [discount({minimum: {type: 'subtotal', amount: 150}})],
    }),
    mentions: ['$150.00', 'never mentions'],
  },
  {
    code: 'USAGE_LIMIT_TOO_LOW',
    fires: input({discounts: [discount({usageLimit: 500, usedCount: 100})]}),
    nearMiss: input({discounts: [discount({usageLimit: 1100, usedCount: 100})]}),
    mentions: ['400 more time(s)', '1000 people'],
  },
  {
    code: 'ONCE_PER_CUSTOMER',
    fires: input({discounts: [discount({appliesOncePerCustomer: true})]}),
    nearMiss: input({discounts: [discount({appliesOncePerCustomer: false})]}),
    mentions: ['once per customer'],
  },
  {
    code: 'AUTOMATIC_DISCOUNT_CONFLICT',
    fires: input({automaticDiscounts: [automatic()]}),
    nearMiss: input({
      automaticDiscounts: [
        automatic({
          combinesWith: {orderDiscounts: true, productDiscounts: true, shippingDiscounts: true},
        }),
      ],
      discounts: [
        discount({
          combinesWith: {orderDiscounts: true, productDiscounts: true, shippingDiscounts: true},
        }),
      ],
    }),
    mentions: ['Free gift wrap weekend', 'does not combine'],
  },
  {
    code: 'LINK_MISSING_CODE',
    fires: input({
      campaign: campaign({
        email: {links: ['https://fabulousfurs.com/collections/throws'], html: null},
      }),
    }),
    nearMiss: input({
      campaign: campaign({
        email: {
          links: ['https://fabulousfurs.com/collections/throws?utm_campaign=winter-20'],
          html: null,
        },
      }),
    }),
    mentions: ['utm_campaign=winter-20'],
  },
  {
    code: 'LINK_WRONG_DOMAIN',
    fires: input({
      campaign: campaign({
        email: {links: ['https://fabulous-furs-sale.com/discount/WINTER20'], html: null},
      }),
    }),
    nearMiss: input({
      campaign: campaign({
        email: {links: ['https://www.fabulousfurs.com/discount/WINTER20'], html: null},
      }),
    }),
    mentions: ['fabulous-furs-sale.com', 'not this shop'],
  },
  {
    code: 'NO_CODE_IN_EMAIL',
    fires: input({
      campaign: campaign({
        email: {
          links: [],
          html: '<p>20% off your entire order! <a href="https://fabulousfurs.com/discount/WINTER20">Shop</a></p>',
        },
      }),
    }),
    nearMiss: input({
      campaign: campaign({
        email: {
          links: [],
          html: '<p>20% off with code <b>winter20</b> <a href="https://fabulousfurs.com/discount/WINTER20">Shop</a></p>',
        },
      }),
    }),
    mentions: ['never shows WINTER20'],
  },
];

describe('campaign verification', () => {
  it('covers every finding code in the table', () => {
    expect(TABLE.map((row) => row.code).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('when the discount keeps the promise exactly, then the campaign is ready with no findings', () => {
    expect(verifyCampaign(input())).toEqual({checkedAt: NOW, health: 'ready', findings: []});
  });

  it.each(TABLE)(
    'when $code applies, then it is reported with its numbers and a fix',
    ({code, fires, mentions}) => {
      const finding = verifyCampaign(fires).findings.find((f) => f.code === code);
      expect(finding).toBeDefined();
      for (const words of mentions) expect(`${finding?.explanation}`).toContain(words);
      expect(finding?.fix.length).toBeGreaterThan(10);
    },
  );

  it.each(TABLE)(
    'when $code is read in English, then its wording says exactly the English it was stored with',
    ({code, fires}) => {
      const finding = verifyCampaign(fires).findings.find((f) => f.code === code);
      if (!finding) throw new Error(`${code} did not fire`);
      expect(finding.wording).toBeDefined();
      expect(sayFinding(englishSayer(null), finding)).toEqual({
        ...finding,
        wording: undefined,
      });
    },
  );

  it.each(
    TABLE.flatMap((row) => [
      {...row, language: 'fr'},
      {...row, language: 'de'},
    ]),
  )(
    'when $code is read in $language, then every word of it is translated and every fact is quoted',
    ({code, fires, language}) => {
      const finding = verifyCampaign(fires).findings.find((f) => f.code === code);
      if (!finding) throw new Error(`${code} did not fire`);
      const said = sayFinding(sayerFor(readerFor(language), null), finding);
      for (const part of ['explanation', 'fix'] as const) {
        expect(said[part]).not.toBe(finding[part]);
        expect(said[part]).not.toMatch(/\{\{|findings:|\bundefined\b/);
        if (finding.subject && finding[part].includes(finding.subject))
          expect(said[part]).toContain(finding.subject);
      }
    },
  );

  it.each(TABLE)(
    'when the case is only close to $code, then it is not reported',
    ({code, nearMiss}) => {
      expect(codesOf(nearMiss)).not.toContain(code);
    },
  );

  it('when a code is exhausted, then the usage finding is a blocker', () => {
    const finding = verifyCampaign(
      input({discounts: [discount({usageLimit: 100, usedCount: 100})]}),
    ).findings[0];
    expect(finding).toMatchObject({code: 'USAGE_LIMIT_TOO_LOW', severity: 'blocker'});
  });

  it('when the only findings are warnings or info, then the campaign has warnings but is not blocked', () => {
    const report = verifyCampaign(
      input({
        automaticDiscounts: [automatic()],
        discounts: [discount({appliesOncePerCustomer: true})],
      }),
    );
    expect(report.health).toBe('warnings');
    expect(report.findings.map((f) => f.severity)).toEqual(['warning', 'info']);
  });

  it('when the email is the Fabulous Furs one, then its blockers name what went wrong', () => {
    const report = verifyCampaign(
      input({
        campaign: campaign({
          email: {
            links: [],
            html: '<p>20% off your entire order for our valued e-mail customers. <a href="https://fabulousfurs.com/collections/faux-fur">Follow any link</a></p>',
          },
        }),
        discounts: [discount({items: THROWS_ONLY})],
      }),
    );
    expect(report.health).toBe('blocked');
    expect(report.findings.map((f) => f.code)).toEqual([
      'SCOPE_NARROWER_THAN_PROMISED',
      'LINK_MISSING_CODE',
      'NO_CODE_IN_EMAIL',
    ]);
    // The story Heed was built from is ours, not the merchant's: findings speak of their email.
    const words = report.findings.flatMap((f) => [f.explanation, f.fix]).join(' ');
    expect(words).not.toMatch(/Fabulous Furs|story/i);
  });

  it('when links are mail, phone or unsubscribe links, then they are not judged as offer links', () => {
    const links = [
      'mailto:help@fabulousfurs.com',
      'tel:+18005550100',
      'https://esp.example.net/unsubscribe?u=1',
    ];
    expect(codesOf(input({campaign: campaign({email: {links, html: null}})}))).toEqual([]);
  });
});
