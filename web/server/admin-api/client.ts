/**
 * The typed, throttle-aware Admin GraphQL client. Every answer is a result, never an exception:
 * Shopify is a trust boundary and its failures are ordinary events (rate limits, outages, revoked
 * tokens). Data is parsed with the caller's zod schema, so no caller reaches into `data!.x!.y`.
 */
import {setTimeout as delay} from 'node:timers/promises';
import {z, type ZodType} from 'zod';
import type {Logger} from '../logger';
import {SHOPIFY_HEADERS} from '../shopify-headers';
import type {AdminFailure, AdminFailureReason, AdminResult, QueryCost} from './result';
import {backoffMs, costOf, retryAfterMs, throttleWaitMs} from './throttle';
import {createShopBuckets} from './shop-buckets';

export const DEFAULT_MAX_ATTEMPTS = 4;

export interface AdminSession {
  shop: string;
  accessToken: string;
}

export interface AdminApiClientOptions {
  fetch: typeof fetch;
  apiVersion: string;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  /** The clock the shops' buckets refill by; `sleep` must move it. */
  now?: () => number;
}

export interface AdminApiClient {
  request<T>(
    session: AdminSession,
    document: string,
    variables: Record<string, unknown> | undefined,
    dataSchema: ZodType<T>,
  ): Promise<AdminResult<T>>;
}

/** One attempt either settles the call or asks to be retried after a wait. */
type Attempt<T> = ({settled: AdminResult<T>} | {retryInMs: number; failure: AdminFailure}) & {
  /** What Shopify said of the query's cost and the shop's bucket, when it said it. */
  cost?: QueryCost;
};

const envelope = z.object({
  data: z.unknown().optional(),
  errors: z
    .array(
      z.object({
        message: z.string(),
        extensions: z.object({code: z.string().optional()}).loose().optional(),
      }),
    )
    .optional(),
  extensions: z.unknown().optional(),
});

export function createAdminApiClient(options: AdminApiClientOptions): AdminApiClient {
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const log = options.logger;
  const buckets = createShopBuckets(options.now ?? Date.now);

  return {
    async request(session, document, variables, dataSchema) {
      const context = {shop: session.shop, operation: operationNameOf(document)};
      let failure: AdminFailure | undefined;
      // Before the first attempt only: a retry already waited as Shopify's answer said.
      const paced = buckets.waitBefore(session.shop, context.operation);
      if (paced > 0) await sleep(paced);
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const outcome = await attemptOnce(
          options,
          session,
          document,
          variables,
          dataSchema,
          attempt,
        );
        if (outcome.cost) buckets.heard(session.shop, context.operation, outcome.cost);
        if ('settled' in outcome) {
          if (!outcome.settled.ok)
            log.warn({...context, attempt, ...summary(outcome.settled)}, 'Admin API call failed');
          return outcome.settled;
        }
        failure = outcome.failure;
        if (attempt < maxAttempts) {
          log.info(
            {
              ...context,
              attempt,
              waitMs: outcome.retryInMs,
              reason: failure.reason,
              status: failure.status,
            },
            'Admin API call will be retried',
          );
          await sleep(outcome.retryInMs);
        }
      }
      log.warn({...context, attempts: maxAttempts, ...summary(failure)}, 'Admin API call gave up');
      return failure ?? fail('network', ['no attempt was made'], true);
    },
  };
}

async function attemptOnce<T>(
  options: AdminApiClientOptions,
  session: AdminSession,
  document: string,
  variables: Record<string, unknown> | undefined,
  dataSchema: ZodType<T>,
  attempt: number,
): Promise<Attempt<T>> {
  let response: Response;
  try {
    response = await options.fetch(
      `https://${session.shop}/admin/api/${options.apiVersion}/graphql.json`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          [SHOPIFY_HEADERS.accessToken]: session.accessToken,
        },
        body: JSON.stringify({query: document, variables: variables ?? {}}),
      },
    );
  } catch (error: unknown) {
    // The request may have reached Shopify (a mutation may have run): never retried blindly here.
    return {
      settled: fail('network', [error instanceof Error ? error.message : 'fetch failed'], true),
    };
  }
  return readResponse(response, dataSchema, attempt);
}

async function readResponse<T>(
  response: Response,
  dataSchema: ZodType<T>,
  attempt: number,
): Promise<Attempt<T>> {
  const {status} = response;
  if (status === 401 || status === 403) {
    return {settled: fail('unauthorized', [`HTTP ${status}`], false, status)};
  }
  if (status === 429) {
    const retryInMs = retryAfterMs(response.headers.get('Retry-After'), Date.now());
    return {retryInMs, failure: fail('throttled', ['HTTP 429 Too Many Requests'], true, status)};
  }
  if (status === 503) {
    return {retryInMs: backoffMs(attempt), failure: fail('http_error', ['HTTP 503'], true, status)};
  }
  if (!response.ok) {
    return {settled: fail('http_error', [`HTTP ${status}`], status >= 500, status)};
  }

  const body = envelope.safeParse(await response.json().catch(() => undefined));
  if (!body.success) {
    return {
      settled: fail('invalid_response', ['the answer is not a GraphQL response'], false, status),
    };
  }
  const cost = costOf(body.data.extensions);
  const errors = body.data.errors ?? [];
  // THROTTLED arrives with HTTP 200; the query did not run, so waiting and retrying is safe.
  if (errors.some((e) => e.extensions?.code === 'THROTTLED')) {
    return {
      ...(cost ? {cost} : {}),
      retryInMs: throttleWaitMs(cost),
      failure: fail(
        'throttled',
        errors.map((e) => e.message),
        true,
        status,
      ),
    };
  }
  if (errors.length > 0) {
    return {
      settled: fail(
        'graphql_errors',
        errors.map((e) => e.message),
        false,
        status,
      ),
    };
  }
  const data = dataSchema.safeParse(body.data.data);
  if (!data.success) {
    const messages = data.error.issues.map((i) => `${i.path.join('.') || '(data)'}: ${i.message}`);
    return {settled: fail('invalid_response', messages, false, status)};
  }
  return cost
    ? {settled: {ok: true, data: data.data, cost}, cost}
    : {settled: {ok: true, data: data.data}};
}

function fail(
  reason: AdminFailureReason,
  messages: string[],
  retryable: boolean,
  status?: number,
): AdminFailure {
  return status === undefined
    ? {ok: false, reason, messages, retryable}
    : {ok: false, reason, status, messages, retryable};
}

/** What a log line may say about a failure: never the token, never the variables. */
function summary(failure: AdminFailure | undefined): Record<string, unknown> {
  if (!failure) return {};
  return {reason: failure.reason, status: failure.status, messages: failure.messages};
}

function operationNameOf(document: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'anonymous';
}
