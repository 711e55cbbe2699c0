import type {NextFunction, Request, Response} from 'express';
import type {JwtPayload, Shopify} from '@shopify/shopify-api';
import {toClientBody, HeedError} from '../errors';
import {SHOPIFY_HEADERS} from '../shopify-headers';
import {requestIdOf} from '../http/request-context';
import {hasShortLifetime} from './token-lifetime';
import {readerOf} from '../http/request-reader';

export type SessionTokenCheck =
  | {ok: true; shop: string; payload: JwtPayload}
  | {ok: false; reason: 'missing' | 'invalid'};

/**
 * Checks the App Bridge session token (signature, expiry, audience, a lifetime as short as
 * Shopify's) without touching storage. The shop comes only from the verified `dest` claim.
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
    if (!hasShortLifetime(payload)) return {ok: false, reason: 'invalid'};
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
      res.locals.sessionToken = {
        shop: check.shop,
        userId: typeof check.payload.sub === 'string' ? check.payload.sub : null,
        token: req.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '',
      } satisfies SessionTokenLocals;
      next();
      return;
    }
    if (check.reason === 'invalid') res.set(SHOPIFY_HEADERS.retryInvalidSession, '1');
    const error = new HeedError('UNAUTHENTICATED', `Session token ${check.reason}`);
    res.status(error.httpStatus).json(toClientBody(error, requestIdOf(res), readerOf(req)));
  };
}

/** What a verified admin session token says, kept on the request for the routes. */
export interface SessionTokenLocals {
  shop: string;
  /** The Shopify staff user acting (`sub`); null for a token that names nobody. */
  userId: string | null;
  /** The token itself, for an online token exchange; never logged. */
  token: string;
}

/**
 * The Shopify staff user acting on an /api request: always the verified token's `sub`, never a
 * name or id sent in a body.
 */
export function staffUserOf(res: Response): string {
  const locals = res.locals.sessionToken as SessionTokenLocals | undefined;
  if (!locals?.userId) throw new HeedError('FORBIDDEN', 'The session token names no staff user');
  return locals.userId;
}

export function sessionTokenOf(res: Response): SessionTokenLocals | undefined {
  return res.locals.sessionToken as SessionTokenLocals | undefined;
}

/** The authenticated shop of an /api request, set by Shopify's session middleware. */
export function shopOf(res: Response): string {
  const shop: unknown = res.locals.shopify?.session?.shop;
  if (typeof shop !== 'string' || shop.length === 0) {
    throw new HeedError('UNAUTHENTICATED', 'No authenticated shop on this request');
  }
  return shop;
}
