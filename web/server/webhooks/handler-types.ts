import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import type {Storage} from '../storage';
import type {Logger} from '../logger';

export interface WebhookContext {
  shop: string;
  payload: unknown;
  /** When Shopify says the event happened (X-Shopify-Triggered-At), else when Heed received it. */
  occurredAt: number;
}

export interface WebhookHandlerDeps {
  storage: Storage;
  sessionStorage: SessionStorage;
  logger: Logger;
  now: () => number;
}

export type WebhookHandler = (context: WebhookContext) => Promise<void>;
