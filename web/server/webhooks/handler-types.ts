import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {Journey} from '../signals/journey';
import type {ShopperOrder} from '../storage/commerce-records-repository';

export interface WebhookContext {
  shop: string;
  payload: unknown;
  /** When Shopify says the event happened (X-Shopify-Triggered-At), else when Heed received it. */
  occurredAt: number;
}

/** An order as the handlers tell it: who placed it, when, through what, and for how much. */
export interface PlacedOrder extends ShopperOrder {
  total: {amount: number; currencyCode: string} | null;
  /** The case a Heed draft order carried as its `_heed_case` attribute. */
  heedCaseId: string | null;
}

export interface WebhookHandlerDeps {
  storage: Storage;
  sessionStorage: SessionStorage;
  logger: Logger;
  now: () => number;
  /** Joins an order or checkout to the shopper's journey (signals/process-journeys.ts). */
  joinJourney?: JoinJourney;
  /**
   * Told of every order stored, from any channel (online, draft order, point of sale), with or
   * without a checkout, so that a shopper who bought is not chased. A failure fails the delivery:
   * Shopify or the recovery sweep delivers it again, and the same order may be told twice.
   */
  orderPlaced?: (shop: string, order: PlacedOrder) => Promise<void>;
}

/** Finds the journey by its checkout token, else by the order it ended in (a GID). */
export type JoinJourney = (
  shop: string,
  ref: {checkoutToken?: string | null; orderId?: string | null},
  apply: (journey: Journey | undefined) => Journey | null,
) => Promise<void>;

export type WebhookHandler = (context: WebhookContext) => Promise<void>;
