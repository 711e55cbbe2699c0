/**
 * The Admin GraphQL documents of human follow-up: who the shopper is and whether they ordered
 * since, how to reach them, resuming their order as a draft order, and refunding a broken promise.
 * Registered in `ADMIN_DOCUMENTS` (documents.ts) like every other document, so the contract test
 * validates them against the pinned schema.
 */

// The shop's money only: Heed compares amounts in the shop's currency.
const ORDER_REF = /* GraphQL */ `
  fragment FollowupOrderRef on Order {
    id
    name
    createdAt
    sourceName
    currentTotalPriceSet {
      shopMoney {
        amount
        currencyCode
      }
    }
  }
`;

// `email` and `phone` on Customer are deprecated in 2026-07 for these two objects.
const CUSTOMER_CONTACT = /* GraphQL */ `
  fragment FollowupCustomerContact on Customer {
    id
    firstName
    lastName
    locale
    defaultEmailAddress {
      emailAddress
      marketingState
    }
    defaultPhoneNumber {
      phoneNumber
    }
  }
`;

const ADDRESS_CONTACT = /* GraphQL */ `
  fragment FollowupAddressContact on MailingAddress {
    firstName
    lastName
    phone
  }
`;

/**
 * The shopper as a customer, and their orders matching `$ordersQuery` (search syntax:
 * `created_at:>='2026-11-27T16:00:00Z'`), newest first, from every channel.
 */
export const CUSTOMER_STATUS_QUERY = /* GraphQL */ `
  query CustomerStatus($id: ID!, $ordersQuery: String!, $first: Int!) {
    customer(id: $id) {
      ...FollowupCustomerContact
      createdAt
      numberOfOrders
      amountSpent {
        amount
        currencyCode
      }
      lastOrder {
        ...FollowupOrderRef
      }
      orders(first: $first, query: $ordersQuery, sortKey: CREATED_AT, reverse: true) {
        nodes {
          ...FollowupOrderRef
        }
      }
    }
  }
  ${CUSTOMER_CONTACT}
  ${ORDER_REF}
`;

/** Orders by search (`email:"…" created_at:>=…`): a guest's orders have no customer to ask. */
export const ORDERS_SEARCH_QUERY = /* GraphQL */ `
  query OrdersSearch($query: String!, $first: Int!) {
    orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) {
      nodes {
        ...FollowupOrderRef
      }
    }
  }
  ${ORDER_REF}
`;

/** How to reach a customer. */
export const CUSTOMER_CONTACT_QUERY = /* GraphQL */ `
  query CustomerContact($id: ID!) {
    customer(id: $id) {
      ...FollowupCustomerContact
    }
  }
  ${CUSTOMER_CONTACT}
`;

/** How to reach the shopper of an order, a guest's included. */
export const ORDER_CONTACT_QUERY = /* GraphQL */ `
  query OrderContact($id: ID!) {
    order(id: $id) {
      id
      email
      phone
      customerLocale
      customer {
        ...FollowupCustomerContact
      }
      billingAddress {
        ...FollowupAddressContact
      }
      shippingAddress {
        ...FollowupAddressContact
      }
    }
  }
  ${CUSTOMER_CONTACT}
  ${ADDRESS_CONTACT}
`;

/**
 * How to reach the shopper of an abandoned checkout (`$query` is `id:<number>`). AbandonedCheckout
 * has no email field in 2026-07: a guest's checkout gives a name and a phone, an email only
 * through its customer.
 */
export const ABANDONED_CHECKOUT_CONTACT_QUERY = /* GraphQL */ `
  query AbandonedCheckoutContact($query: String!) {
    abandonedCheckouts(first: 1, query: $query) {
      nodes {
        id
        customer {
          ...FollowupCustomerContact
        }
        billingAddress {
          ...FollowupAddressContact
        }
        shippingAddress {
          ...FollowupAddressContact
        }
      }
    }
  }
  ${CUSTOMER_CONTACT}
  ${ADDRESS_CONTACT}
`;

/**
 * Resumes an order. The customer goes in `purchasingEntity` (`customerId` is deprecated). A code
 * that does not apply is no error: Shopify skips it with a warning, which Heed reads back with
 * the discount total, so the page never claims a discount the draft order lacks.
 */
export const DRAFT_ORDER_CREATE_MUTATION = /* GraphQL */ `
  mutation DraftOrderCreate($input: DraftOrderInput!) {
    draftOrderCreate(input: $input) {
      draftOrder {
        id
        name
        invoiceUrl
        createdAt
        status
        totalDiscountsSet {
          shopMoney {
            amount
            currencyCode
          }
        }
        warnings {
          __typename
          message
          ... on DraftOrderDiscountNotAppliedWarning {
            discountCode
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`;

/** Shopify sends the invoice from the store; `customMessage` carries the staff member's words. */
export const DRAFT_ORDER_INVOICE_SEND_MUTATION = /* GraphQL */ `
  mutation DraftOrderInvoiceSend($id: ID!, $email: EmailInput) {
    draftOrderInvoiceSend(id: $id, email: $email) {
      draftOrder {
        id
        status
        invoiceSentAt
      }
      userErrors {
        field
        message
      }
    }
  }
`;

/** An order's payments: a refund names the sale (or capture) it returns money from. */
export const ORDER_TRANSACTIONS_QUERY = /* GraphQL */ `
  query OrderTransactions($id: ID!) {
    order(id: $id) {
      id
      name
      refundable
      transactions(first: 50) {
        id
        kind
        status
        gateway
        amountSet {
          presentmentMoney {
            amount
            currencyCode
          }
        }
        maximumRefundableV2 {
          amount
          currencyCode
        }
        parentTransaction {
          id
        }
      }
    }
  }
`;

/**
 * Needs the `write_orders` scope. Since 2026-04 Shopify requires an idempotency key on
 * `refundCreate`: the same key never refunds twice, so a retried request is safe.
 * https://shopify.dev/docs/api/usage/idempotent-requests
 */
export const REFUND_CREATE_MUTATION = /* GraphQL */ `
  mutation RefundCreate($input: RefundInput!, $idempotencyKey: String!) {
    refundCreate(input: $input) @idempotent(key: $idempotencyKey) {
      refund {
        id
        createdAt
        totalRefundedSet {
          presentmentMoney {
            amount
            currencyCode
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`;

export const FOLLOWUP_DOCUMENTS: Record<string, string> = {
  CustomerStatus: CUSTOMER_STATUS_QUERY,
  OrdersSearch: ORDERS_SEARCH_QUERY,
  CustomerContact: CUSTOMER_CONTACT_QUERY,
  OrderContact: ORDER_CONTACT_QUERY,
  AbandonedCheckoutContact: ABANDONED_CHECKOUT_CONTACT_QUERY,
  DraftOrderCreate: DRAFT_ORDER_CREATE_MUTATION,
  DraftOrderInvoiceSend: DRAFT_ORDER_INVOICE_SEND_MUTATION,
  OrderTransactions: ORDER_TRANSACTIONS_QUERY,
  RefundCreate: REFUND_CREATE_MUTATION,
};
