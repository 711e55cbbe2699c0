import {z} from 'zod';

/** `extensions.cost` of an Admin GraphQL answer: Shopify's leaky-bucket rate limit. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface QueryCost {
  requestedQueryCost: number;
  /** Null when the query was not run (throttled). */
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export type AdminFailureReason =
  | 'throttled'
  | 'unauthorized'
  | 'http_error'
  | 'graphql_errors'
  | 'invalid_response'
  | 'network'
  | 'user_errors';

export interface UserError {
  field: string[] | null;
  message: string;
  code?: string | null;
}

export interface AdminFailure {
  ok: false;
  reason: AdminFailureReason;
  status?: number;
  messages: string[];
  /** True when the same request may succeed later (rate limits, outages); false otherwise. */
  retryable: boolean;
  /** Set when `reason` is `user_errors`: the mutation's own validation errors. */
  userErrors?: UserError[];
}

export type AdminResult<T> = {ok: true; data: T; cost?: QueryCost} | AdminFailure;

/** The `userErrors` list every Admin mutation payload carries; use it in mutation data schemas. */
export const userErrorsSchema = z.array(
  z.object({
    field: z.array(z.string()).nullable(),
    message: z.string(),
    code: z.string().nullable().optional(),
  }),
);

/**
 * A mutation answers HTTP 200 without GraphQL errors even when it refused to act; the refusal is
 * in the payload's `userErrors`. This turns such an answer into a failed result, so that a caller
 * cannot mistake it for success.
 */
export function withUserErrors<T>(
  result: AdminResult<T>,
  payloadOf: (data: T) => {userErrors: UserError[]} | null | undefined,
): AdminResult<T> {
  if (!result.ok) return result;
  const userErrors = payloadOf(result.data)?.userErrors ?? [];
  if (userErrors.length === 0) return result;
  return {
    ok: false,
    reason: 'user_errors',
    messages: userErrors.map((e) => (e.field ? `${e.field.join('.')}: ${e.message}` : e.message)),
    retryable: false,
    userErrors,
  };
}
