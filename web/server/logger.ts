import pino, {type Logger} from 'pino';
import {REDACTED_PATHS, scrub, scrubValue, serializeError} from './log-scrub';

/**
 * Tokens, customer data and raw SQL never reach a log line: fields are dropped by name at any
 * depth, free text is scrubbed by pattern, errors keep their kind, code and a sanitised message
 * (web/server/log-scrub.ts). See test/unit/logger.test.ts and test/reliability/storage-failure-logs.test.ts.
 */
export {REDACTED_PATHS, scrub};

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          ...REDACTED_PATHS,
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-shopify-hmac-sha256"]',
          'req.headers["x-shopify-access-token"]',
          'headers["x-shopify-access-token"]',
          '*.auth.pass',
        ],
        censor: '[redacted]',
      },
      formatters: {
        log: (object) => scrubValue(object) as Record<string, unknown>,
        bindings: (bindings) => scrubValue(bindings) as Record<string, unknown>,
      },
      hooks: {
        // Free-text messages are scrubbed too: a message may quote an email or a token.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as typeof args,
          );
        },
      },
      serializers: {
        err: (error: unknown) => serializeError(error),
      },
    },
    destination,
  );
}

export type {Logger};
