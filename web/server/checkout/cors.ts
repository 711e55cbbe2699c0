import type {NextFunction, Request, Response} from 'express';

/** How long browsers may cache the preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * Checkout extensions run in a sandboxed worker on Shopify's origin and call Heed cross-origin with
 * a bearer token (no cookies), so any origin is allowed and preflights are answered with a 204.
 */
export function checkoutCors() {
  return (req: Request, res: Response, next: NextFunction) => {
    res.set('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res
        .set({
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_S),
        })
        .status(204)
        .end();
      return;
    }
    next();
  };
}
