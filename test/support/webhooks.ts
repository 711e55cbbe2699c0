import {randomUUID} from 'node:crypto';
import {signWebhookRequest, type SignedWebhook} from '../../web/simulator/webhooks';

export interface SignWebhookOptions {
  topic: string;
  shop: string;
  payload: unknown;
  secret: string;
  eventId?: string;
  webhookId?: string;
  apiVersion?: string;
  triggeredAt?: string;
  /** Signed with some other secret: the HMAC check must refuse it. */
  wrongSecret?: boolean;
  /** Header names to leave out, e.g. `['X-Shopify-Hmac-Sha256']`. */
  omit?: string[];
  /** Changes the body after signing, as a tampering proxy would. */
  tamper?: (body: string) => string;
}

/** A webhook exactly as Shopify sends it, for supertest: `.set(w.headers).send(w.body)`. */
export function signWebhook(options: SignWebhookOptions): SignedWebhook {
  const signed = signWebhookRequest({
    topic: options.topic,
    shop: options.shop,
    body: options.payload,
    secret: options.wrongSecret ? `${options.secret}-${randomUUID()}` : options.secret,
    eventId: options.eventId,
    webhookId: options.webhookId,
    apiVersion: options.apiVersion,
    triggeredAt: options.triggeredAt,
  });
  const omitted = new Set((options.omit ?? []).map((name) => name.toLowerCase()));
  const headers = Object.fromEntries(
    Object.entries(signed.headers).filter(([name]) => !omitted.has(name.toLowerCase())),
  );
  return {headers, body: options.tamper ? options.tamper(signed.body) : signed.body};
}
