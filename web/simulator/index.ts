/**
 * The Shopify simulator: an in-process stand-in for the shops Heed talks to, used by the tests and
 * by the demo (never on a production path). It answers Admin GraphQL against the real schema,
 * exchanges session tokens for access tokens, and can be told to throttle or fail.
 */
import {randomBytes} from 'node:crypto';
import type {GraphQLSchema} from 'graphql';
import {DEFAULT_SCOPES, SHOPIFY_API_VERSION} from '../server/config';
import {
  AdminGraphqlEndpoint,
  type RecordedGraphqlRequest,
  type SimulatedFailureStatus,
} from './admin-graphql';
import type {BucketSize, ThrottleStatus} from './cost';
import {createSimulatorFetch} from './fetch';
import type {SimSentInvoice, SimStaffUser} from './commerce-state';
import {payDraftOrder, placeOrder, type OrderSpec, type PlacedOrder} from './place-order';
import {createDemoShopState, DEMO_SHOP_DOMAIN, type ShopState} from './shop-state';
import {
  handleAccessTokenRequest,
  OFFLINE_TOKEN_TTL_SECONDS,
  ONLINE_TOKEN_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  type IssuedToken,
} from './token-exchange';

export interface ShopifySimulatorOptions {
  apiKey: string;
  apiSecret: string;
  /** From `loadAdminSchema()`. */
  schema: GraphQLSchema;
  /** Defaults to one shop: the Fabulous Furs demo store. */
  shops?: ShopState[];
  scopes?: readonly string[];
  now?: () => number;
  /** The size and restore rate of each shop's query-cost bucket (a standard plan's by default). */
  bucket?: BucketSize;
}

export interface ShopifySimulator {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly apiVersion: string;
  /** Routes `https://{shop}.myshopify.com/...` to the simulated shops; throws for anything else. */
  readonly fetch: typeof fetch;
  /** Every Admin GraphQL request received, oldest first. */
  readonly requests: readonly RecordedGraphqlRequest[];
  shop(domain: string): ShopState;
  shopDomains(): string[];
  addShop(state: ShopState): ShopState;
  /** The app is installed on the shop: returns a fresh offline access token for it. */
  installShop(domain: string): string;
  /** Accepts a token minted elsewhere (e.g. a session stored directly by a test). */
  acceptToken(domain: string, accessToken: string): void;
  /** The app is uninstalled: every token for the shop stops working (401). */
  revokeTokens(domain: string): void;
  throttleNext(count?: number): void;
  failNext(count: number, status: SimulatedFailureStatus, retryAfterSeconds?: number): void;
  throttleStatus(domain: string): ThrottleStatus;
  /** Arranged throttles and failures that no request consumed. */
  unusedFaults(): number;
  /**
   * Shopify is down for one shop: every Admin GraphQL request for it fails with `status` (500 by
   * default) until `restoreShop`. Unlike `failNext`, retries do not get through.
   */
  failShop(domain: string, status?: SimulatedFailureStatus): void;
  restoreShop(domain: string): void;
  /** The shopper pays a draft order's invoice: the order, and its `orders/create` body. */
  payDraftOrder(domain: string, draftOrderId: string): PlacedOrder;
  /** An order from any channel (`sourceName: 'pos'`, a phone order…), and its `orders/create` body. */
  placeOrder(domain: string, spec: OrderSpec): PlacedOrder;
  /** Every invoice `draftOrderInvoiceSend` sent for the shop, oldest first. */
  sentInvoices(domain: string): SimSentInvoice[];
  /** Names the staff account of a session-token `sub` in the online token exchange's answer. */
  setStaffUser(domain: string, user: SimStaffUser): void;
}

/** Who a `sub` no shop named is: the shop's owner, as a fresh development store has. */
function defaultStaffUser(sub: string | undefined): SimStaffUser {
  return {
    id: sub ?? '0',
    firstName: 'Sam',
    lastName: 'Staff',
    email: 'staff@example.com',
    accountOwner: true,
    locale: 'en',
  };
}

interface Grant {
  shop: string;
  expiresAtMs: number | null;
}

