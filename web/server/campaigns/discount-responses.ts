import {z} from 'zod';

/**
 * The shapes of Admin API answers that verification reads (documents in admin-api/documents.ts).
 * `__typename` picks the union member; unknown members stay readable as "other".
 */
const money = z.object({amount: z.string(), currencyCode: z.string()});
const combinesWith = z.object({
  orderDiscounts: z.boolean(),
  productDiscounts: z.boolean(),
  shippingDiscounts: z.boolean(),
});

const customerGetsValue = z.union([
  z.object({__typename: z.literal('DiscountPercentage'), percentage: z.number()}),
  z.object({
    __typename: z.literal('DiscountAmount'),
    amount: money,
    appliesOnEachItem: z.boolean().optional(),
  }),
  z.object({__typename: z.string()}),
]);

const titledPage = z.object({
  nodes: z.array(z.object({id: z.string(), title: z.string()})),
  pageInfo: z.object({hasNextPage: z.boolean()}),
});

const items = z.union([
  z.object({__typename: z.literal('AllDiscountItems'), allItems: z.boolean().optional()}),
  z.object({__typename: z.literal('DiscountProducts'), products: titledPage.optional()}),
  z.object({__typename: z.literal('DiscountCollections'), collections: titledPage.optional()}),
  z.object({__typename: z.string()}),
]);

const context = z.union([
  z.object({__typename: z.literal('DiscountBuyerSelectionAll')}),
  z.object({
    __typename: z.literal('DiscountCustomers'),
    customers: z.array(z.object({id: z.string()})),
  }),
  z.object({
    __typename: z.literal('DiscountCustomerSegments'),
    segments: z.array(z.object({id: z.string(), name: z.string()})),
  }),
  z.object({__typename: z.string()}),
]);

const minimumRequirement = z
  .union([
    z.object({
      __typename: z.literal('DiscountMinimumSubtotal'),
      greaterThanOrEqualToSubtotal: money,
    }),
    z.object({
      __typename: z.literal('DiscountMinimumQuantity'),
      greaterThanOrEqualToQuantity: z.union([z.string(), z.number()]),
    }),
    z.object({__typename: z.string()}),
  ])
  .nullable();

const common = {
  title: z.string(),
  status: z.enum(['ACTIVE', 'EXPIRED', 'SCHEDULED']),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  combinesWith,
  discountClasses: z.array(z.string()),
};

export const codeDiscount = z.union([
  z.object({
    __typename: z.literal('DiscountCodeBasic'),
    ...common,
    usageLimit: z.number().nullable(),
    asyncUsageCount: z.number(),
    appliesOncePerCustomer: z.boolean(),
    context,
    minimumRequirement,
    customerGets: z.object({value: customerGetsValue, items}),
  }),
  z.object({
    __typename: z.literal('DiscountCodeFreeShipping'),
    ...common,
    usageLimit: z.number().nullable(),
    asyncUsageCount: z.number(),
    appliesOncePerCustomer: z.boolean(),
    context,
    minimumRequirement,
  }),
  z.object({__typename: z.string(), ...common}),
]);

export const codeDiscountByCodeResponse = z.object({
  codeDiscountNodeByCode: z.object({id: z.string(), codeDiscount}).nullable(),
});

export const automaticDiscountsResponse = z.object({
  automaticDiscountNodes: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        automaticDiscount: z.union([
          z.object({
            __typename: z.literal('DiscountAutomaticBasic'),
            ...common,
            customerGets: z.object({value: customerGetsValue}),
          }),
          z.object({__typename: z.string(), ...common}),
        ]),
      }),
    ),
  }),
});

export const shopFactsResponse = z.object({
  shop: z.object({
    myshopifyDomain: z.string(),
    currencyCode: z.string(),
    ianaTimezone: z.string().nullish(),
    primaryDomain: z.object({host: z.string()}),
  }),
});

export type CodeDiscountNode = z.infer<typeof codeDiscount>;

/** `nodes(ids:)` for promised products: the collections each one is in (ProductCollections). */
export const productCollectionsResponse = z.object({
  nodes: z.array(
    z
      .union([
        z.object({
          __typename: z.literal('Product'),
          id: z.string(),
          collections: z.object({
            nodes: z.array(z.object({id: z.string()})),
            pageInfo: z.object({hasNextPage: z.boolean()}),
          }),
        }),
        z.object({__typename: z.string()}),
      ])
      .nullable(),
  ),
});
