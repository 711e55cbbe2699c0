import {describe, expect, it} from 'vitest';
import {verifyCampaign} from '../../../web/server/campaigns/verify-campaign';
import type {CampaignPromise} from '../../../web/server/campaigns/campaign';
import type {DiscountItems} from '../../../web/server/campaigns/discount-facts';
import type {ProductCollections} from '../../../web/server/campaigns/discount-reader';
import {automatic, campaign, discount, input} from './fixtures';

const MINK = {id: 'gid://shopify/Product/2003', title: 'Mink Faux Fur Coat'};
const SABLE = {id: 'gid://shopify/Product/2001', title: 'Sable Faux Fur Throw'};
const THROWS = {id: 'gid://shopify/Collection/1001', title: 'Throws & Blankets'};
const COATS = {id: 'gid://shopify/Collection/1002', title: 'Coats'};

const MEMBERSHIPS: ProductCollections = {
  [MINK.id]: {collectionIds: [COATS.id], complete: true},
  [SABLE.id]: {collectionIds: [THROWS.id], complete: true},
};

const onCollections = (ids: string[], complete = true): DiscountItems => ({
  type: 'collections',
  count: ids.length,
  titles: ids.map((id) => (id === THROWS.id ? THROWS.title : COATS.title)),
  ids,
  complete,
});
const onProducts = (ids: string[], complete = true): DiscountItems => ({
  type: 'products',
  count: ids.length,
  titles: ids.map((id) => (id === MINK.id ? MINK.title : SABLE.title)),
  ids,
  complete,
});

function check(scope: CampaignPromise['scope'], items: DiscountItems, memberships = MEMBERSHIPS) {
  const report = verifyCampaign(
    input({
      campaign: campaign({promise: {...campaign().promise, scope}}),
      discounts: [discount({code: 'FURS20', items})],
      productCollections: memberships,
    }),
  );
  return report.findings.filter((f) => f.code.startsWith('SCOPE_'));
}

describe('the promised products and collections, compared by id with what the code covers', () => {
  it('when the email promises the Mink coat and the code covers only the Throws collection, then it is a blocker naming the coat', () => {
    const [finding, ...rest] = check({type: 'products', items: [MINK]}, onCollections([THROWS.id]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'SCOPE_NARROWER_THAN_PROMISED',
      severity: 'blocker',
      subject: 'FURS20',
    });
    expect(finding?.explanation).toContain('“Mink Faux Fur Coat” is charged full price');
    expect(finding?.explanation).toContain('the collection “Throws & Blankets”');
  });

  it.each([
    [
      'a promised product is listed on the code',
      {type: 'products', items: [MINK]},
      onProducts([MINK.id, SABLE.id]),
    ],
    [
      'a promised product is in a collection the code covers',
      {type: 'products', items: [SABLE]},
      onCollections([THROWS.id]),
    ],
    [
      'every promised collection is on the code',
      {type: 'collections', items: [THROWS]},
      onCollections([THROWS.id, COATS.id]),
    ],
    [
      'the code covers every product',
      {type: 'products', description: 'the Mink coat'},
      {type: 'all'},
    ],
  ] as Array<[string, CampaignPromise['scope'], DiscountItems]>)(
    'when %s, then the scope passes',
    (_case, scope, items) => {
      expect(check(scope, items)).toEqual([]);
    },
  );

  it.each([
    [
      'a promised product is not on the code',
      {type: 'products', items: [MINK, SABLE]},
      onProducts([SABLE.id]),
      '“Mink Faux Fur Coat”',
    ],
    [
      'a promised collection is not on the code',
      {type: 'collections', items: [COATS]},
      onCollections([THROWS.id]),
      '“Coats”',
    ],
  ] as Array<[string, CampaignPromise['scope'], DiscountItems, string]>)(
    'when %s, then it is a blocker that names it',
    (_case, scope, items, named) => {
      const findings = check(scope, items);
      expect(findings.map((f) => [f.code, f.severity])).toEqual([
        ['SCOPE_NARROWER_THAN_PROMISED', 'blocker'],
      ]);
      expect(findings[0]?.explanation).toContain(named);
    },
  );

  it.each([
    [
      'the scope is only text',
      {type: 'products', description: 'the Mink coat'},
      onCollections([THROWS.id]),
      MEMBERSHIPS,
    ],
    [
      'the code covers more products than Shopify sent',
      {type: 'products', items: [MINK]},
      onProducts([SABLE.id], false),
      MEMBERSHIPS,
    ],
    [
      'the code has more collections than Shopify sent',
      {type: 'collections', items: [COATS]},
      onCollections([THROWS.id], false),
      MEMBERSHIPS,
    ],
    [
      'a promised collection meets a code on products',
      {type: 'collections', items: [THROWS]},
      onProducts([SABLE.id]),
      MEMBERSHIPS,
    ],
    [
      'the product is in more collections than Shopify sent',
      {type: 'products', items: [MINK]},
      onCollections([THROWS.id]),
      {[MINK.id]: {collectionIds: [COATS.id], complete: false}},
    ],
  ] as Array<[string, CampaignPromise['scope'], DiscountItems, ProductCollections]>)(
    'when %s, then it is a warning that says it was not checked, never a pass',
    (_case, scope, items, memberships) => {
      const findings = check(scope, items, memberships);
      expect(findings.map((f) => [f.code, f.severity])).toEqual([['SCOPE_NOT_CHECKED', 'warning']]);
      expect(findings[0]?.explanation).toMatch(/not checked|could not tell/);
    },
  );

  it('when the promised product no longer exists in the shop, then the code does not reach it', () => {
    const findings = check({type: 'products', items: [MINK]}, onCollections([THROWS.id]), {});
    expect(findings.map((f) => f.code)).toEqual(['SCOPE_NARROWER_THAN_PROMISED']);
  });
});

describe('where each fix is made', () => {
  it('when a finding is about the code, then its fix points at that discount in Shopify admin', () => {
    const [finding] = check({type: 'products', items: [MINK]}, onCollections([THROWS.id]));
    expect(finding?.fixAt).toEqual({kind: 'discount', id: discount().id});
  });

  it('when the code does not exist, then its fix points at the discounts list to create it', () => {
    const report = verifyCampaign(input({discounts: [{code: 'WINTER20', found: false}]}));
    expect(report.findings[0]?.fixAt).toEqual({kind: 'discounts'});
  });

  it('when an automatic discount conflicts, then its fix points at that automatic discount', () => {
    const report = verifyCampaign(input({automaticDiscounts: [automatic()]}));
    const conflict = report.findings.find((f) => f.code === 'AUTOMATIC_DISCOUNT_CONFLICT');
    expect(conflict?.fixAt).toEqual({kind: 'automatic_discount', id: automatic().id});
  });

  it('when the fix is in the email, then no admin place is given', () => {
    const report = verifyCampaign(
      input({campaign: campaign({email: {links: ['https://elsewhere.example/'], html: null}})}),
    );
    const link = report.findings.find((f) => f.code.startsWith('LINK_'));
    expect(link).toBeDefined();
    expect(link?.fixAt).toBeUndefined();
  });
});
