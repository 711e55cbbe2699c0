/** What a failed request says when nothing more particular is said: one sentence per error code. */
export const errors = {
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
