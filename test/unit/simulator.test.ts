import {createRequire} from 'node:module';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {z} from 'zod';
import {ApiVersion, LogSeverity, RequestedTokenType, shopifyApi} from '@shopify/shopify-api';
import {
  AUTOMATIC_DISCOUNTS_QUERY,
  CODE_DISCOUNT_BY_CODE_QUERY,
  SHOP_OVERVIEW_QUERY,
  WEB_PIXEL_CREATE_MUTATION,
} from '../../web/server/admin-api/documents';
import {
  createShopifySimulator,
  DEMO_SHOP_DOMAIN,
  installSimulatorFetch,
  loadAdminSchema,
  updateCodeDiscount,
  type ShopifySimulator,
} from '../../web/simulator';
import {mintSessionToken} from '../support/shopify-tokens';

const SHOP = DEMO_SHOP_DOMAIN;
const offlineToken = z.object({
  access_token: z.string(),
  scope: z.string(),
  expires_in: z.number(),
  refresh_token: z.string(),
  refresh_token_expires_in: z.number(),
});
const codeDiscount = (fields: Record<string, unknown>) => ({
  data: {codeDiscountNodeByCode: {codeDiscount: fields}},
});
const app = {apiKey: 'sim-test-key', apiSecret: 'sim-test-secret-0123456789'};

let sim: ShopifySimulator;
let token: string;

beforeEach(async () => {
  sim = createShopifySimulator({...app, schema: await loadAdminSchema()});
  token = sim.installShop(SHOP);
});

