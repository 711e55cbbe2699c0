import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {Journey} from '../signals/journey';

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
  /** Joins an order or checkout to the shopper's journey (signals/process-journeys.ts). */
  joinJourney?: JoinJourney;
  /** Tells the shopper's other open journeys that they ordered (from any channel). */
  orderPlaced?: (shop: string, order: PlacedOrder) => Promise<void>;
}

/** Finds the journey by its checkout token, else by the order it ended in (a GID). */
export type JoinJourney = (
  shop: string,
  ref: {checkoutToken?: string | null; orderId?: string | null},
  apply: (journey: Journey | undefined) => Journey | null,
) => Promise<void>;

export interface PlacedOrder {
  /** GIDs. */
  orderId: string;
  checkoutToken: string | null;
  customerId: string | null;
  emailHash: string | null;
  placedAt: number;
  sourceName: string | null;
}

export type WebhookHandler = (context: WebhookContext) => Promise<void>;
