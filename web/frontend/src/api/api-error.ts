/** Codes the client adds to the server's own (`NOT_FOUND`, `UNAUTHENTICATED`, …). */
export type ClientErrorCode = 'NETWORK' | 'SESSION_TOKEN_UNAVAILABLE' | 'BAD_RESPONSE';

/**
 * A failed call to Heed's API. `requestId` is what the merchant quotes to support: the server logs
 * the cause under it, while the body only carries a generic message.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    options?: {cause?: unknown},
  ) {
    super(message, options);
  }

  static client(code: ClientErrorCode, message: string, cause?: unknown): ApiError {
    return new ApiError(0, code, message, undefined, {cause});
  }
}

/** The server's error body: `{error: {code, message, requestId}}`. */
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
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
