import type {NextFunction, Request, Response} from 'express';
import type {JwtPayload, Shopify} from '@shopify/shopify-api';
import {toClientBody, HeedError} from '../errors';
import {SHOPIFY_HEADERS} from '../shopify-headers';
import {requestIdOf} from '../http/request-context';

export type SessionTokenCheck =
  | {ok: true; shop: string; payload: JwtPayload}
  | {ok: false; reason: 'missing' | 'invalid'};

/**
 * Checks the App Bridge session token (signature, expiry, audience) without touching storage.
 * The shop comes only from the verified `dest` claim.
 * https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens
 */
export async function checkSessionToken(
  api: Shopify,
  authorization: string | undefined,
): Promise<SessionTokenCheck> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return {ok: false, reason: 'missing'};
  try {
    const payload = await api.session.decodeSessionToken(token);
    return {ok: true, shop: new URL(payload.dest).hostname, payload};
  } catch {
    return {ok: false, reason: 'invalid'};
  }
}

/**
 * Rejects a missing, forged or expired token with a generic 401 before Shopify's middleware runs:
 * that middleware echoes library messages, which may quote the token. The retry header tells App
 * Bridge to fetch a fresh token and try again.
 */
export function requireSessionToken(api: Shopify) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const check = await checkSessionToken(api, req.get('authorization'));
    if (check.ok) {
      next();
      return;
    }
    if (check.reason === 'invalid') res.set(SHOPIFY_HEADERS.retryInvalidSession, '1');
    const error = new HeedError('UNAUTHENTICATED', `Session token ${check.reason}`);
    res.status(error.httpStatus).json(toClientBody(error, requestIdOf(res)));
  };
}

/** The authenticated shop of an /api request, set by Shopify's session middleware. */
export function shopOf(res: Response): string {
  const shop: unknown = res.locals.shopify?.session?.shop;
  if (typeof shop !== 'string' || shop.length === 0) {
    throw new HeedError('UNAUTHENTICATED', 'No authenticated shop on this request');
  }
  return shop;
}
