import {getJwt} from '@shopify/shopify-api/test-helpers';

/** The demo app and shop a session token is minted for. */
export interface DemoApp {
  shop: string;
  apiKey: string;
  apiSecret: string;
}

/**
 * The demo shop's staff accounts (web/simulator/demo-customers.ts): Anna Lindqvist owns the store
 * and is the person using the demo's admin; Omar Haddad works support.
 */
export const DEMO_STAFF = {owner: '1', support: '2'} as const;

/** How long a demo session token lives, in seconds (App Bridge's last one minute too). */
const TOKEN_TTL_S = 60;

/**
 * A session token for a staff member of the demo shop, signed with the demo app secret exactly as
 * Shopify signs them, so the real authentication path runs unchanged.
 */
export async function demoSessionToken(app: DemoApp, sub: string, nowMs: number): Promise<string> {
  const now = Math.floor(nowMs / 1000);
  const {token} = await getJwt(
    app.shop.replace(/\.myshopify\.com$/, ''),
    app.apiKey,
    app.apiSecret,
    {
      iat: now,
      nbf: now - 5,
      exp: now + TOKEN_TTL_S,
      sub,
      jti: crypto.randomUUID(),
    },
  );
  return token;
}
