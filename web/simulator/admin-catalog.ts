/**
 * The catalogue and audience root fields: `nodes(ids:)` for products and collections (what a
 * promised product belongs to) and `segments` (the campaign form's audience picker). Like Shopify,
 * `nodes` answers null for an id the shop does not have, and `segments` matches `query` on names.
 */
import {connection} from './admin-objects';
import type {ShopState} from './shop-state';

type Args = Record<string, unknown>;

export function catalogRootFields(state: ShopState): Record<string, unknown> {
  return {
    nodes: (args: Args) => {
      const ids = Array.isArray(args.ids) ? args.ids.map(String) : [];
      return ids.map((id) => productNode(state, id) ?? collectionNode(state, id) ?? null);
    },
    segments: (args: Args) => {
      const wanted = nameQuery(args.query);
      const matching = state.segments.filter((s) => s.name.toLowerCase().includes(wanted));
      return connection(matching, args);
    },
  };
}

function productNode(state: ShopState, id: string) {
  const product = state.products.find((p) => p.id === id);
  if (!product) return undefined;
  const collections = state.collections.filter((c) => product.collectionIds.includes(c.id));
  return {
    __typename: 'Product',
    id: product.id,
    title: product.title,
    collections: (args: Args) => connection(collections, args),
  };
}

function collectionNode(state: ShopState, id: string) {
  const collection = state.collections.find((c) => c.id === id);
  return collection ? {__typename: 'Collection', ...collection} : undefined;
}

/** `name:VIP*`, `VIP` or nothing: the part of Shopify's search syntax the picker sends. */
function nameQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query
    .replace(/^name:/i, '')
    .replace(/[*'"]/g, '')
    .trim()
    .toLowerCase();
}