async function post(path: string, body: unknown, accessToken: string | null = token) {
  const response = await sim.fetch(`https://${SHOP}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(accessToken ? {'X-Shopify-Access-Token': accessToken} : {}),
    },
    body: JSON.stringify(body),
  });
  return {status: response.status, json: (await response.json()) as unknown};
}

const graphql = (
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string | null,
) => post(`/admin/api/${sim.apiVersion}/graphql.json`, {query, variables}, accessToken);

describe('Shopify simulator: Admin GraphQL', () => {
  it('when a query does not validate against the schema, then it answers 200 with errors and no data', async () => {
    const {status, json} = await graphql('query { shop { nmae } }');
    expect(status).toBe(200);
    expect(json).not.toHaveProperty('data');
    expect(json).toMatchObject({
      errors: [{message: expect.stringContaining('Cannot query field "nmae" on type "Shop"')}],
    });
  });

  it('when asked for a seeded code, then it answers codeDiscountNodeByCode from the shop state', async () => {
    const {json} = await graphql(CODE_DISCOUNT_BY_CODE_QUERY, {code: 'winter20'});
    expect(json).toMatchObject(
      codeDiscount({
        __typename: 'DiscountCodeBasic',
        status: 'ACTIVE',
        discountClasses: ['ORDER'],
        customerGets: {
          value: {__typename: 'DiscountPercentage', percentage: 0.2},
          items: {__typename: 'AllDiscountItems', allItems: true},
        },
        context: {__typename: 'DiscountBuyerSelectionAll'},
      }),
    );
    expect(json).toMatchObject({
      extensions: {cost: {throttleStatus: {maximumAvailable: 2000, restoreRate: 100}}},
    });
  });

  it('when a code covers one collection, then the answer names that collection only', async () => {
    const {json} = await graphql(CODE_DISCOUNT_BY_CODE_QUERY, {code: 'FURS20'});
    expect(json).toMatchObject(
      codeDiscount({
        customerGets: {
          items: {
            __typename: 'DiscountCollections',
            collections: {
              nodes: [{id: 'gid://shopify/Collection/1001', title: 'Throws & Blankets'}],
            },
          },
        },
      }),
    );
  });

  it.each([
    ['SEPTEMBER20', 'EXPIRED'],
    ['SAVE15', 'ACTIVE'],
  ])('when %s is looked up, then its status is %s', async (code, status) => {
    const {json} = await graphql(CODE_DISCOUNT_BY_CODE_QUERY, {code});
    expect(json).toMatchObject(codeDiscount({status}));
  });

  it('when a code does not exist, then the node is null', async () => {
    const {json} = await graphql(CODE_DISCOUNT_BY_CODE_QUERY, {code: 'NOPE'});
    expect(json).toMatchObject({data: {codeDiscountNodeByCode: null}});
  });

  it('when the merchant edits a discount during the window, then the next query sees the change', async () => {
    updateCodeDiscount(sim.shop(SHOP), 'WINTER20', {value: {type: 'percentage', percentage: 0.1}});
    const {json} = await graphql(CODE_DISCOUNT_BY_CODE_QUERY, {code: 'WINTER20'});
    expect(json).toMatchObject(codeDiscount({customerGets: {value: {percentage: 0.1}}}));
  });

  it('when automatic discounts are listed, then the one that combines with nothing is there', async () => {
    const {json} = await graphql(AUTOMATIC_DISCOUNTS_QUERY, {first: 10, query: 'status:active'});
    expect(json).toMatchObject({
      data: {
        automaticDiscountNodes: {
          nodes: [
            {
              automaticDiscount: {
                title: 'Hats 10% off (automatic)',
                combinesWith: {
                  orderDiscounts: false,
                  productDiscounts: false,
                  shippingDiscounts: false,
                },
              },
            },
          ],
        },
      },
    });
  });

  it('when a second web pixel is created, then the mutation answers a TAKEN user error', async () => {
    const first = await graphql(WEB_PIXEL_CREATE_MUTATION, {settings: '{"accountID":"heed"}'});
    const second = await graphql(WEB_PIXEL_CREATE_MUTATION, {settings: '{"accountID":"heed"}'});
    expect(first.json).toMatchObject({
      data: {webPixelCreate: {webPixel: {settings: '{"accountID":"heed"}'}, userErrors: []}},
    });
    expect(second.json).toMatchObject({
      data: {webPixelCreate: {webPixel: null, userErrors: [{code: 'TAKEN'}]}},
    });
  });

  it('when told to throttle, then it answers THROTTLED with HTTP 200 and an emptied bucket', async () => {
    sim.throttleNext(1);
    const {status, json} = await graphql(SHOP_OVERVIEW_QUERY);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      errors: [{extensions: {code: 'THROTTLED'}}],
      extensions: {cost: {actualQueryCost: null, throttleStatus: {currentlyAvailable: 0}}},
    });
    expect(sim.requests.at(-1)?.throttled).toBe(true);
  });

  it.each([
    ['an unknown access token', () => graphql(SHOP_OVERVIEW_QUERY, {}, 'shpat_unknown'), 401],
    ['no access token', () => graphql(SHOP_OVERVIEW_QUERY, {}, null), 401],
    [
      'another API version',
      () => post('/admin/api/2025-01/graphql.json', {query: '{shop{name}}'}),
      404,
    ],
  ])('when the request has %s, then it answers %s', async (_case, send, expected) => {
    expect((await send()).status).toBe(expected);
  });

  it('when the host is not a simulated shop, then fetch answers 404 or throws', async () => {
    expect((await sim.fetch('https://other.myshopify.com/admin/oauth/access_token')).status).toBe(
      404,
    );
    await expect(sim.fetch('https://example.com/')).rejects.toThrow('does not answer');
  });
});

describe('Shopify simulator: token exchange', () => {
  const exchangeBody = (subjectToken: string, overrides: Record<string, string> = {}) => ({
    client_id: app.apiKey,
    client_secret: app.apiSecret,
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: subjectToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
    requested_token_type: 'urn:shopify:params:oauth:token-type:offline-access-token',
    expiring: '1',
    ...overrides,
  });
  const mint = (options: Partial<Parameters<typeof mintSessionToken>[0]> = {}) =>
    mintSessionToken({shop: SHOP, ...app, ...options});

  it('when the session token is validly signed, then it returns an expiring offline token that works', async () => {
    const {status, json} = await post('/admin/oauth/access_token', exchangeBody(mint()), null);
    expect(status).toBe(200);
    const answer = offlineToken.parse(json);
    expect(answer).toMatchObject({expires_in: 3600, refresh_token_expires_in: 7_776_000});
    const shop = await graphql(SHOP_OVERVIEW_QUERY, {}, answer.access_token);
    expect(shop.json).toMatchObject({data: {shop: {name: 'Fabulous Furs'}}});
  });

  it.each([
    ['signed with another secret', () => exchangeBody(mint({wrongSecret: true})), 400],
    ['expired', () => exchangeBody(mint({expired: true})), 400],
    ['for another shop', () => exchangeBody(mint({shop: 'other.myshopify.com'})), 400],
    ['for another app', () => exchangeBody(mint({overrides: {aud: 'other-app'}})), 400],
    ['sent with a wrong client secret', () => exchangeBody(mint(), {client_secret: 'nope'}), 401],
  ])(
    'when the session token is %s, then the exchange is refused',
    async (_case, body, expected) => {
      const {status, json} = await post('/admin/oauth/access_token', body(), null);
      expect(status).toBe(expected);
      expect(json).not.toHaveProperty('access_token');
    },
  );
});

describe('Shopify simulator behind @shopify/shopify-api', () => {
  let uninstall: () => void;
  beforeAll(() => {
    uninstall = installSimulatorFetch({fetch: (input, init) => sim.fetch(input, init)});
  });
  afterAll(() => uninstall());

  const cjs = createRequire(import.meta.url)('@shopify/shopify-api') as {
    shopifyApi: typeof shopifyApi;
  };
  it.each([
    ['ESM', shopifyApi],
    ['CommonJS', cjs.shopifyApi],
  ])(
    'when the %s build exchanges, refreshes and queries, then the simulator answers',
    async (_build, create) => {
      const api = create({
        apiKey: app.apiKey,
        apiSecretKey: app.apiSecret,
        scopes: ['read_discounts'],
        hostName: 'heed.example',
        apiVersion: ApiVersion.July26,
        isEmbeddedApp: true,
        logger: {level: LogSeverity.Error},
      });
      const {session} = await api.auth.tokenExchange({
        shop: SHOP,
        sessionToken: mintSessionToken({shop: SHOP, ...app}),
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
        expiring: true,
      });
      expect(session.refreshToken).toMatch(/^shprt_/);
      const refreshed = await api.auth.refreshToken({
        shop: SHOP,
        refreshToken: session.refreshToken ?? '',
      });
      const client = new api.clients.Graphql({session: refreshed.session});
      const answer = await client.request(SHOP_OVERVIEW_QUERY);
      expect(answer.data).toMatchObject({shop: {myshopifyDomain: SHOP}});
    },
  );
});
