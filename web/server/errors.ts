import {isStorageUnavailable} from './storage/failures';

/**
 * One error base for the whole app. Clients see a generic message per code and the request id;
 * logs see the cause. Infrastructure messages never reach a response.
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

const PUBLIC_MESSAGE: Record<ErrorCode, string> = {
  BAD_REQUEST: 'The request could not be understood.',
  VALIDATION_FAILED: 'Some fields are not valid.',
  UNAUTHENTICATED: 'Authentication is required.',
  FORBIDDEN: 'This action is not allowed.',
  NOT_FOUND: 'Not found.',
  CONFLICT: 'The resource changed; reload and try again.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  RATE_LIMITED: 'Too many requests; retry later.',
  SHOPIFY_UNAVAILABLE: 'Shopify could not be reached; retry later.',
  STORAGE_UNAVAILABLE: 'Heed is temporarily unavailable; retry later.',
  INTERNAL: 'Something went wrong on our side.',
};

/** A field-level problem that is safe to show to the person who sent the request. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class HeedError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  /** Details written for the client (field problems); never infrastructure messages. */
  readonly problems: FieldProblem[];
  /** A sentence written for the person acting ("… already ordered at 10:52"), shown instead of the generic one. */
  readonly clientMessage: string | null;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      cause?: unknown;
      retryable?: boolean;
      problems?: FieldProblem[];
      clientMessage?: string;
    } = {},
  ) {
    super(message, {cause: options.cause});
    this.name = 'HeedError';
    this.code = code;
    this.retryable =
      options.retryable ??
      (code === 'STORAGE_UNAVAILABLE' || code === 'SHOPIFY_UNAVAILABLE' || code === 'RATE_LIMITED');
    this.problems = options.problems ?? [];
    this.clientMessage = options.clientMessage ?? null;
  }

  get httpStatus(): number {
    return ERROR_STATUS[this.code];
  }

  get publicMessage(): string {
    return PUBLIC_MESSAGE[this.code];
  }
}

/** Seconds a client is told to wait before trying again once storage was unavailable. */
export const STORAGE_RETRY_AFTER_SECONDS = 2;

export class StorageUnavailableError extends HeedError {
  constructor(cause: unknown) {
    super('STORAGE_UNAVAILABLE', 'Storage is unavailable', {cause});
  }
}

/** Body sent to clients for any failure: a generic message, the request id and safe field problems. */
export function toClientBody(error: HeedError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.clientMessage ?? error.publicMessage,
      requestId,
      ...(error.problems.length > 0 ? {problems: error.problems} : {}),
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
