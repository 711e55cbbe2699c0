import {deleteShopSessions} from '../storage/session-storage';
import type {WebhookContext, WebhookHandlerDeps} from './handler-types';

/** app/uninstalled: the shop's tokens are dead; its data stays until shop/redact. */
export function createAppHandlers({storage, sessionStorage, logger}: WebhookHandlerDeps) {
  return {
    async uninstalled({shop, occurredAt}: WebhookContext) {
      const applied = await storage.shops.markUninstalled(shop, occurredAt);
      if (!applied) {
        logger.info({shop}, 'late app/uninstalled ignored: the shop re-installed after it');
        return;
      }
      await deleteShopSessions(sessionStorage, shop);
    },
  };
}
