import type {NextFunction, Request, Response} from 'express';
import type {Logger} from '../logger';
import {asHeedError, HeedError, STORAGE_RETRY_AFTER_SECONDS, toClientBody} from '../errors';
import {ENGLISH_READER, type Reader} from '../../shared/languages';
import {requestIdOf} from './request-context';
import {readerOf} from './request-reader';

/** The one place errors become responses: generic message + request id out, cause into the log. */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const answer = errorAnswer(
      error,
      requestIdOf(res),
      logger,
      Boolean(res.get('Retry-After')),
      readerOf(req),
    );
    res.set(answer.headers);
    res.status(answer.status).json(answer.body);
  };
}

/**
 * What a failure is answered with, and its log line; `hasRetryAfter` says whether the failing
 * code already set Retry-After; `reader` reads the message. Shared with the ingest listener, which
 * answers without Express.
 */
export function errorAnswer(
  error: unknown,
  requestId: string,
  logger: Logger,
  hasRetryAfter: boolean,
  reader: Reader = ENGLISH_READER,
) {
  const heedError = asHeedError(error);
  const level = heedError.httpStatus >= 500 ? 'error' : 'warn';
  logger[level](
    {err: heedError.cause ?? heedError, code: heedError.code, requestId},
    heedError.message,
  );
  const headers: Record<string, string> = {};
  if (!hasRetryAfter) {
    if (heedError.code === 'RATE_LIMITED') headers['Retry-After'] = '1';
    if (heedError.code === 'STORAGE_UNAVAILABLE')
      headers['Retry-After'] = String(STORAGE_RETRY_AFTER_SECONDS);
  }
  return {status: heedError.httpStatus, headers, body: toClientBody(heedError, requestId, reader)};
}

export function notFound(req: Request, res: Response) {
  const error = new HeedError('NOT_FOUND', 'No such route');
  res.status(404).json({
    error: {
      code: error.code,
      message: error.messageFor(readerOf(req)),
      requestId: requestIdOf(res),
    },
  });
}
