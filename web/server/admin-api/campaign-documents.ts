/**
 * Documents the campaign form and its verification send besides the discount look-ups of
 * documents.ts: what a promised product belongs to, and the pickers' lists (segments, codes).
 */

/**
 * The collections each promised product is in, so a code scoped to collections can be held to a
 * promise that names products. `nodes` answers null for an id the shop no longer has.
 * https://shopify.dev/docs/api/admin-graphql/latest/queries/nodes
 */
export const PRODUCT_COLLECTIONS_QUERY = /* GraphQL */ `
  query ProductCollections($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Product {
        id
        collections(first: 50) {
          nodes {
            id
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

/**
 * The shop's customer segments for the campaign form's audience picker, searched by name.
 * https://shopify.dev/docs/api/admin-graphql/latest/queries/segments
 */
export const SEGMENTS_QUERY = /* GraphQL */ `
  query Segments($first: Int!, $query: String) {
    segments(first: $first, query: $query) {
      nodes {
        id
        name
      }
    }
  }
`;

const CODES = `title
  status
  codes(first: 5) {
    nodes {
      code
    }
  }`;

/**
 * The shop's active and scheduled code discounts with their codes, for the campaign form's code
 * autocomplete. https://shopify.dev/docs/api/admin-graphql/latest/queries/discountNodes
 */
export const SHOP_CODE_DISCOUNTS_QUERY = /* GraphQL */ `
  query ShopCodeDiscounts($first: Int!, $query: String) {
    discountNodes(first: $first, query: $query, sortKey: TITLE) {
      nodes {
        id
        discount {
          __typename
          ... on DiscountCodeBasic {
            ${CODES}
          }
          ... on DiscountCodeBxgy {
            ${CODES}
          }
          ... on DiscountCodeFreeShipping {
            ${CODES}
          }
          ... on DiscountCodeApp {
            ${CODES}
          }
        }
      }
    }
  }
`;

export const CAMPAIGN_DOCUMENTS: Record<string, string> = {
  ProductCollections: PRODUCT_COLLECTIONS_QUERY,
  Segments: SEGMENTS_QUERY,
  ShopCodeDiscounts: SHOP_CODE_DISCOUNTS_QUERY,
};
