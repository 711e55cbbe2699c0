/**
 * What may reach a log line. Customer data arrives in webhook payloads, pixel events and database
 * errors that quote them; none of it is needed to understand a failure. Values are dropped by field
 * name (at any depth) and scrubbed by pattern in free text, and errors keep only their kind, code,
 * sanitised message and stack, never the SQL, bindings or row a driver attaches.
 */

const CENSOR = '[redacted]';
/** Deeper than this, a value is not written at all: unscrubbed is not an option. */
const MAX_DEPTH = 8;

/** Compared lower-cased with `_` and `-` removed, so `first_name`, `firstName` and `first-name` match. */
const SECRET_KEYS = [
  'accessToken',
  'token',
  'sessionToken',
  'apiSecret',
  'password',
  'passwordSealed',
  'pass',
  'authorization',
  'cookie',
];
/** Shopify's customer and address fields, and the containers that hold them. */
const PERSONAL_KEYS = [
  'email',
  'contactEmail',
  'customerEmail',
  'phone',
  'smsNumber',
  'name',
  'firstName',
  'lastName',
  'fullName',
  'customerName',
  'customer',
  'address',
  'addresses',
  'address1',
  'address2',
  'street',
  'city',
  'zip',
  'postalCode',
  'province',
  'company',
  'latitude',
  'longitude',
  'shippingAddress',
  'billingAddress',
  'defaultAddress',
  'note',
];
/** Raw SQL and what drivers attach to their errors: the statement, its parameters, the failing row. */
const QUERY_KEYS = [
  'sql',
  'bindings',
  'parameters',
  'detail',
  'where',
  'query',
  'internalQuery',
  'hint',
  'payload',
  'rawBody',
];

const normalise = (key: string) => key.toLowerCase().replace(/[_-]/g, '');
const DROPPED_KEYS = new Set([...SECRET_KEYS, ...PERSONAL_KEYS, ...QUERY_KEYS].map(normalise));

export function isDroppedKey(key: string): boolean {
  return DROPPED_KEYS.has(normalise(key));
}

/** pino `redact` paths for the same fields, a second line behind the field walk of `scrubValue`. */
export const REDACTED_PATHS = [...SECRET_KEYS, ...PERSONAL_KEYS, ...QUERY_KEYS].flatMap((key) => [
  key,
  `*.${key}`,
]);

/** Error fields that name what failed without quoting any value. */
const KEPT_ERROR_FIELDS = ['code', 'errno', 'severity', 'constraint', 'table', 'column', 'routine'];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=-]+/g;
const SHOPIFY_TOKEN = /\bshp(?:at|ca|pa|ss|rt|ua)_[A-Za-z0-9]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
/** International (+…) numbers, and North American ones written 613-555-0123 or (613) 555 0123. */
const PHONE_INTERNATIONAL = /(?<![\w+])\+\d[\d\s().-]{6,18}\d(?!\w)/g;
const PHONE_NORTH_AMERICA = /(?<![\w-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])/g;

/** Scrubs emails, phone numbers and tokens out of free text before it is logged. */
export function scrub(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(BEARER, 'Bearer [redacted]')
    .replace(SHOPIFY_TOKEN, '[token]')
    .replace(JWT, '[jwt]')
    .replace(PHONE_INTERNATIONAL, '[phone]')
    .replace(PHONE_NORTH_AMERICA, '[phone]');
}

/** knex prefixes a failed statement to the driver's message: `insert into … values (…) - reason`. */
const SQL_PREFIX =
  /^\s*(?:select|insert|update|delete|with|create|alter|drop|pragma|begin|commit|rollback|savepoint|release|set|truncate|copy)\s/i;
/** PostgreSQL quotes the offending value: `Key (email)=(x)`, `Failing row contains (…)`, `…: "x"`. */
const QUOTED_VALUES: [RegExp, string][] = [
  [/\bKey \(([^)]*)\)=\([\s\S]*?\)(?= already exists| is not present|\.|$)/g, 'Key ($1)=([value])'],
  [/Failing row contains \([\s\S]*\)/g, 'Failing row contains ([values])'],
  [/: "[^\n]*"/g, ': "[value]"'],
];

/** An error message fit for a log line: no statement, no quoted value, no personal data. */
export function safeErrorMessage(message: string): string {
  let text = message;
  if (SQL_PREFIX.test(text)) {
    const reason = text.lastIndexOf(' - ');
    text = reason >= 0 ? text.slice(reason + 3) : '[statement]';
  }
  for (const [pattern, replacement] of QUOTED_VALUES) text = text.replace(pattern, replacement);
  return scrub(text);
}

export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return scrubValue(error, depth);
  if (depth > MAX_DEPTH) return {type: error.name, message: '[too deep]'};
  const fields = error as Error & Record<string, unknown>;
  const message = safeErrorMessage(error.message);
  const kept = KEPT_ERROR_FIELDS.flatMap((key) => {
    const value = fields[key];
    return typeof value === 'string' || typeof value === 'number' ? [[key, value] as const] : [];
  });
  const nested = fields['errors'];
  return {
    type: error.name,
    message,
    ...Object.fromEntries(kept.map(([key, value]) => [key, scrubValue(value, depth + 1)])),
    ...(error.stack ? {stack: stackWithMessage(error, message)} : {}),
    ...(error.cause !== undefined ? {cause: serializeError(error.cause, depth + 1)} : {}),
    // AggregateError (a connection refused on every address) carries its parts here.
    ...(Array.isArray(nested)
      ? {errors: nested.map((part: unknown) => serializeError(part, depth + 1))}
      : {}),
  };
}

/** The stack's first line repeats the message as it was when the error was made: write ours instead. */
function stackWithMessage(error: Error, message: string): string {
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return scrub([`${error.name}: ${message}`, ...frames].join('\n'));
}

export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return serializeError(value, depth);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isDroppedKey(key) ? CENSOR : scrubValue(item, depth + 1),
    ]),
  );
}