export function createShopifySimulator(options: ShopifySimulatorOptions): ShopifySimulator {
  const now = options.now ?? Date.now;
  const shops = new Map<string, ShopState>();
  const accessTokens = new Map<string, Grant>();
  const refreshTokens = new Map<string, Grant>();
  for (const state of options.shops ?? [createDemoShopState(DEMO_SHOP_DOMAIN, now())]) {
    shops.set(state.shop.myshopifyDomain, state);
  }

  const grant = (
    map: Map<string, Grant>,
    prefix: string,
    shop: string,
    ttlSeconds: number | null,
  ) => {
    const token = `${prefix}_${randomBytes(16).toString('hex')}`;
    map.set(token, {shop, expiresAtMs: ttlSeconds === null ? null : now() + ttlSeconds * 1000});
    return token;
  };
  const valid = (entry: Grant | undefined, shop: string) =>
    entry !== undefined &&
    entry.shop === shop &&
    (entry.expiresAtMs === null || entry.expiresAtMs > now());

  const issue = (shop: string, kind: 'offline' | 'online', expiring: boolean): IssuedToken => {
    if (kind === 'online') {
      return {
        accessToken: grant(accessTokens, 'shpua', shop, ONLINE_TOKEN_TTL_SECONDS),
        refreshToken: null,
      };
    }
    if (!expiring)
      return {accessToken: grant(accessTokens, 'shpat', shop, null), refreshToken: null};
    return {
      accessToken: grant(accessTokens, 'shpat', shop, OFFLINE_TOKEN_TTL_SECONDS),
      refreshToken: grant(refreshTokens, 'shprt', shop, REFRESH_TOKEN_TTL_SECONDS),
    };
  };

  const graphql = new AdminGraphqlEndpoint({
    schema: options.schema,
    apiVersion: SHOPIFY_API_VERSION,
    now,
    stateOf: (shop) => shops.get(shop),
    isAuthorized: (shop, token) => token !== null && valid(accessTokens.get(token), shop),
    ...(options.bucket ? {bucket: options.bucket} : {}),
  });

  const simulatorFetch = createSimulatorFetch({
    hasShop: (shop) => shops.has(shop),
    graphql: (request) => graphql.handle(request),
    accessToken: (shop, body) =>
      handleAccessTokenRequest(shop, body, {
        apiKey: options.apiKey,
        apiSecret: options.apiSecret,
        scopes: [...(options.scopes ?? DEFAULT_SCOPES)],
        now,
        issue,
        associatedUser: (shop, sub) =>
          shops.get(shop)?.staffUsers.find((u) => u.id === sub) ?? defaultStaffUser(sub),
        redeemRefreshToken(shop, refreshToken) {
          const ok = valid(refreshTokens.get(refreshToken), shop);
          refreshTokens.delete(refreshToken);
          return ok;
        },
      }),
  });

  return {
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    apiVersion: SHOPIFY_API_VERSION,
    fetch: simulatorFetch,
    requests: graphql.requests,
    shop(domain) {
      const state = shops.get(domain);
      if (!state) throw new Error(`The simulator has no shop ${domain}`);
      return state;
    },
    shopDomains: () => [...shops.keys()],
    addShop(state) {
      shops.set(state.shop.myshopifyDomain, state);
      return state;
    },
    installShop(domain) {
      if (!shops.has(domain)) shops.set(domain, createDemoShopState(domain, now()));
      return issue(domain, 'offline', false).accessToken;
    },
    acceptToken(domain, accessToken) {
      accessTokens.set(accessToken, {shop: domain, expiresAtMs: null});
    },
    revokeTokens(domain) {
      for (const map of [accessTokens, refreshTokens]) {
        for (const [token, entry] of map) if (entry.shop === domain) map.delete(token);
      }
    },
    throttleNext: (count) => graphql.throttleNext(count),
    failNext: (count, status, retryAfterSeconds) =>
      graphql.failNext(count, status, retryAfterSeconds),
    throttleStatus: (domain) => graphql.throttleStatus(domain),
    unusedFaults: () => graphql.unusedFaults(),
    failShop: (domain, status = 500) => graphql.failShop(domain, status),
    restoreShop: (domain) => graphql.failShop(domain, null),
    payDraftOrder(domain, draftOrderId) {
      return payDraftOrder(this.shop(domain), draftOrderId, now());
    },
    placeOrder(domain, spec) {
      return placeOrder(this.shop(domain), spec, now());
    },
    sentInvoices(domain) {
      return this.shop(domain)
        .draftOrders.flatMap((d) => d.invoices)
        .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
    },
    setStaffUser(domain, user) {
      const state = this.shop(domain);
      state.staffUsers = [...state.staffUsers.filter((u) => u.id !== user.id), user];
    },
  };
}

export {installSimulatorFetch} from './fetch';
export {loadAdminSchema} from './admin-schema';
export {deliverWebhook, signWebhookRequest} from './webhooks';
export * from './shop-state';
export type {RecordedGraphqlRequest, SimulatedFailureStatus} from './admin-graphql';
export type {BucketSize, ThrottleStatus} from './cost';
export {PLUS_BUCKET, STANDARD_BUCKET} from './cost';
export type {OrderSpec, PlacedOrder} from './place-order';
export {orderWebhookBody} from './place-order';
