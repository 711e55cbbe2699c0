/**
 * The simulated `/admin/api/{version}/graphql.json` endpoint. Like Shopify it checks the access
 * token (401), refuses documents that do not validate against the real schema (HTTP 200 with
 * `errors`), charges a query cost against a leaky bucket and answers THROTTLED (HTTP 200) when the
 * bucket is short. Tests can force throttling and HTTP failures, and read every request received.
 */
import {randomUUID} from 'node:crypto';
import {
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import {createRootValue} from './admin-root';
import {LeakyBucket, requestedCost, type BucketSize, type ThrottleStatus} from './cost';
import type {ShopState} from './shop-state';

export interface SimHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface GraphqlHttpRequest {
  shop: string;
  apiVersion: string;
  accessToken: string | null;
  body: string;
}

export interface RecordedGraphqlRequest {
  shop: string;
  accessToken: string | null;
  operationName: string | null;
  query: string;
  variables: Record<string, unknown>;
  status: number;
  throttled: boolean;
  /** The calculated cost charged (or refused), when the query got that far. */
  requestedQueryCost: number | null;
}

export type SimulatedFailureStatus = 429 | 500 | 502 | 503 | 504;

export interface AdminGraphqlDeps {
  schema: GraphQLSchema;
  apiVersion: string;
  now: () => number;
  stateOf: (shop: string) => ShopState | undefined;
  isAuthorized: (shop: string, accessToken: string | null) => boolean;
  /** Every shop's bucket; a standard plan's when not given. */
  bucket?: BucketSize;
}

const INVALID_TOKEN =
  '[API] Invalid API key or access token (unrecognized login or wrong password)';

export class AdminGraphqlEndpoint {
  readonly requests: RecordedGraphqlRequest[] = [];
  private forcedThrottles = 0;
  private readonly forcedFailures: Array<{
    status: SimulatedFailureStatus;
    retryAfterSeconds: number;
  }> = [];
  private readonly buckets = new Map<string, LeakyBucket>();
  private readonly failingShops = new Map<string, SimulatedFailureStatus>();

  constructor(private readonly deps: AdminGraphqlDeps) {}

  /** The next `count` authorised, valid queries answer THROTTLED and leave the bucket empty. */
  throttleNext(count = 1): void {
    this.forcedThrottles += count;
  }

  /** The next `count` requests fail with this HTTP status (429s carry `Retry-After`). */
  failNext(count: number, status: SimulatedFailureStatus, retryAfterSeconds = 1): void {
    for (let i = 0; i < count; i++) this.forcedFailures.push({status, retryAfterSeconds});
  }

  /**
   * Every request for this shop fails with this HTTP status until `null` is given: Shopify is
   * down for it, however often the client retries.
   */
  failShop(shop: string, status: SimulatedFailureStatus | null): void {
    if (status === null) this.failingShops.delete(shop);
    else this.failingShops.set(shop, status);
  }

  /** Forced throttles and failures not yet consumed: a test that arranged them expects zero. */
  unusedFaults(): number {
    return this.forcedThrottles + this.forcedFailures.length;
  }

  throttleStatus(shop: string): ThrottleStatus {
    return this.bucketOf(shop).status();
  }

  async handle(request: GraphqlHttpRequest): Promise<SimHttpResponse> {
    const parsed = parseBody(request.body);
    let requestedQueryCost: number | null = null;
    const record = (status: number, throttled: boolean) => {
      this.requests.push({
        shop: request.shop,
        accessToken: request.accessToken,
        operationName: parsed.ok ? (parsed.operationName ?? operationNameIn(parsed.query)) : null,
        query: parsed.ok ? parsed.query : request.body,
        variables: parsed.ok ? parsed.variables : {},
        status,
        throttled,
        requestedQueryCost,
      });
    };
    const respond = (
      status: number,
      body: unknown,
      headers: Record<string, string> = {},
      throttled = false,
    ) => {
      record(status, throttled);
      return this.response(status, body, headers);
    };

    if (request.apiVersion !== this.deps.apiVersion) return respond(404, {errors: 'Not Found'});
    const shopDown = this.failingShops.get(request.shop);
    const failure = shopDown
      ? {status: shopDown, retryAfterSeconds: 1}
      : this.forcedFailures.shift();
    if (failure) {
      const headers: Record<string, string> =
        failure.status === 429 ? {'Retry-After': failure.retryAfterSeconds.toFixed(1)} : {};
      return respond(failure.status, {errors: httpErrorMessage(failure.status)}, headers);
    }
    const state = this.deps.stateOf(request.shop);
    if (!state || !this.deps.isAuthorized(request.shop, request.accessToken)) {
      return respond(401, {errors: INVALID_TOKEN});
    }
    if (!parsed.ok)
      return respond(400, {errors: {query: ['Required parameter missing or invalid']}});

    let document: DocumentNode;
    try {
      document = parse(parsed.query);
    } catch (error: unknown) {
      return respond(200, {errors: [asGraphqlError(error).toJSON()]});
    }
    const invalid = validate(this.deps.schema, document);
    if (invalid.length > 0) return respond(200, {errors: invalid.map((e) => e.toJSON())});
    const operation = getOperationAST(document, parsed.operationName);
    if (!operation) {
      return respond(200, {errors: [{message: 'An operation name is required'}]});
    }

    const cost = requestedCost(document, operation, parsed.variables);
    requestedQueryCost = cost;
    const bucket = this.bucketOf(request.shop);
    if (this.forcedThrottles > 0 || !bucket.tryTake(cost)) {
      if (this.forcedThrottles > 0) {
        this.forcedThrottles -= 1;
        bucket.drain();
      }
      return respond(
        200,
        {
          errors: [
            {
              message: 'Throttled',
              extensions: {
                code: 'THROTTLED',
                documentation: 'https://shopify.dev/api/usage/rate-limits',
              },
            },
          ],
          extensions: {cost: costExtension(cost, null, bucket.status())},
        },
        {},
        true,
      );
    }

    const result = await execute({
      schema: this.deps.schema,
      document,
      rootValue: createRootValue(state, this.deps.now()),
      variableValues: parsed.variables,
      operationName: parsed.operationName ?? undefined,
    });
    return respond(200, {
      ...(result.errors ? {errors: result.errors.map((e) => e.toJSON())} : {}),
      data: result.data ?? null,
      extensions: {cost: costExtension(cost, cost, bucket.status())},
    });
  }

  private bucketOf(shop: string): LeakyBucket {
    let bucket = this.buckets.get(shop);
    if (!bucket) {
      bucket = new LeakyBucket(this.deps.now, this.deps.bucket);
      this.buckets.set(shop, bucket);
    }
    return bucket;
  }

  private response(
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): SimHttpResponse {
    return {
      status,
      body,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Shopify-API-Version': this.deps.apiVersion,
        'X-Request-Id': randomUUID(),
        ...headers,
      },
    };
  }
}

