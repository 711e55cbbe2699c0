import {ENGLISH_READER, type Reader} from '../shared/languages';
import {englishSayer, sayerFor, type Wording} from './sentences/wording';
import {isStorageUnavailable} from './storage/failures';

/**
 * One error base for the whole app. Clients see a generic message per code and the request id;
 * logs see the cause. Infrastructure messages never reach a response. The admin reads the message
 * in its user's language (`sentences/<language>/errors.ts`); other clients read English.
 */

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SHOPIFY_UNAVAILABLE: 502,
  STORAGE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field-level problem that is safe to show to the person who sent the request. */
export interface FieldProblem {
  path: string;
  message: string;
  /** `message` for each reader, when the server words it. */
  wording?: Wording;
}

export class HeedError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  /** Details written for the client (field problems); never infrastructure messages. */
  readonly problems: FieldProblem[];
  /** A sentence written for the person acting ("… already ordered at 10:52"), shown instead of the generic one. */
  readonly clientMessage: string | null;
  /** `clientMessage` as a wording, said in the reader's language on `timeZone`'s clock. */
  readonly clientWording: Wording | null;
  readonly timeZone: string | null;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      cause?: unknown;
      retryable?: boolean;
      problems?: FieldProblem[];
      clientMessage?: string;
      clientWording?: Wording;
      /** The shop's zone, for a time the client wording quotes. */
      timeZone?: string | null;
    } = {},
  ) {
    super(message, {cause: options.cause});
    this.name = 'HeedError';
    this.code = code;
    this.retryable =
      options.retryable ??
      (code === 'STORAGE_UNAVAILABLE' || code === 'SHOPIFY_UNAVAILABLE' || code === 'RATE_LIMITED');
    this.problems = options.problems ?? [];
    this.clientWording = options.clientWording ?? null;
    this.timeZone = options.timeZone ?? null;
    this.clientMessage =
      options.clientMessage ??
      (this.clientWording ? englishSayer(this.timeZone).say(this.clientWording) : null);
  }

  get httpStatus(): number {
    return ERROR_STATUS[this.code];
  }

  get publicMessage(): string {
    return englishSayer(null).say({key: `errors:${this.code}`});
  }

  /** What the client reads: the sentence written for the person acting, else the code's own. */
  messageFor(reader: Reader): string {
    const sayer = sayerFor(reader, this.timeZone);
    if (this.clientWording) return sayer.say(this.clientWording);
    return this.clientMessage ?? sayer.say({key: `errors:${this.code}`});
  }
}

/** Seconds a client is told to wait before trying again once storage was unavailable. */
export const STORAGE_RETRY_AFTER_SECONDS = 2;

export class StorageUnavailableError extends HeedError {
  constructor(cause: unknown) {
    super('STORAGE_UNAVAILABLE', 'Storage is unavailable', {cause});
  }
}

/**
 * Body sent to clients for any failure: a generic message, the request id and safe field problems,
 * the message in the reader's language.
 */
export function toClientBody(error: HeedError, requestId: string, reader: Reader = ENGLISH_READER) {
  return {
    error: {
      code: error.code,
      message: error.messageFor(reader),
      requestId,
      ...(error.problems.length > 0
        ? {
            problems: error.problems.map(({path, message, wording}) => ({
              path,
              message: wording ? sayerFor(reader, error.timeZone).say(wording) : message,
            })),
          }
        : {}),
    },
  };
}

/**
 * Anything thrown that is not a HeedError is an internal error, except storage that is away for
 * now (a restart, a lock, a full disk): that is a 503 to retry. Messages stay in the logs.
 */
export function asHeedError(error: unknown): HeedError {
  if (error instanceof HeedError) return error;
  if (isStorageUnavailable(error)) return new StorageUnavailableError(error);
  if (isBodyParserError(error)) {
    return error.type === 'entity.too.large'
      ? new HeedError('PAYLOAD_TOO_LARGE', 'Body exceeds the limit', {cause: error})
      : new HeedError('BAD_REQUEST', 'Body could not be parsed', {cause: error});
  }
  return new HeedError('INTERNAL', 'Unexpected error', {cause: error});
}

function isBodyParserError(error: unknown): error is {type: string; status: number} {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    typeof error.type === 'string' &&
    'status' in error &&
    typeof error.status === 'number'
  );
}
