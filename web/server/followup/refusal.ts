import {HeedError, type ErrorCode} from '../errors';
import type {WordValue, Wording} from '../sentences/wording';
import {caseWording} from './case-words';

/**
 * A case action refused, with the reason for the person acting, worded in their language when
 * answered (`message` stays English, for the log). `timeZone` is the shop's, for a time it quotes.
 */
export function refusal(
  code: ErrorCode,
  message: string,
  reason: string | Wording,
  options: {
    values?: Record<string, WordValue>;
    timeZone?: string | null;
    retryable?: boolean;
  } = {},
): HeedError {
  const wording = typeof reason === 'string' ? caseWording(reason, options.values) : reason;
  return new HeedError(code, message, {
    clientWording: wording,
    timeZone: options.timeZone ?? null,
    ...(options.retryable === undefined ? {} : {retryable: options.retryable}),
  });
}
