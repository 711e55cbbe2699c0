import {z} from 'zod/mini';

/**
 * What the campaign form picks from the shop: its customer segments and its code discounts, read
 * from the Admin API by the server (`/api/lookups/*`).
 */
export const SEGMENTS_PATH = '/api/lookups/segments';
export const DISCOUNT_CODES_PATH = '/api/lookups/discount-codes';

const segmentsSchema = z.object({segments: z.array(z.object({id: z.string(), name: z.string()}))});
const discountCodesSchema = z.object({
  discounts: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      codes: z.array(z.string()),
    }),
  ),
});

export type ShopSegment = z.infer<typeof segmentsSchema>['segments'][number];
export type ShopCodeDiscount = z.infer<typeof discountCodesSchema>['discounts'][number];

// Module-level: `useApiQuery` refetches when its parser changes identity.
export const parseSegments = (body: unknown): ShopSegment[] => segmentsSchema.parse(body).segments;
export const parseDiscountCodes = (body: unknown): ShopCodeDiscount[] =>
  discountCodesSchema.parse(body).discounts;
