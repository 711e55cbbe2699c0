import type {WebhookHandler, WebhookHandlerDeps} from './handler-types';
import {createAppHandlers} from './app-handlers';
import {createCommerceHandlers} from './commerce-handlers';
import {createGdprHandlers} from './gdpr-handlers';
import {WEBHOOK_TOPICS, type WebhookTopic} from './topics';

export function createWebhookHandlers(
  deps: WebhookHandlerDeps,
): Record<WebhookTopic, WebhookHandler> {
  const app = createAppHandlers(deps);
  const commerce = createCommerceHandlers(deps);
  const gdpr = createGdprHandlers(deps);
  return {
    [WEBHOOK_TOPICS.appUninstalled]: app.uninstalled,
    [WEBHOOK_TOPICS.ordersCreate]: commerce.order,
    [WEBHOOK_TOPICS.checkoutsCreate]: commerce.checkout,
    [WEBHOOK_TOPICS.checkoutsUpdate]: commerce.checkout,
    [WEBHOOK_TOPICS.customersDataRequest]: gdpr.customersDataRequest,
    [WEBHOOK_TOPICS.customersRedact]: gdpr.customersRedact,
    [WEBHOOK_TOPICS.shopRedact]: gdpr.shopRedact,
  };
}
