/**
 * The catalogue and audience root fields: `nodes(ids:)` for products and collections (what a
 * promised product belongs to) and `segments` (the campaign form's audience picker). Like Shopify,
 * `nodes` answers null for an id the shop does not have, and `segments` matches `query` on names.
 */
import {codeDiscountNode, connection} from './admin-objects';
import {statusAt, type ShopState, type SimCodeDiscount} from './shop-state';

type Args = Record<string, unknown>;

export function catalogRootFields(state: ShopState, nowMs: number): Record<string, unknown> {
  return {
    nodes: (args: Args) => {
      const ids = Array.isArray(args.ids) ? args.ids.map(String) : [];
      return ids.map((id) => productNode(state, id) ?? collectionNode(state, id) ?? null);
    },
    discountNodes: (args: Args) => {
      const filter = discountFilter(args.query);
      // Only code discounts are simulated here; a query for automatic ones alone finds none.
      const codes = filter.methods.size === 0 || filter.methods.has('code');
      const matching = (codes ? state.codeDiscounts : [])
        .filter((d) => filter.statuses.size === 0 || filter.statuses.has(statusAt(d, nowMs)))
        .sort((a, b) => a.title.localeCompare(b.title));
      return connection(
        matching.map((d) => codeDiscountAsNode(d, state, nowMs)),
        args,
      );
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

/** A code discount as `discountNodes` answers it: the node's `discount`, with its codes. */
function codeDiscountAsNode(d: SimCodeDiscount, state: ShopState, nowMs: number) {
  const {codeDiscount} = codeDiscountNode(d, state, nowMs);
  const redeemCode = {
    id: `gid://shopify/DiscountRedeemCode/${d.id.split('/').at(-1) ?? '0'}`,
    code: d.code,
  };
  return {
    id: d.id,
    discount: {
      ...(codeDiscount as Record<string, unknown>),
      codes: (args: Args) => connection([redeemCode], args),
    },
  };
}

/** `method:code status:active,scheduled`: the filters the code autocomplete sends. */
function discountFilter(query: unknown) {
  const text = typeof query === 'string' ? query.toLowerCase() : '';
  const values = (name: string) =>
    new Set(
      [...text.matchAll(new RegExp(`${name}:([a-z,]+)`, 'g'))].flatMap((m) =>
        (m[1] ?? '').split(','),
      ),
    );
  return {
    methods: values('method'),
    statuses: new Set([...values('status')].map((s) => s.toUpperCase())),
  };
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
