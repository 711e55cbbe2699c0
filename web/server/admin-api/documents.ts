/**
 * Every Admin GraphQL document Heed sends, in one place. `ADMIN_DOCUMENTS` lists them all: the
 * contract tests validate each one against Shopify's real schema for the pinned API version, and
 * the simulator answers them. Add a document here, and to the registry, or it will not be checked.
 */

import {
  COMBINES_WITH,
  CUSTOMER_GETS_VALUE,
  DISCOUNT_CONTEXT,
  DISCOUNT_ITEMS,
  MINIMUM_REQUIREMENT,
} from './fragments';
import {CAMPAIGN_DOCUMENTS} from './campaign-documents';
import {FOLLOWUP_DOCUMENTS} from './followup-documents';

export * from './campaign-documents';
export * from './followup-documents';

/** The shop's identity, currency, hosts, plan and time zone. */
export const SHOP_OVERVIEW_QUERY = /* GraphQL */ `
  query ShopOverview {
    shop {
      name
      myshopifyDomain
      currencyCode
      ianaTimezone
      primaryDomain {
        host
      }
      plan {
        publicDisplayName
        shopifyPlus
        partnerDevelopment
      }
    }
  }
`;

/** What campaign verification reads about the shop: the same document as the overview. */
export const SHOP_FACTS_QUERY = SHOP_OVERVIEW_QUERY;

/** One code discount looked up by its code, with everything needed to judge a promise. */
export const CODE_DISCOUNT_BY_CODE_QUERY = /* GraphQL */ `
  query CodeDiscountByCode($code: String!) {
    codeDiscountNodeByCode(code: $code) {
      id
      codeDiscount {
        __typename
        ... on DiscountCodeBasic {
          title
          status
          startsAt
          endsAt
          usageLimit
          asyncUsageCount
          appliesOncePerCustomer
          discountClasses
          combinesWith {
            ...CombinesWith
          }
          minimumRequirement {
            ...MinimumRequirement
          }
          customerGets {
            value {
              ...CustomerGetsValue
            }
            items {
              ...DiscountItemsScope
            }
          }
          context {
            ...DiscountAudience
          }
        }
        ... on DiscountCodeBxgy {
          title
          status
          startsAt
          endsAt
          usageLimit
          asyncUsageCount
          appliesOncePerCustomer
          discountClasses
          combinesWith {
            ...CombinesWith
          }
          context {
            ...DiscountAudience
          }
        }
        ... on DiscountCodeFreeShipping {
          title
          status
          startsAt
          endsAt
          usageLimit
          asyncUsageCount
          appliesOncePerCustomer
          discountClasses
          combinesWith {
            ...CombinesWith
          }
          minimumRequirement {
            ...MinimumRequirement
          }
          context {
            ...DiscountAudience
          }
        }
        ... on DiscountCodeApp {
          title
          status
          startsAt
          endsAt
          usageLimit
          asyncUsageCount
          appliesOncePerCustomer
          discountClasses
          combinesWith {
            ...CombinesWith
          }
          context {
            ...DiscountAudience
          }
        }
      }
    }
  }
  ${COMBINES_WITH}
  ${CUSTOMER_GETS_VALUE}
  ${DISCOUNT_ITEMS}
  ${DISCOUNT_CONTEXT}
  ${MINIMUM_REQUIREMENT}
`;

/**
 * Automatic discounts that may collide with a campaign's code. `$query` uses Shopify's search
 * syntax (`status:active OR status:scheduled`). `automaticDiscountNodes` is deprecated in favour
 * of `discountNodes` but still served in 2026-07; it returns automatic discounts only, which
 * `discountNodes` needs a `method:automatic` filter for.
 */
export const AUTOMATIC_DISCOUNTS_QUERY = /* GraphQL */ `
  query AutomaticDiscounts($first: Int!, $query: String) {
    automaticDiscountNodes(first: $first, query: $query) {
      nodes {
        id
        automaticDiscount {
          __typename
          ... on DiscountAutomaticBasic {
            title
            status
            startsAt
            endsAt
            discountClasses
            combinesWith {
              ...CombinesWith
            }
            customerGets {
              value {
                ...CustomerGetsValue
              }
            }
          }
          ... on DiscountAutomaticBxgy {
            title
            status
            startsAt
            endsAt
            discountClasses
            combinesWith {
              ...CombinesWith
            }
          }
          ... on DiscountAutomaticFreeShipping {
            title
            status
            startsAt
            endsAt
            discountClasses
            combinesWith {
              ...CombinesWith
            }
          }
          ... on DiscountAutomaticApp {
            title
            status
            startsAt
            endsAt
            discountClasses
            combinesWith {
              ...CombinesWith
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${COMBINES_WITH}
  ${CUSTOMER_GETS_VALUE}
`;

/** The app's own web pixel on this shop, if one was created (no id: the calling app's pixel). */
export const WEB_PIXEL_QUERY = /* GraphQL */ `
  query WebPixel {
    webPixel {
      id
      settings
    }
  }
`;

/** Activates the hesitation pixel; `settings` must match the extension's settings definition. */
export const WEB_PIXEL_CREATE_MUTATION = /* GraphQL */ `
  mutation WebPixelCreate($settings: JSON!) {
    webPixelCreate(webPixel: {settings: $settings}) {
      webPixel {
        id
        settings
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export const WEB_PIXEL_UPDATE_MUTATION = /* GraphQL */ `
  mutation WebPixelUpdate($id: ID!, $settings: JSON!) {
    webPixelUpdate(id: $id, webPixel: {settings: $settings}) {
      webPixel {
        id
        settings
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export const ADMIN_DOCUMENTS: Record<string, string> = {
  ShopOverview: SHOP_OVERVIEW_QUERY,
  CodeDiscountByCode: CODE_DISCOUNT_BY_CODE_QUERY,
  AutomaticDiscounts: AUTOMATIC_DISCOUNTS_QUERY,
  WebPixel: WEB_PIXEL_QUERY,
  WebPixelCreate: WEB_PIXEL_CREATE_MUTATION,
  WebPixelUpdate: WEB_PIXEL_UPDATE_MUTATION,
  ...CAMPAIGN_DOCUMENTS,
  ...FOLLOWUP_DOCUMENTS,
};
