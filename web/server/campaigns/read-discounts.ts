import type {z} from 'zod';
import type {
  AutomaticDiscountFacts,
  CodeDiscountFacts,
  CombinesWith,
  DiscountClass,
  DiscountLookup,
  DiscountValue,
} from './discount-facts';
import type {DiscountReader, ProductCollections, ReadResult} from './discount-reader';
import {
  automaticDiscountsResponse,
  codeDiscountByCodeResponse,
  productCollectionsResponse,
  shopFactsResponse,
  type CodeDiscountNode,
} from './discount-responses';
import {
  AUTOMATIC_DISCOUNTS_QUERY,
  CODE_DISCOUNT_BY_CODE_QUERY,
  PRODUCT_COLLECTIONS_QUERY,
  SHOP_FACTS_QUERY,
} from '../admin-api/documents';

/** One Admin GraphQL call for a shop, answered through the typed, throttle-aware client. */
export type AdminQuery = <T>(
  shop: string,
  document: string,
  variables: Record<string, unknown>,
  schema: z.ZodType<T>,
) => Promise<{ok: true; data: T} | {ok: false; reason: string; retryable: boolean}>;

const AUTOMATIC_PAGE = 25;

/** Verification's view of a shop's discounts, read from the Admin API and normalised. */
export function createAdminDiscountReader(query: AdminQuery): DiscountReader {
  return {
    async shop(shop) {
      const result = await query(shop, SHOP_FACTS_QUERY, {}, shopFactsResponse);
      if (!result.ok) return failure(result);
      const s = result.data.shop;
      return {
        ok: true,
        value: {
          domain: s.myshopifyDomain,
          currencyCode: s.currencyCode,
          hosts: unique([s.primaryDomain.host, s.myshopifyDomain]),
          timeZone: s.ianaTimezone ?? null,
        },
      };
    },

    async codes(shop, codes) {
      const lookups: DiscountLookup[] = [];
      for (const code of codes) {
        const result = await query(
          shop,
          CODE_DISCOUNT_BY_CODE_QUERY,
          {code},
          codeDiscountByCodeResponse,
        );
        if (!result.ok) return failure(result);
        const node = result.data.codeDiscountNodeByCode;
        lookups.push(node ? toCodeFacts(code, node.id, node.codeDiscount) : {code, found: false});
      }
      return {ok: true, value: lookups};
    },

    async automatic(shop, from, to) {
      // Shopify's search syntax: automatic discounts that have not ended before the window opens.
      const search = `status:active OR status:scheduled`;
      const result = await query(
        shop,
        AUTOMATIC_DISCOUNTS_QUERY,
        {first: AUTOMATIC_PAGE, query: search},
        automaticDiscountsResponse,
      );
      if (!result.ok) return failure(result);
      const facts = result.data.automaticDiscountNodes.nodes.map((node): AutomaticDiscountFacts => {
        const d = node.automaticDiscount;
        return {
          id: node.id,
          title: d.title,
          discountClass: classOf(d.discountClasses),
          value:
            'customerGets' in d
              ? valueOf(d.customerGets.value)
              : {type: 'other', description: d.title},
          startsAt: Date.parse(d.startsAt),
          endsAt: d.endsAt === null ? null : Date.parse(d.endsAt),
          combinesWith: d.combinesWith,
        };
      });
      return {
        ok: true,
        value: facts.filter((f) => f.startsAt < to && (f.endsAt === null || f.endsAt > from)),
      };
    },

    async productCollections(shop, productIds) {
      if (productIds.length === 0) return {ok: true, value: {}};
      const result = await query(
        shop,
        PRODUCT_COLLECTIONS_QUERY,
        {ids: productIds},
        productCollectionsResponse,
      );
      if (!result.ok) return failure(result);
      const value: ProductCollections = {};
      for (const node of result.data.nodes) {
        if (node === null || !('collections' in node)) continue;
        value[node.id] = {
          collectionIds: node.collections.nodes.map((c) => c.id),
          complete: !node.collections.pageInfo.hasNextPage,
        };
      }
      return {ok: true, value};
    },
  };
}

