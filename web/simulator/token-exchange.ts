/**
 * The simulated `POST /admin/oauth/access_token`: token exchange (a session token for an access
 * token) and refresh of expiring offline tokens, answering what @shopify/shopify-api 15 expects.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange
 */
import {createHmac, timingSafeEqual} from 'node:crypto';
import {z} from 'zod';
import type {SimHttpResponse} from './admin-graphql';
import type {SimStaffUser} from './commerce-state';

export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
export const OFFLINE_TOKEN_TYPE = 'urn:shopify:params:oauth:token-type:offline-access-token';
export const ONLINE_TOKEN_TYPE = 'urn:shopify:params:oauth:token-type:online-access-token';

export const OFFLINE_TOKEN_TTL_SECONDS = 3600;
export const REFRESH_TOKEN_TTL_SECONDS = 7_776_000;
export const ONLINE_TOKEN_TTL_SECONDS = 86_399;
/** shopify-api tolerates 10 s of clock skew; so does the simulator. */
const CLOCK_TOLERANCE_SECONDS = 10;

/** A staff account, as the online token's `associated_user` names it. */
export type AssociatedUser = SimStaffUser;

export type IssuedToken = {accessToken: string; refreshToken: string | null};

export interface TokenEndpointDeps {
  apiKey: string;
  apiSecret: string;
  scopes: string[];
  now: () => number;
  issue(shop: string, kind: 'offline' | 'online', expiring: boolean): IssuedToken;
  /** The staff account a session token's `sub` names, for the online token's `associated_user`. */
  associatedUser(shop: string, sub: string | undefined): AssociatedUser;
  /** Spends a refresh token; true when it was valid for this shop. */
  redeemRefreshToken(shop: string, refreshToken: string): boolean;
}

const exchangeBody = z.object({
  client_id: z.string(),
  client_secret: z.string(),
  grant_type: z.literal(TOKEN_EXCHANGE_GRANT),
  subject_token: z.string(),
  subject_token_type: z.literal(ID_TOKEN_TYPE),
  requested_token_type: z.enum([OFFLINE_TOKEN_TYPE, ONLINE_TOKEN_TYPE]),
  expiring: z.enum(['0', '1']).optional(),
});

const refreshBody = z.object({
  client_id: z.string(),
  client_secret: z.string(),
  grant_type: z.literal('refresh_token'),
  refresh_token: z.string(),
});

export function handleAccessTokenRequest(
  shop: string,
  body: string,
  deps: TokenEndpointDeps,
): SimHttpResponse {
  const json = parseJson(body);
  const exchange = exchangeBody.safeParse(json);
  const refresh = refreshBody.safeParse(json);
  if (!exchange.success && !refresh.success) {
    return oauthError(400, 'invalid_request', 'The request is missing a required parameter.');
  }
  const client = exchange.success ? exchange.data : refresh.data;
  if (client?.client_id !== deps.apiKey || client.client_secret !== deps.apiSecret) {
    return oauthError(401, 'invalid_client', 'Client authentication failed.');
  }
  const scope = deps.scopes.join(',');

  if (refresh.success) {
    if (!deps.redeemRefreshToken(shop, refresh.data.refresh_token)) {
      return oauthError(400, 'invalid_grant', 'The refresh token is invalid or expired.');
    }
    return ok(offlineAnswer(deps.issue(shop, 'offline', true), scope, true));
  }
  if (!exchange.success) return oauthError(400, 'invalid_request', 'Unsupported grant.');

  const verified = verifySessionToken(exchange.data.subject_token, {...deps, shop});
  if (!verified.ok) return oauthError(400, 'invalid_subject_token', verified.reason);

  if (exchange.data.requested_token_type === ONLINE_TOKEN_TYPE) {
    const {accessToken} = deps.issue(shop, 'online', true);
    const user = deps.associatedUser(shop, verified.payload.sub);
    return ok({
      access_token: accessToken,
      scope,
      expires_in: ONLINE_TOKEN_TTL_SECONDS,
      associated_user_scope: scope,
      associated_user: {
        id: Number(user.id),
        first_name: user.firstName,
        last_name: user.lastName,
        email: user.email,
        account_owner: user.accountOwner,
        locale: user.locale,
        collaborator: false,
        email_verified: true,
      },
    });
  }
  const expiring = exchange.data.expiring === '1';
  return ok(offlineAnswer(deps.issue(shop, 'offline', expiring), scope, expiring));
}

function offlineAnswer(token: IssuedToken, scope: string, expiring: boolean) {
  if (!expiring || token.refreshToken === null) return {access_token: token.accessToken, scope};
  return {
    access_token: token.accessToken,
    scope,
    expires_in: OFFLINE_TOKEN_TTL_SECONDS,
    refresh_token: token.refreshToken,
    refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
  };
}

const sessionTokenPayload = z.object({
  aud: z.string(),
  dest: z.string(),
  sub: z.string().optional(),
  exp: z.number(),
  nbf: z.number(),
});

export type SessionTokenCheck =
  | {ok: true; payload: z.infer<typeof sessionTokenPayload>}
  | {ok: false; reason: string};

/** An admin session token: HS256 over the app secret, for this app and this shop, in date. */
export function verifySessionToken(
  token: string,
  expected: {apiKey: string; apiSecret: string; shop: string; now: () => number},
): SessionTokenCheck {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) {
    return {ok: false, reason: 'The subject token is not a JWT.'};
  }
  if (decode(header)?.alg !== 'HS256') return {ok: false, reason: 'Unsupported signing algorithm.'};
  const expectedSignature = createHmac('sha256', expected.apiSecret)
    .update(`${header}.${payload}`)
    .digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expectedSignature.length || !timingSafeEqual(given, expectedSignature)) {
    return {ok: false, reason: 'The subject token signature is invalid.'};
  }
  const claims = sessionTokenPayload.safeParse(decode(payload));
  if (!claims.success) return {ok: false, reason: 'The subject token claims are malformed.'};
  const nowSeconds = expected.now() / 1000;
  if (claims.data.exp < nowSeconds - CLOCK_TOLERANCE_SECONDS) {
    return {ok: false, reason: 'The subject token has expired.'};
  }
  if (claims.data.nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
    return {ok: false, reason: 'The subject token is not valid yet.'};
  }
  if (claims.data.aud !== expected.apiKey) {
    return {ok: false, reason: 'The subject token was issued for another app.'};
  }
  if (claims.data.dest !== `https://${expected.shop}`) {
    return {ok: false, reason: 'The subject token was issued for another shop.'};
  }
  return {ok: true, payload: claims.data};
}

function decode(part: string): Record<string, unknown> | undefined {
  const json = parseJson(Buffer.from(part, 'base64url').toString('utf8'));
  return json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function ok(body: unknown): SimHttpResponse {
  return {status: 200, headers: {'Content-Type': 'application/json'}, body};
}

function oauthError(status: number, error: string, description: string): SimHttpResponse {
  return {
    status,
    headers: {'Content-Type': 'application/json'},
    body: {error, error_description: description},
  };
}
