import {z} from 'zod';
import type {AdminApiClient, AdminSession} from '../admin-api/client';
import {
  WEB_PIXEL_CREATE_MUTATION,
  WEB_PIXEL_QUERY,
  WEB_PIXEL_UPDATE_MUTATION,
} from '../admin-api/documents';
import {userErrorsSchema, withUserErrors} from '../admin-api/result';
import type {Storage} from '../storage';
import {hashIngestKey, newIngestKey} from '../signals/ingest-key';

/** Settings of the hesitation pixel; the names match `extensions/hesitation-pixel/shopify.extension.toml`. */
export interface PixelSettings {
  ingestUrl: string;
  ingestKey: string;
}

const pixelPayload = z.object({id: z.string()}).nullable();
const webPixelQuery = z.object({webPixel: pixelPayload});
const createPayload = z.object({
  webPixelCreate: z.object({webPixel: pixelPayload, userErrors: userErrorsSchema}).nullable(),
});
const updatePayload = z.object({
  webPixelUpdate: z.object({webPixel: pixelPayload, userErrors: userErrorsSchema}).nullable(),
});

export type ActivationResult = {ok: true; webPixelId: string} | {ok: false; reason: string};

/**
 * Turns on Heed's web pixel for a shop with a fresh ingest key, creating it on first install and
 * updating its settings afterwards. Only the key's hash is kept.
 * https://shopify.dev/docs/apps/build/marketing-analytics/build-web-pixels
 */
export async function activatePixel(
  deps: {client: AdminApiClient; storage: Storage; ingestUrl: string; now: number},
  session: AdminSession,
): Promise<ActivationResult> {
  const key = newIngestKey();
  const settings = JSON.stringify({
    ingestUrl: deps.ingestUrl,
    ingestKey: key,
  } satisfies PixelSettings);
  const existing = await deps.client.request(session, WEB_PIXEL_QUERY, {}, webPixelQuery);
  const current = existing.ok ? existing.data.webPixel : null;
  const result = current
    ? withUserErrors(
        await deps.client.request(
          session,
          WEB_PIXEL_UPDATE_MUTATION,
          {id: current.id, settings},
          updatePayload,
        ),
        (d) => d.webPixelUpdate,
      )
    : withUserErrors(
        await deps.client.request(session, WEB_PIXEL_CREATE_MUTATION, {settings}, createPayload),
        (d) => d.webPixelCreate,
      );
  if (!result.ok) return {ok: false, reason: result.messages.join('; ') || result.reason};
  const pixel =
    'webPixelUpdate' in result.data
      ? result.data.webPixelUpdate?.webPixel
      : result.data.webPixelCreate?.webPixel;
  if (!pixel) return {ok: false, reason: 'Shopify returned no web pixel'};
  await deps.storage.shops.setIngestKey(session.shop, hashIngestKey(key), pixel.id, deps.now);
  return {ok: true, webPixelId: pixel.id};
}