function toCodeFacts(code: string, id: string, d: CodeDiscountNode): CodeDiscountFacts {
  const base = {
    code,
    found: true as const,
    id,
    title: d.title,
    status: d.status,
    discountClass: classOf(d.discountClasses),
    startsAt: Date.parse(d.startsAt),
    endsAt: d.endsAt === null ? null : Date.parse(d.endsAt),
    combinesWith: d.combinesWith as CombinesWith,
  };
  if (d.__typename === 'DiscountCodeBasic' && 'customerGets' in d) {
    return {
      ...base,
      value: valueOf(d.customerGets.value),
      usageLimit: d.usageLimit,
      usedCount: d.asyncUsageCount,
      appliesOncePerCustomer: d.appliesOncePerCustomer,
      items: itemsOf(d.customerGets.items),
      context: contextOf(d.context),
      minimum: minimumOf(d.minimumRequirement),
    };
  }
  if (d.__typename === 'DiscountCodeFreeShipping' && 'context' in d) {
    return {
      ...base,
      value: {type: 'free_shipping'},
      usageLimit: d.usageLimit,
      usedCount: d.asyncUsageCount,
      appliesOncePerCustomer: d.appliesOncePerCustomer,
      items: {type: 'all'},
      context: contextOf(d.context),
      minimum: minimumOf(d.minimumRequirement),
    };
  }
  // Buy X get Y and app discounts: Heed cannot compare them with a simple promise.
  return {
    ...base,
    value: {
      type: 'other',
      description: `a ${d.__typename.replace('DiscountCode', '').toLowerCase()} discount`,
    },
    usageLimit: null,
    usedCount: 0,
    appliesOncePerCustomer: false,
    items: {type: 'all'},
    context: {type: 'all'},
    minimum: null,
  };
}

type Value = Extract<CodeDiscountNode, {__typename: 'DiscountCodeBasic'}>['customerGets']['value'];

function valueOf(value: Value): DiscountValue {
  if ('percentage' in value && typeof value.percentage === 'number')
    return {type: 'percentage', percent: Math.round(value.percentage * 10_000) / 100};
  if ('amount' in value && value.amount)
    return {type: 'fixed_amount', amount: Number(value.amount.amount)};
  return {type: 'other', description: value.__typename};
}

type Items = Extract<CodeDiscountNode, {__typename: 'DiscountCodeBasic'}>['customerGets']['items'];

function itemsOf(items: Items): CodeDiscountFacts['items'] {
  if ('products' in items && items.products) return {type: 'products', ...pageOf(items.products)};
  if ('collections' in items && items.collections)
    return {type: 'collections', ...pageOf(items.collections)};
  const none = {count: 0, titles: [], ids: [], complete: false};
  if (items.__typename === 'DiscountProducts') return {type: 'products', ...none};
  if (items.__typename === 'DiscountCollections') return {type: 'collections', ...none};
  return {type: 'all'};
}

function pageOf(page: {
  nodes: Array<{id: string; title: string}>;
  pageInfo: {hasNextPage: boolean};
}) {
  return {
    count: page.nodes.length,
    titles: page.nodes.map((n) => n.title),
    ids: page.nodes.map((n) => n.id),
    complete: !page.pageInfo.hasNextPage,
  };
}

type Context = Extract<CodeDiscountNode, {__typename: 'DiscountCodeBasic'}>['context'];

function contextOf(context: Context): CodeDiscountFacts['context'] {
  if ('customers' in context && Array.isArray(context.customers))
    return {type: 'customers', count: context.customers.length};
  if ('segments' in context && Array.isArray(context.segments)) {
    return {
      type: 'segments',
      ids: context.segments.map((s) => s.id),
      titles: context.segments.map((s) => s.name),
    };
  }
  return {type: 'all'};
}

type Minimum = Extract<CodeDiscountNode, {__typename: 'DiscountCodeBasic'}>['minimumRequirement'];

function minimumOf(minimum: Minimum): CodeDiscountFacts['minimum'] {
  if (minimum === null) return null;
  if ('greaterThanOrEqualToSubtotal' in minimum)
    return {type: 'subtotal', amount: Number(minimum.greaterThanOrEqualToSubtotal.amount)};
  if ('greaterThanOrEqualToQuantity' in minimum)
    return {type: 'quantity', quantity: Number(minimum.greaterThanOrEqualToQuantity)};
  return null;
}

function classOf(classes: string[]): DiscountClass {
  if (classes.includes('SHIPPING')) return 'shipping';
  if (classes.includes('PRODUCT')) return 'product';
  return 'order';
}

function failure(result: {reason: string; retryable: boolean}): ReadResult<never> {
  const reason =
    result.reason === 'unauthorized'
      ? 'unauthorized'
      : result.reason === 'invalid_response'
        ? 'invalid_response'
        : 'shopify_unavailable';
  return {ok: false, reason, retryable: result.retryable};
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.toLowerCase()))];
}
