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

/**
 * Topics honoured for a shop that does not have Heed installed: GDPR requests come after an
 * uninstall (shop/redact 48 hours after it) and must be carried out whatever Heed holds, and an
 * uninstall only removes (sessions left by an install that never finished). Any other topic for
 * such a shop is acknowledged and not stored: Heed keeps no data of shops that are not its users.
 * https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance
 */
const FOR_ANY_SHOP = new Set<string>([
  WEBHOOK_TOPICS.customersDataRequest,
  WEBHOOK_TOPICS.customersRedact,
  WEBHOOK_TOPICS.shopRedact,
  WEBHOOK_TOPICS.appUninstalled,
]);

export function isHonouredForAnyShop(topic: string): boolean {
  return FOR_ANY_SHOP.has(topic);
}
