/**
 * Shop state as Admin GraphQL objects. Union and interface members carry `__typename`, which
 * graphql-js's default type resolver reads; fields with arguments (connections) are functions,
 * which its default field resolver calls with the arguments.
 */
import type {
  ShopState,
  SimAutomaticDiscount,
  SimCodeDiscount,
  SimContext,
  SimCustomer,
  SimItems,
  SimMinimum,
  SimMoney,
} from './shop-state';
import {statusAt} from './shop-state';

type GqlObject = Record<string, unknown>;
type GqlNode = GqlObject & {id: string};

export function connection<T extends {id: string}>(items: T[], args: GqlObject): GqlObject {
  const first = typeof args.first === 'number' ? args.first : items.length;
  const page = items.slice(0, Math.max(0, first));
  const cursor = (item: T) => Buffer.from(item.id).toString('base64url');
  const edges = page.map((node) => ({node, cursor: cursor(node)}));
  return {
    nodes: page,
    edges,
    pageInfo: {
      hasNextPage: items.length > page.length,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function shopObject(state: ShopState): GqlObject {
  const s = state.shop;
  return {
    id: `gid://shopify/Shop/${s.myshopifyDomain.split('.')[0] ?? 'shop'}`,
    name: s.name,
    myshopifyDomain: s.myshopifyDomain,
    currencyCode: s.currencyCode,
    ianaTimezone: s.ianaTimezone,
    primaryDomain: {
      id: 'gid://shopify/Domain/1',
      host: s.primaryDomainHost,
      url: `https://${s.primaryDomainHost}`,
      sslEnabled: true,
    },
    plan: s.plan,
  };
}

export function codeDiscountNode(d: SimCodeDiscount, state: ShopState, nowMs: number): GqlNode {
  const usage = {
    usageLimit: d.usageLimit,
    asyncUsageCount: d.usedCount,
    appliesOncePerCustomer: d.appliesOncePerCustomer,
  };
  const codeDiscount =
    d.kind === 'free_shipping'
      ? {__typename: 'DiscountCodeFreeShipping', ...common(d, state, nowMs), ...usage}
      : {
          __typename: 'DiscountCodeBasic',
          ...common(d, state, nowMs),
          ...usage,
          customerGets: customerGets(d, state),
        };
  return {id: d.id, codeDiscount};
}

export function automaticDiscountNode(
  d: SimAutomaticDiscount,
  state: ShopState,
  nowMs: number,
): GqlNode {
  const automaticDiscount =
    d.kind === 'free_shipping'
      ? {__typename: 'DiscountAutomaticFreeShipping', ...common(d, state, nowMs)}
      : {
          __typename: 'DiscountAutomaticBasic',
          ...common(d, state, nowMs),
          asyncUsageCount: 0,
          customerGets: customerGets(d, state),
        };
  return {id: d.id, automaticDiscount};
}

function common(d: SimCodeDiscount | SimAutomaticDiscount, state: ShopState, nowMs: number) {
  return {
    title: d.title,
    status: statusAt(d, nowMs),
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    createdAt: d.startsAt,
    updatedAt: d.startsAt,
    discountClasses: [d.discountClass],
    combinesWith: {...d.combinesWith, productDiscountsWithTagsOnSameCartLine: null},
    minimumRequirement: minimum(d.minimum, state.shop.currencyCode),
    context: context(d.context, state),
    summary: d.title,
    shortSummary: d.title,
    tags: [],
    appliesOnOneTimePurchase: true,
    appliesOnSubscription: false,
  };
}

function customerGets(d: SimCodeDiscount | SimAutomaticDiscount, state: ShopState): GqlObject {
  const currencyCode = state.shop.currencyCode;
  const value =
    d.value?.type === 'fixed_amount'
      ? {
          __typename: 'DiscountAmount',
          amount: {amount: d.value.amount, currencyCode},
          appliesOnEachItem: d.value.appliesOnEachItem,
        }
      : {__typename: 'DiscountPercentage', percentage: d.value?.percentage ?? 0};
  return {
    value,
    items: items(d.items, state),
    appliesOnOneTimePurchase: true,
    appliesOnSubscription: false,
  };
}

function items(scope: SimItems, state: ShopState): GqlObject {
  if (scope.type === 'products') {
    const products = state.products.filter((p) => scope.productIds.includes(p.id));
    return {
      __typename: 'DiscountProducts',
      products: (args: GqlObject) => connection(products, args),
      productVariants: (args: GqlObject) => connection([], args),
    };
  }
  if (scope.type === 'collections') {
    const collections = state.collections.filter((c) => scope.collectionIds.includes(c.id));
    return {
      __typename: 'DiscountCollections',
      collections: (args: GqlObject) => connection(collections, args),
    };
  }
  return {__typename: 'AllDiscountItems', allItems: true};
}

function context(audience: SimContext, state: ShopState): GqlObject {
  if (audience.type === 'customers') {
    const customers = state.customers.filter((c) => audience.customerIds.includes(c.id));
    return {__typename: 'DiscountCustomers', customers: customers.map(customerObject)};
  }
  if (audience.type === 'segments') {
    return {__typename: 'DiscountCustomerSegments', segments: audience.segments};
  }
  return {__typename: 'DiscountBuyerSelectionAll', all: 'ALL'};
}

function minimum(requirement: SimMinimum | null, currencyCode: string): GqlObject | null {
  if (requirement === null) return null;
  if (requirement.type === 'quantity') {
    // UnsignedInt64 travels as a string.
    return {
      __typename: 'DiscountMinimumQuantity',
      greaterThanOrEqualToQuantity: String(requirement.quantity),
    };
  }
  return {
    __typename: 'DiscountMinimumSubtotal',
    greaterThanOrEqualToSubtotal: money({amount: requirement.amount, currencyCode}),
  };
}

export function customerObject(c: SimCustomer): GqlObject {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    displayName: `${c.firstName} ${c.lastName}`,
    numberOfOrders: String(c.numberOfOrders),
    amountSpent: money(c.amountSpent),
    emailMarketingConsent: {...c.emailMarketingConsent, marketingOptInLevel: 'SINGLE_OPT_IN'},
    createdAt: c.createdAt,
  };
}

function money(m: SimMoney): GqlObject {
  return {amount: m.amount, currencyCode: m.currencyCode};
}
