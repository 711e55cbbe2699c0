import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createDemoShopState} from '../../web/simulator';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const FURS = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';

describe('what the campaign form picks from, read from the Admin API', () => {
  let t: TestHeed;
  const auth = async (shop: string) => `Bearer ${await t.sessionToken(shop)}`;

  beforeAll(async () => {
    const other = createDemoShopState(OTHER);
    other.segments = [{id: 'gid://shopify/Segment/9001', name: 'Other store regulars', query: ''}];
    other.codeDiscounts = other.codeDiscounts.filter((d) => d.code === 'SAVE15');
    t = await startTestHeed({shops: [createDemoShopState(FURS), other]});
    await t.install(FURS);
    await t.install(OTHER);
  });
  afterAll(() => t.close());

  it('when the form asks for segments, then it gets the shop’s segments by GID and name', async () => {
    const response = await t.http
      .get('/api/lookups/segments')
      .set('Authorization', await auth(FURS));
    expect(response.status).toBe(200);
    expect(response.body.segments).toContainEqual({
      id: 'gid://shopify/Segment/5001',
      name: 'VIP customers',
    });
    expect(t.simulator.requests.at(-1)?.operationName).toBe('Segments');
  });

  it('when the form asks for codes, then it gets the active and scheduled code discounts with their codes', async () => {
    const response = await t.http
      .get('/api/lookups/discount-codes')
      .set('Authorization', await auth(FURS));
    expect(response.status).toBe(200);
    const codes = response.body.discounts.flatMap((d: {codes: string[]}) => d.codes);
    expect(codes).toEqual(expect.arrayContaining(['WINTER20', 'FURS20', 'SAVE15', 'VIP25']));
    // The September code expired: a new campaign cannot promise it.
    expect(codes).not.toContain('SEPTEMBER20');
    expect(response.body.discounts).toContainEqual({
      id: 'gid://shopify/DiscountCodeNode/3002',
      title: '20% off throws',
      status: 'ACTIVE',
      codes: ['FURS20'],
    });
  });

  it('when another shop asks, then it sees only its own segments and codes', async () => {
    const token = await auth(OTHER);
    const segments = await t.http.get('/api/lookups/segments').set('Authorization', token);
    const discounts = await t.http.get('/api/lookups/discount-codes').set('Authorization', token);
    expect(segments.body.segments).toEqual([
      {id: 'gid://shopify/Segment/9001', name: 'Other store regulars'},
    ]);
    expect(discounts.body.discounts.flatMap((d: {codes: string[]}) => d.codes)).toEqual(['SAVE15']);
  });

  it('when Shopify is down for the shop, then the answer is a retryable 502, not an empty list', async () => {
    t.simulator.failShop(FURS, 503);
    try {
      const response = await t.http
        .get('/api/lookups/segments')
        .set('Authorization', await auth(FURS));
      expect(response.status).toBe(502);
    } finally {
      t.simulator.restoreShop(FURS);
    }
  });
});
