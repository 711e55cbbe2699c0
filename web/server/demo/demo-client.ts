import {deliverWebhook} from '../../simulator/webhooks';
import {WEBHOOK_PATH} from '../shopify';
import {demoSessionToken, type DemoApp} from './session-token';

/**
 * The demo's own traffic, sent to its running server as Shopify and the shop's people would send
 * it: the web pixel's batches, a staff member's admin requests (a session token of their own),
 * and signed webhooks. Nothing goes around the HTTP surface.
 */
export interface DemoClient {
  /** A batch of pixel events through the ingest endpoint, as the web pixel posts it. */
  ingest(events: unknown[]): Promise<void>;
  /** An admin API request by the staff member `sub`; the answer's JSON, or a thrown error. */
  api(sub: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<unknown>;
  /** An `orders/create` webhook, signed with the app secret. */
  orderCreated(body: Record<string, unknown>): Promise<void>;
}

export function createDemoClient(options: {
  url: string;
  app: DemoApp;
  ingestKey: string;
  now: () => number;
}): DemoClient {
  const {url, app} = options;
  const refused = async (what: string, response: Response) =>
    new Error(`The demo's ${what} was refused (${response.status}): ${await response.text()}`);
  return {
    async ingest(events) {
      const response = await fetch(new URL('/api/pixel/events', url), {
        method: 'POST',
        headers: {'Content-Type': 'text/plain'},
        body: JSON.stringify({shop: app.shop, key: options.ingestKey, events}),
      });
      if (!response.ok) throw await refused('pixel batch', response);
    },
    async api(sub, method, path, body) {
      const token = await demoSessionToken(app, sub, options.now());
      const response = await fetch(new URL(path, url), {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : {'Content-Type': 'application/json'}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw await refused(`${method} ${path}`, response);
      return response.json() as Promise<unknown>;
    },
    async orderCreated(body) {
      const response = await deliverWebhook(url, WEBHOOK_PATH, {
        topic: 'orders/create',
        shop: app.shop,
        body,
        secret: app.apiSecret,
      });
      if (!response.ok) throw await refused('orders/create webhook', response);
    },
  };
}
