/**
 * Webhooks as Shopify sends them: a JSON body and headers, the HMAC computed on the raw body with
 * the app secret. https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-2-validate-the-origin-of-your-webhook-to-ensure-its-coming-from-shopify
 */
import {createHmac, randomUUID} from 'node:crypto';
import {SHOPIFY_API_VERSION} from '../server/config';
import {SHOPIFY_HEADERS} from '../server/shopify-headers';

export interface WebhookToSign {
  topic: string;
  shop: string;
  /** A string is sent byte for byte; anything else is serialised with JSON.stringify. */
  body: unknown;
  secret: string;
  eventId?: string;
  webhookId?: string;
  apiVersion?: string;
  triggeredAt?: string;
}

export interface SignedWebhook {
  headers: Record<string, string>;
  body: string;
}

export function signWebhookRequest(webhook: WebhookToSign): SignedWebhook {
  const body = typeof webhook.body === 'string' ? webhook.body : JSON.stringify(webhook.body);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      [SHOPIFY_HEADERS.topic]: webhook.topic,
      [SHOPIFY_HEADERS.hmac]: hmacOf(body, webhook.secret),
      [SHOPIFY_HEADERS.shopDomain]: webhook.shop,
      [SHOPIFY_HEADERS.apiVersion]: webhook.apiVersion ?? SHOPIFY_API_VERSION,
      [SHOPIFY_HEADERS.webhookId]: webhook.webhookId ?? randomUUID(),
      [SHOPIFY_HEADERS.eventId]: webhook.eventId ?? randomUUID(),
      [SHOPIFY_HEADERS.triggeredAt]: webhook.triggeredAt ?? new Date().toISOString(),
    },
  };
}

/** Base64 HMAC-SHA256 of the exact bytes sent. */
export function hmacOf(rawBody: string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('base64');
}

/** POSTs a signed webhook to the app (a loopback URL in tests and the demo). */
export async function deliverWebhook(
  baseUrl: string,
  path: string,
  webhook: WebhookToSign,
): Promise<Response> {
  const signed = signWebhookRequest(webhook);
  return fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
  });
}
