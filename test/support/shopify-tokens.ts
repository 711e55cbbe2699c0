/**
 * Session tokens as Shopify mints them (HS256 JWTs signed with the app secret), so that a negative
 * test is one line: `mintSessionToken({...app, shop, expired: true})`.
 * Admin (App Bridge `idToken()`): https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens
 * Checkout UI extensions: `dest` is the bare shop domain, `sub` the customer GID when logged in.
 */
import {createHmac, randomUUID} from 'node:crypto';

export const TEST_USER_ID = '12345';
const TOKEN_TTL_SECONDS = 60;

export interface MintOptions {
  shop: string;
  apiKey: string;
  apiSecret: string;
  /** Expired a minute ago (well past shopify-api's 10 s tolerance). */
  expired?: boolean;
  /** Becomes valid only in a minute. */
  notYetValid?: boolean;
  /** Signed with some other secret: the signature check must refuse it. */
  wrongSecret?: boolean;
  /** Replaces claims; a claim set to `undefined` is left out. */
  overrides?: Record<string, unknown>;
  /** Signs with another algorithm name in the header (e.g. `none`), to prove it is refused. */
  alg?: string;
}

export interface MintedToken {
  token: string;
  payload: Record<string, unknown>;
}

export function mintSessionToken(options: MintOptions): string {
  return mintSessionTokenWithPayload(options).token;
}

export function mintSessionTokenWithPayload(options: MintOptions): MintedToken {
  return mint(options, {
    iss: `https://${options.shop}/admin`,
    dest: `https://${options.shop}`,
    aud: options.apiKey,
    sub: TEST_USER_ID,
    sid: randomUUID(),
  });
}

/** A checkout UI extension token; pass `customerId` for a logged-in buyer. */
export function mintCheckoutToken(options: MintOptions & {customerId?: string}): string {
  return mint(options, {
    dest: options.shop,
    aud: options.apiKey,
    ...(options.customerId ? {sub: options.customerId} : {}),
  }).token;
}

function mint(options: MintOptions, claims: Record<string, unknown>): MintedToken {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const shift = options.expired
    ? -2 * TOKEN_TTL_SECONDS
    : options.notYetValid
      ? TOKEN_TTL_SECONDS
      : 0;
  const payload: Record<string, unknown> = {
    ...claims,
    exp: nowSeconds + shift + TOKEN_TTL_SECONDS,
    nbf: nowSeconds + shift,
    iat: nowSeconds + shift,
    jti: randomUUID(),
  };
  for (const [claim, value] of Object.entries(options.overrides ?? {})) {
    if (value === undefined) delete payload[claim];
    else payload[claim] = value;
  }
  const secret = options.wrongSecret ? `${options.apiSecret}-but-not-quite` : options.apiSecret;
  return {token: signHs256(payload, secret, options.alg ?? 'HS256'), payload};
}

function signHs256(payload: Record<string, unknown>, secret: string, alg: string): string {
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({alg, typ: 'JWT'})}.${encode(payload)}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}