type ParsedBody =
  | {ok: true; query: string; variables: Record<string, unknown>; operationName: string | null}
  | {ok: false};

function parseBody(body: string): ParsedBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {ok: false};
  }
  if (json === null || typeof json !== 'object' || !('query' in json)) return {ok: false};
  if (typeof json.query !== 'string') return {ok: false};
  const variables = 'variables' in json ? json.variables : undefined;
  const operationName = 'operationName' in json ? json.operationName : undefined;
  return {
    ok: true,
    query: json.query,
    variables:
      variables !== null && typeof variables === 'object'
        ? (variables as Record<string, unknown>)
        : {},
    operationName: typeof operationName === 'string' ? operationName : null,
  };
}

function costExtension(requested: number, actual: number | null, throttleStatus: ThrottleStatus) {
  return {requestedQueryCost: requested, actualQueryCost: actual, throttleStatus};
}

function asGraphqlError(error: unknown): GraphQLError {
  return error instanceof GraphQLError ? error : new GraphQLError(String(error));
}

function httpErrorMessage(status: SimulatedFailureStatus): string {
  if (status === 429)
    return 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.';
  if (status === 503) return 'Service Unavailable';
  return 'Internal Server Error';
}

/** The name of the document's operation when the request body does not say it (Shopify's own clients don't). */
function operationNameIn(query: string): string | null {
  return /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null;
}
