import type {NextFunction, Request, Response} from 'express';

/** Headers every response carries; the CSP frame-ancestors comes from Shopify's middleware per shop. */
export function securityHeaders() {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    });
    next();
  };
}
