/** Webhook topics Heed subscribes to (shopify.app.toml), as Shopify sends them in X-Shopify-Topic. */
export const WEBHOOK_TOPICS = {
  appUninstalled: 'app/uninstalled',
  ordersCreate: 'orders/create',
  checkoutsCreate: 'checkouts/create',
  checkoutsUpdate: 'checkouts/update',
  customersDataRequest: 'customers/data_request',
  customersRedact: 'customers/redact',
  shopRedact: 'shop/redact',
} as const;

export type WebhookTopic = (typeof WEBHOOK_TOPICS)[keyof typeof WEBHOOK_TOPICS];

const KNOWN = new Set<string>(Object.values(WEBHOOK_TOPICS));

export function isKnownTopic(topic: string): topic is WebhookTopic {
  return KNOWN.has(topic);
}
