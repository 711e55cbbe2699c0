import {ApiError, errorFromBody} from './api-error';

const REQUEST_ID_HEADER = 'X-Request-Id';
/** A language tag as App Bridge gives it (`fr`, `pt-BR`); anything else is not sent. */
const LOCALE_TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/;
/**
 * The server sets this on a 401 when the session token was present but no longer valid (usually
 * expired): the client asks App Bridge for a fresh token and retries once.
 * https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens/set-up-session-tokens
 */
const RETRY_INVALID_SESSION_HEADER = 'X-Shopify-Retry-Invalid-Session-Request';

/** Turns an untrusted JSON body into a typed value, throwing when it does not fit. */
export type Parse<T> = (body: unknown) => T;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClient {
  request<T>(path: string, parse: Parse<T>, options?: RequestOptions): Promise<T>;
  /**
   * Opens a long-lived `GET` (server-sent events) with the same session token and errors as
   * `request`, and hands back its body unread. Optional because a test double that only answers
   * requests has nothing to stream; pages then work without live updates.
   */
  stream?(path: string, options: {signal: AbortSignal}): Promise<ReadableStream<Uint8Array>>;
}

export interface ApiClientDeps {
  /** App Bridge's `shopify.idToken`: a fresh session token for the shop the admin is open on. */
  idToken: () => Promise<string>;
  /**
   * The admin user's locale (App Bridge's `shopify.config.locale`), sent as `Accept-Language` so
   * the sentences the server writes (findings, stories, case history) read in the admin's language.
   */
  locale?: string;
  fetch?: typeof fetch;
}

/** Talks to Heed's `/api/*`: every call carries the session token; every failure is an `ApiError`. */
export function createApiClient(deps: ApiClientDeps): ApiClient {
  // A wrapper, because `window.fetch` throws "Illegal invocation" when called as another object's method.
  const send = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function attempt(
    path: string,
    options: RequestOptions,
    accept = 'application/json',
  ): Promise<Response> {
    const token = await sessionToken(deps.idToken);
    const headers = new Headers({Accept: accept, Authorization: `Bearer ${token}`});
    if (options.body !== undefined) headers.set('Content-Type', 'application/json');
    if (deps.locale && LOCALE_TAG.test(deps.locale)) headers.set('Accept-Language', deps.locale);
    try {
      return await send(path, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error: unknown) {
      if (isAbort(error)) throw error;
      throw ApiError.client(
        'NETWORK',
        'Heed could not reach its server. Check your connection and try again.',
        error,
      );
    }
  }

  /** Sends once, and once more with a fresh token when the server says the first one expired. */
  async function exchange(
    path: string,
    options: RequestOptions,
    accept?: string,
  ): Promise<Response> {
    const response = await attempt(path, options, accept);
    if (response.status === 401 && response.headers.get(RETRY_INVALID_SESSION_HEADER) === '1') {
      return attempt(path, options, accept);
    }
    return response;
  }

  return {
    async request<T>(path: string, parse: Parse<T>, options: RequestOptions = {}): Promise<T> {
      const response = await exchange(path, options);
      const requestId = response.headers.get(REQUEST_ID_HEADER);
      const body = await readJson(response);
      if (!response.ok) throw errorFromBody(response.status, body, requestId);
      try {
        return parse(body);
      } catch (error: unknown) {
        const message = 'Heed received an answer it did not expect.';
        throw new ApiError(response.status, 'BAD_RESPONSE', message, requestId ?? undefined, {
          cause: error,
        });
      }
    },

    async stream(path: string, options: {signal: AbortSignal}) {
      const response = await exchange(path, options, 'text/event-stream');
      const requestId = response.headers.get(REQUEST_ID_HEADER);
      if (!response.ok) {
        throw errorFromBody(response.status, await readJson(response), requestId);
      }
      if (!response.body) {
        const message = 'Heed received an answer it did not expect.';
        throw new ApiError(response.status, 'BAD_RESPONSE', message, requestId ?? undefined);
      }
      return response.body;
    },
  };
}

async function sessionToken(idToken: () => Promise<string>): Promise<string> {
  try {
    return await idToken();
  } catch (error: unknown) {
    throw ApiError.client(
      'SESSION_TOKEN_UNAVAILABLE',
      'Shopify did not confirm your session. Reload the page.',
      error,
    );
  }
}

/** `undefined` for an empty or non-JSON body (a proxy's HTML error page, a 204). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
