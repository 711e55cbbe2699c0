/**
 * A `fetch` that answers as Shopify would for the simulated shops, and the switch that makes
 * @shopify/shopify-api use it. Anything the simulator does not know throws: a test must never
 * fall through to the real network.
 */
import {createRequire} from 'node:module';
// The adapter sets `abstractFetch` when first loaded; load it now so it cannot undo the install.
import '@shopify/shopify-api/adapters/node';
import * as esmRuntime from '@shopify/shopify-api/runtime';
import type {GraphqlHttpRequest, SimHttpResponse} from './admin-graphql';
import {SHOPIFY_HEADERS} from '../server/shopify-headers';

export interface SimulatorRoutes {
  hasShop(shop: string): boolean;
  graphql(request: GraphqlHttpRequest): Promise<SimHttpResponse>;
  accessToken(shop: string, body: string): SimHttpResponse;
}

const GRAPHQL_PATH = /^\/admin\/api\/([^/]+)\/graphql\.json$/;
const ACCESS_TOKEN_PATH = '/admin/oauth/access_token';
const SHOP_HOST = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

export function createSimulatorFetch(routes: SimulatorRoutes): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== 'https:' || !SHOP_HOST.test(url.hostname)) {
      throw new TypeError(`The Shopify simulator does not answer ${url.origin}`);
    }
    const shop = url.hostname;
    if (!routes.hasShop(shop)) {
      return new Response(JSON.stringify({errors: 'Not Found'}), {status: 404});
    }
    const body = await request.text();
    const graphql = GRAPHQL_PATH.exec(url.pathname);
    if (request.method === 'POST' && graphql?.[1] !== undefined) {
      return toResponse(
        await routes.graphql({
          shop,
          apiVersion: graphql[1],
          accessToken: request.headers.get(SHOPIFY_HEADERS.accessToken),
          body,
        }),
      );
    }
    if (request.method === 'POST' && url.pathname === ACCESS_TOKEN_PATH) {
      return toResponse(routes.accessToken(shop, body));
    }
    throw new TypeError(`The Shopify simulator has no route ${request.method} ${url.pathname}`);
  };
}

function toResponse(answer: SimHttpResponse): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: answer.headers,
  });
}

type FetchFunc = typeof esmRuntime.abstractFetch;
type Runtime = {abstractFetch: FetchFunc; setAbstractFetchFunc(func: FetchFunc): void};

/**
 * Makes @shopify/shopify-api send its HTTP calls (token exchange, refresh, Admin API) to the
 * simulator. Both copies of the library need it: our ESM code imports the ESM build, while
 * @shopify/shopify-app-express (no `exports` map) is loaded as CommonJS and requires the CJS build,
 * whose runtime is a separate module with its own `abstractFetch`. Returns the undo.
 */
export function installSimulatorFetch(simulator: {fetch: typeof fetch}): () => void {
  const requireCjs = createRequire(import.meta.url);
  requireCjs('@shopify/shopify-api/adapters/node');
  const cjsRuntime = requireCjs('@shopify/shopify-api/runtime') as Runtime;
  const runtimes: Runtime[] = [esmRuntime, cjsRuntime];
  const previous = runtimes.map((runtime) => runtime.abstractFetch);
  for (const runtime of runtimes) runtime.setAbstractFetchFunc(simulator.fetch);
  return () => {
    runtimes.forEach((runtime, i) => {
      const before = previous[i];
      if (before) runtime.setAbstractFetchFunc(before);
    });
  };
}
