import pino, {type Logger} from 'pino';

/**
 * Paths that may carry secrets or personal data. Tokens and raw emails never reach a log line.
 * See the redaction test in test/unit/logger.test.ts.
 */
export const REDACTED_PATHS = [
  'accessToken',
  'token',
  'sessionToken',
  'apiSecret',
  'password',
  'passwordSealed',
  'password_sealed',
  // nodemailer's `auth: {user, pass}`.
  'pass',
  'email',
  'authorization',
  '*.accessToken',
  '*.token',
  '*.sessionToken',
  '*.apiSecret',
  '*.password',
  '*.passwordSealed',
  '*.password_sealed',
  '*.pass',
  '*.auth.pass',
  '*.email',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-shopify-hmac-sha256"]',
  'req.headers["x-shopify-access-token"]',
  'headers.authorization',
  'headers["x-shopify-access-token"]',
];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=-]+/g;
const SHOPIFY_TOKEN = /\bshp(?:at|ca|pa|ss|rt|ua)_[A-Za-z0-9]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** Scrubs emails and tokens out of free text (error messages, causes) before it is logged. */
export function scrub(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(BEARER, 'Bearer [redacted]')
    .replace(SHOPIFY_TOKEN, '[token]')
    .replace(JWT, '[jwt]');
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {paths: REDACTED_PATHS, censor: '[redacted]'},
      formatters: {
        log: (object) => scrubObject(object) as Record<string, unknown>,
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

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return scrubObject(error);
  const code = 'code' in error ? String(error.code) : undefined;
  return {
    type: error.name,
    message: scrub(error.message),
    ...(code ? {code} : {}),
    stack: error.stack ? scrub(error.stack) : undefined,
    ...(error.cause !== undefined ? {cause: serializeError(error.cause)} : {}),
  };
}

function scrubObject(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return serializeError(value);
  if (Array.isArray(value)) return value.map((v) => scrubObject(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, scrubObject(v, depth + 1)]),
    );
  }
  return value;
}

export type {Logger};
