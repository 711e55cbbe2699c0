import {z} from 'zod/mini';

/** `GET /api/overview`: the shop the admin is open on and whether Heed's storage is healthy. */
export const OVERVIEW_PATH = '/api/overview';

const overviewSchema = z.object({
  shop: z.object({
    domain: z.string(),
    name: z.string(),
    currencyCode: z.string(),
    /** The shop's IANA zone; null while Shopify has not told it (times are then UTC, and say so). */
    timeZone: z.optional(z.nullable(z.string())),
  }),
  storage: z.object({healthy: z.boolean()}),
});

export type Overview = z.infer<typeof overviewSchema>;

export function parseOverview(body: unknown): Overview {
  return overviewSchema.parse(body);
}
