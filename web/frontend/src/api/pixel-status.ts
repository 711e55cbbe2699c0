import {z} from 'zod/mini';
import type {ApiClient} from './api-client';

/** `GET /api/pixel/status`: can Heed follow the shop's checkouts? */
export const PIXEL_STATUS_PATH = '/api/pixel/status';
const ACTIVATE_PATH = '/api/pixel/activate';

const pixelStatusSchema = z.object({
  pixel: z.object({active: z.boolean()}),
  checkouts: z.object({last24h: z.number(), lastActivityAt: z.nullable(z.number())}),
  quarantined: z.object({
    last24h: z.number(),
    /** The latest reasons events were set aside for, newest first. */
    recent: z.array(z.object({reason: z.string(), receivedAt: z.number()})),
  }),
});

export type PixelStatus = z.infer<typeof pixelStatusSchema>;

// Module-level: `useApiQuery` refetches when its parser changes identity.
export const parsePixelStatus = (body: unknown): PixelStatus => pixelStatusSchema.parse(body);

/** Turns the shop's web pixel on and answers the status that follows. */
export function activatePixel(client: ApiClient): Promise<PixelStatus> {
  return client.request(ACTIVATE_PATH, parsePixelStatus, {method: 'POST'});
}
