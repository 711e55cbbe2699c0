import type {NextFunction, Request, Response} from 'express';
import {HeedError} from '../errors';

/**
 * Path parameters and query values are decoded before any route sees them, so an encoded U+0000
 * (`%00`) reaches queries as a character PostgreSQL text cannot hold. Nothing Heed serves needs
 * one: refused before routing.
 */
export function refuseUnstorableUrl() {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (/%00/i.test(req.originalUrl) || req.originalUrl.includes('\u0000')) {
      throw new HeedError('BAD_REQUEST', 'The address holds a NUL character');
    }
    next();
  };
}
