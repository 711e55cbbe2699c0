/** Fragments shared by the documents in documents.ts (a document includes each one it spreads). */

export const COMBINES_WITH = /* GraphQL */ `
  fragment CombinesWith on DiscountCombinesWith {
    orderDiscounts
    productDiscounts
    shippingDiscounts
  }
`;

export const CUSTOMER_GETS_VALUE = /* GraphQL */ `
  fragment CustomerGetsValue on DiscountCustomerGetsValue {
    __typename
    ... on DiscountPercentage {
      percentage
    }
    ... on DiscountAmount {
      amount {
        amount
        currencyCode
      }
      appliesOnEachItem
    }
  }
`;

// The first 25 products or collections, with whether there are more: enough to say "this code
// covers only these", and to know when a promised product may lie beyond the page read.
export const DISCOUNT_ITEMS = /* GraphQL */ `
  fragment DiscountItemsScope on DiscountItems {
    __typename
    ... on AllDiscountItems {
      allItems
    }
    ... on DiscountProducts {
      products(first: 25) {
        nodes {
          id
          title
        }
        pageInfo {
          hasNextPage
        }
      }
    }
    ... on DiscountCollections {
      collections(first: 25) {
        nodes {
          id
          title
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`;

// `context` replaces the deprecated `customerSelection`: who may use the discount.
export const DISCOUNT_CONTEXT = /* GraphQL */ `
  fragment DiscountAudience on DiscountContext {
    __typename
    ... on DiscountCustomers {
      customers {
        id
      }
    }
    ... on DiscountCustomerSegments {
      segments {
        id
        name
      }
    }
  }
`;

export const MINIMUM_REQUIREMENT = /* GraphQL */ `
  fragment MinimumRequirement on DiscountMinimumRequirement {
    __typename
    ... on DiscountMinimumSubtotal {
      greaterThanOrEqualToSubtotal {
        amount
        currencyCode
      }
    }
    ... on DiscountMinimumQuantity {
      greaterThanOrEqualToQuantity
    }
  }
`;
