import {createContext, useCallback, useContext, useEffect, useState} from 'react';
import {isAbort, type ApiClient, type Parse} from './api-client';
import {asApiError, type ApiError} from './api-error';

export const ApiClientContext = createContext<ApiClient | undefined>(undefined);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an <ApiClientContext.Provider> above it');
  return client;
}

export type ApiQuery<T> =
  | {status: 'loading'}
  | {status: 'success'; data: T}
  | {status: 'error'; error: ApiError};

/**
 * Loads `GET path` when the component mounts (and again on `reload`). A response that arrives after
 * the component left the screen is dropped: its request is aborted. `parse` must keep its identity
 * between renders (a module-level function): a new one starts a new request.
 */
export function useApiQuery<T>(
  path: string,
  parse: Parse<T>,
): {query: ApiQuery<T>; reload: () => void} {
  const client = useApiClient();
  const [query, setQuery] = useState<ApiQuery<T>>({status: 'loading'});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setQuery({status: 'loading'});
    client.request(path, parse, {signal: controller.signal}).then(
      (data) => setQuery({status: 'success', data}),
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setQuery({status: 'error', error: asApiError(error)});
      },
    );
    return () => controller.abort();
  }, [client, path, parse, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return {query, reload};
}
