import express, {type Request, type Response, type Router} from 'express';
import type {Shopify} from '@shopify/shopify-api';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import {HeedError} from '../errors';
import {SHOPIFY_HEADERS} from '../shopify-headers';
import type {WebhookProcessor} from './processor';
import {isHonouredForAnyShop} from './topics';

/** Shopify's largest webhook payloads (big orders) stay well under this. */
const MAX_WEBHOOK_BYTES = '2mb';

type Verified =
  | {
      ok: true;
      shop: string;
      topic: string;
      eventId: string;
      webhookId: string | null;
      apiVersion: string | null;
      triggeredAt: number | null;
    }
  | {ok: false; reason: 'missing_headers' | 'missing_body' | 'invalid_hmac' | 'missing_hmac'};

/** One table from verification failure to HTTP status; a forged HMAC is a 401. */
const REJECTION_STATUS: Record<Exclude<Verified, {ok: true}>['reason'], number> = {
  missing_headers: 400,
  missing_body: 400,
  missing_hmac: 401,
  invalid_hmac: 401,
};

/**
 * Must be mounted before any JSON parser: the HMAC is computed on the raw body. The delivery is
 * stored durably first, acknowledged, and only then processed, so Shopify gets its answer fast and
 * a crash after the answer loses nothing.
 */
export function createWebhookRouter(deps: {
  api: Shopify;
  storage: Storage;
  processor: WebhookProcessor;
  logger: Logger;
  now: () => number;
}): Router {
  const router = express.Router();
  const installed = (shop: string) =>
    deps.storage.shops.isInstalled(shop).catch((error: unknown) => {
      throw new HeedError('STORAGE_UNAVAILABLE', 'Could not read the shop', {cause: error});
    });
  router.post(
    '/',
    express.text({type: '*/*', limit: MAX_WEBHOOK_BYTES}),
    async (req: Request, res: Response) => {
      const rawBody = typeof req.body === 'string' ? req.body : '';
      const verified = await verify(deps.api, req, res, rawBody);
      if (!verified.ok) {
        deps.logger.warn({reason: verified.reason}, 'webhook rejected');
        res
          .status(REJECTION_STATUS[verified.reason])
          .json({error: {code: 'WEBHOOK_REJECTED', message: 'Webhook rejected.'}});
        return;
      }
      if (!isJson(rawBody)) throw new HeedError('BAD_REQUEST', 'Webhook body is not JSON');
      // 200 all the same: anything else makes Shopify retry a delivery Heed will never want.
      if (!isHonouredForAnyShop(verified.topic) && !(await installed(verified.shop))) {
        deps.logger.info(
          {shop: verified.shop, topic: verified.topic},
          'webhook for a shop without Heed: not stored',
        );
        res.status(200).json({received: true, stored: false});
        return;
      }

      const delivery = {
        shop: verified.shop,
        eventId: verified.eventId,
        webhookId: verified.webhookId,
        topic: verified.topic,
        apiVersion: verified.apiVersion,
        triggeredAt: verified.triggeredAt,
        receivedAt: deps.now(),
        payload: rawBody,
      };
      let outcome: 'new' | 'duplicate';
      try {
        outcome = await deps.storage.webhookDeliveries.recordReceived(delivery);
      } catch (error) {
        throw new HeedError('STORAGE_UNAVAILABLE', 'Could not store webhook delivery', {
          cause: error,
        });
      }
      res.status(200).json({received: true, duplicate: outcome === 'duplicate'});
      if (outcome === 'new') deps.processor.processInBackground(delivery);
    },
  );
  return router;
}

async function verify(
  api: Shopify,
  req: Request,
  res: Response,
  rawBody: string,
): Promise<Verified> {
  const result = await api.webhooks.validate({rawBody, rawRequest: req, rawResponse: res});
  if (!result.valid) return {ok: false, reason: result.reason};
  const header = (name: string) => req.get(name) ?? null;
  const eventId = header(SHOPIFY_HEADERS.eventId) ?? header(SHOPIFY_HEADERS.webhookId);
  // Shopify's validator upper-cases the topic (ORDERS_CREATE); Heed keys on the header as sent.
  const topic = header(SHOPIFY_HEADERS.topic);
  if (!eventId || !topic) return {ok: false, reason: 'missing_headers'};
  const triggered = result.triggeredAt ? Date.parse(result.triggeredAt) : Number.NaN;
  return {
    ok: true,
    shop: result.domain,
    topic,
    eventId,
    webhookId: header(SHOPIFY_HEADERS.webhookId),
    apiVersion: result.apiVersion || null,
    triggeredAt: Number.isNaN(triggered) ? null : triggered,
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
