import type {NextFunction, Request, Response} from 'express';
import type {Logger} from '../logger';
import {asHeedError, STORAGE_RETRY_AFTER_SECONDS, toClientBody} from '../errors';
import {requestIdOf} from './request-context';

/** The one place errors become responses: generic message + request id out, cause into the log. */
export function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const heedError = asHeedError(error);
    const requestId = requestIdOf(res);
    const level = heedError.httpStatus >= 500 ? 'error' : 'warn';
    logger[level](
      {err: heedError.cause ?? heedError, code: heedError.code, requestId},
      heedError.message,
    );
    if (!res.get('Retry-After')) {
      if (heedError.code === 'RATE_LIMITED') res.set('Retry-After', '1');
      if (heedError.code === 'STORAGE_UNAVAILABLE')
        res.set('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
    }
    res.status(heedError.httpStatus).json(toClientBody(heedError, requestId));
  };
}

export function notFound(_req: Request, res: Response) {
  res
    .status(404)
    .json({error: {code: 'NOT_FOUND', message: 'Not found.', requestId: requestIdOf(res)}});
}
