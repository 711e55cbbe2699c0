/** Codes the client adds to the server's own (`NOT_FOUND`, `UNAUTHENTICATED`, …). */
export type ClientErrorCode = 'NETWORK' | 'SESSION_TOKEN_UNAVAILABLE' | 'BAD_RESPONSE';

/** A field the server rejected: `path` names it the way the request body does (`promise.value`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * A failed call to Heed's API. `requestId` is what the merchant quotes to support: the server logs
 * the cause under it, while the body only carries a generic message. `problems` are written for the
 * merchant (422 validation, 409 conflicts) and belong next to the fields they name.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly problems: readonly FieldProblem[];

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    options?: {cause?: unknown; problems?: readonly FieldProblem[]},
  ) {
    super(message, options);
    this.problems = options?.problems ?? [];
  }

  static client(code: ClientErrorCode, message: string, cause?: unknown): ApiError {
    return new ApiError(0, code, message, undefined, {cause});
  }
}

/** Anything a call threw, as an `ApiError`: a bug in a parser must still reach the merchant as a banner. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'UNKNOWN', 'Something went wrong in Heed.', undefined, {cause: error});
}

/** The server's error body: `{error: {code, message, requestId, problems?}}`. */
export function errorFromBody(
  status: number,
  body: unknown,
  headerRequestId: string | null,
): ApiError {
  const fallbackRequestId = headerRequestId ?? undefined;
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error) {
    return new ApiError(
      status,
      'BAD_RESPONSE',
      `Heed's server answered ${status}.`,
      fallbackRequestId,
    );
  }
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : 'UNKNOWN',
    typeof error.message === 'string' ? error.message : `Heed's server answered ${status}.`,
    typeof error.requestId === 'string' ? error.requestId : fallbackRequestId,
    {problems: problemsOf(error.problems)},
  );
}

/** Keeps only well-formed problems: a malformed one must not hide the others. */
function problemsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{path: item.path, message: item.message}]
      : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
