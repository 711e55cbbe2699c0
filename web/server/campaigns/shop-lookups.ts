import {z} from 'zod';
import {SEGMENTS_QUERY, SHOP_CODE_DISCOUNTS_QUERY} from '../admin-api/documents';
import type {AdminQuery} from './read-discounts';

/** What the campaign form picks from: the shop's customer segments and its code discounts. */
export interface ShopSegment {
  id: string;
  name: string;
}

export interface ShopCodeDiscount {
  id: string;
  title: string;
  status: string;
  codes: string[];
}

const PAGE = 50;

const segmentsResponse = z.object({
  segments: z.object({nodes: z.array(z.object({id: z.string(), name: z.string()}))}),
});

const codeDiscountsResponse = z.object({
  discountNodes: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        discount: z.union([
          z.object({
            __typename: z.string(),
            title: z.string(),
            status: z.string(),
            codes: z.object({nodes: z.array(z.object({code: z.string()}))}),
          }),
          z.object({__typename: z.string()}),
        ]),
      }),
    ),
  }),
});

export type LookupResult<T> = {ok: true; value: T} | {ok: false; retryable: boolean};

export function createShopLookups(query: AdminQuery) {
  return {
    async segments(shop: string): Promise<LookupResult<ShopSegment[]>> {
      const result = await query(shop, SEGMENTS_QUERY, {first: PAGE}, segmentsResponse);
      if (!result.ok) return {ok: false, retryable: result.retryable};
      return {ok: true, value: result.data.segments.nodes};
    },

    /** Codes a campaign can still promise: the active and scheduled ones, by title. */
    async codeDiscounts(shop: string): Promise<LookupResult<ShopCodeDiscount[]>> {
      const result = await query(
        shop,
        SHOP_CODE_DISCOUNTS_QUERY,
        {first: PAGE, query: 'method:code status:active,scheduled'},
        codeDiscountsResponse,
      );
      if (!result.ok) return {ok: false, retryable: result.retryable};
      return {
        ok: true,
        value: result.data.discountNodes.nodes.flatMap(({id, discount}) =>
          'codes' in discount
            ? [
                {
                  id,
                  title: discount.title,
                  status: discount.status,
                  codes: discount.codes.nodes.map((n) => n.code),
                },
              ]
            : [],
        ),
      };
    },
  };
}

export type ShopLookups = ReturnType<typeof createShopLookups>;
