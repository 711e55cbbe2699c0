/** Shopify's HTTP header names, in one place. */
export const SHOPIFY_HEADERS = {
  accessToken: 'X-Shopify-Access-Token',
  hmac: 'X-Shopify-Hmac-Sha256',
  topic: 'X-Shopify-Topic',
  shopDomain: 'X-Shopify-Shop-Domain',
  webhookId: 'X-Shopify-Webhook-Id',
  eventId: 'X-Shopify-Event-Id',
  apiVersion: 'X-Shopify-API-Version',
  triggeredAt: 'X-Shopify-Triggered-At',
  retryInvalidSession: 'X-Shopify-Retry-Invalid-Session-Request',
} as const;
