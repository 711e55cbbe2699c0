/**
 * "Fabulous Furs", the store from the story Heed exists for (../shared/seeds): a 20%-off email, a
 * code that covers only throws, a 15% code that looks like the promise but is not, an expired
 * September code, and an automatic discount that does not combine with any code. Windows are set
 * relative to `nowMs`, so the demo always shows a campaign in flight.
 */
import type {ShopState, SimCodeDiscount, SimCombinesWith, SimLineItem} from './shop-state';

export const DEMO_SHOP_DOMAIN = 'fabulous-furs.myshopify.com';

const DAY_MS = 86_400_000;
const CURRENCY = 'CAD';

const collection = (n: number) => `gid://shopify/Collection/${n}`;
const product = (n: number) => `gid://shopify/Product/${n}`;
const customer = (n: number) => `gid://shopify/Customer/${n}`;

const COMBINES_ONLY_WITH_SHIPPING: SimCombinesWith = {
  orderDiscounts: false,
  productDiscounts: false,
  shippingDiscounts: true,
};

export function createDemoShopState(
  shopDomain: string = DEMO_SHOP_DOMAIN,
  nowMs = Date.now(),
): ShopState {
  const at = (days: number) => new Date(nowMs + days * DAY_MS).toISOString();
  const handle = shopDomain.replace(/\.myshopify\.com$/, '');
  const sable: SimLineItem = {
    title: 'Sable Faux Fur Throw',
    productId: product(2001),
    quantity: 1,
    unitPrice: '189.00',
  };
  const hat: SimLineItem = {
    title: 'Faux Fur Trapper Hat',
    productId: product(2004),
    quantity: 1,
    unitPrice: '79.00',
  };
  const campaignWindow = {startsAt: at(-3), endsAt: at(28)};

  return {
    shop: {
      name: 'Fabulous Furs',
      myshopifyDomain: shopDomain,
      primaryDomainHost: `www.${handle}.example`,
      currencyCode: CURRENCY,
      ianaTimezone: 'America/Toronto',
      plan: {publicDisplayName: 'Advanced', shopifyPlus: false, partnerDevelopment: false},
    },
    collections: [
      {id: collection(1001), title: 'Throws & Blankets'},
      {id: collection(1002), title: 'Coats'},
      {id: collection(1003), title: 'Hats & Accessories'},
    ],
    products: [
      {
        id: product(2001),
        title: 'Sable Faux Fur Throw',
        price: '189.00',
        collectionIds: [collection(1001)],
      },
      {
        id: product(2002),
        title: 'Arctic Fox Faux Fur Throw',
        price: '169.00',
        collectionIds: [collection(1001)],
      },
      {
        id: product(2003),
        title: 'Mink Faux Fur Coat',
        price: '495.00',
        collectionIds: [collection(1002)],
      },
      {
        id: product(2004),
        title: 'Faux Fur Trapper Hat',
        price: '79.00',
        collectionIds: [collection(1003)],
      },
    ],
    codeDiscounts: [
      percentCode(3001, 'WINTER20', 'Winter email: 20% off your entire order', 0.2, {
        ...campaignWindow,
        usedCount: 41,
      }),
      percentCode(3002, 'FURS20', '20% off throws', 0.2, {
        ...campaignWindow,
        discountClass: 'PRODUCT',
        items: {type: 'collections', collectionIds: [collection(1001)]},
        usedCount: 12,
      }),
      percentCode(3003, 'SAVE15', '15% off orders over $100', 0.15, {
        startsAt: at(-60),
        minimum: {type: 'subtotal', amount: '100.00'},
        usageLimit: 500,
        usedCount: 37,
        appliesOncePerCustomer: true,
      }),
      percentCode(3004, 'SEPTEMBER20', 'September email: 20% off', 0.2, {
        startsAt: at(-90),
        endsAt: at(-60),
        usedCount: 212,
      }),
      percentCode(3005, 'VIP25', 'VIP thank-you: 25% off', 0.25, {
        ...campaignWindow,
        context: {
          type: 'segments',
          segments: [{id: 'gid://shopify/Segment/5001', name: 'VIP customers'}],
        },
        usageLimit: 100,
        usedCount: 3,
        appliesOncePerCustomer: true,
      }),
      percentCode(3006, 'SHIPFREE', 'Free shipping over $150', 0, {
        kind: 'free_shipping',
        discountClass: 'SHIPPING',
        startsAt: at(-30),
        value: null,
        minimum: {type: 'subtotal', amount: '150.00'},
        usedCount: 88,
        combinesWith: {orderDiscounts: true, productDiscounts: true, shippingDiscounts: false},
      }),
    ],
    automaticDiscounts: [
      {
        id: 'gid://shopify/DiscountAutomaticNode/4001',
        kind: 'basic',
        title: 'Hats 10% off (automatic)',
        discountClass: 'PRODUCT',
        startsAt: at(-10),
        endsAt: at(20),
        value: {type: 'percentage', percentage: 0.1},
        items: {type: 'collections', collectionIds: [collection(1003)]},
        context: {type: 'all'},
        minimum: null,
        combinesWith: {orderDiscounts: false, productDiscounts: false, shippingDiscounts: false},
      },
    ],
    customers: [
      {
        id: customer(6001),
        firstName: 'Morgan',
        lastName: 'Ellis',
        email: 'morgan.ellis@example.com',
        numberOfOrders: 7,
        amountSpent: {amount: '1845.50', currencyCode: CURRENCY},
        emailMarketingConsent: {marketingState: 'SUBSCRIBED', consentUpdatedAt: at(-700)},
        createdAt: at(-900),
      },
      {
        id: customer(6002),
        firstName: 'Priya',
        lastName: 'Raman',
        email: 'priya.raman@example.com',
        numberOfOrders: 0,
        amountSpent: {amount: '0.00', currencyCode: CURRENCY},
        emailMarketingConsent: {marketingState: 'NOT_SUBSCRIBED', consentUpdatedAt: null},
        createdAt: at(-2),
      },
      {
        id: customer(6003),
        firstName: 'Jonas',
        lastName: 'Berg',
        email: 'jonas.berg@example.com',
        numberOfOrders: 2,
        amountSpent: {amount: '258.00', currencyCode: CURRENCY},
        emailMarketingConsent: {marketingState: 'UNSUBSCRIBED', consentUpdatedAt: at(-40)},
        createdAt: at(-400),
      },
    ],
    orders: [
      {
        id: 'gid://shopify/Order/7001',
        name: '#1041',
        customerId: customer(6001),
        createdAt: at(-120),
        lineItems: [hat],
        discountCodes: [],
        subtotal: '79.00',
        totalDiscounts: '0.00',
        total: '79.00',
      },
      {
        id: 'gid://shopify/Order/7002',
        name: '#1087',
        customerId: customer(6003),
        createdAt: at(-45),
        lineItems: [sable],
        discountCodes: ['SEPTEMBER20'],
        subtotal: '189.00',
        totalDiscounts: '37.80',
        total: '151.20',
      },
    ],
    draftOrders: [
      {
        id: 'gid://shopify/DraftOrder/8001',
        name: '#D12',
        customerId: customer(6001),
        status: 'OPEN',
        lineItems: [sable],
        discountCode: 'WINTER20',
        invoiceUrl: `https://${shopDomain}/draft_orders/8001/invoice`,
        createdAt: at(-1),
      },
    ],
    abandonedCheckouts: [
      {
        id: 'gid://shopify/AbandonedCheckout/9001',
        customerId: customer(6001),
        createdAt: at(-1),
        lineItems: [sable],
        discountCodes: [],
        abandonedCheckoutUrl: `https://${shopDomain}/checkouts/cn/9001/recover`,
      },
    ],
    webPixel: null,
  };
}

/** A percentage code on the whole order, for everyone, with no limits, unless `rest` says otherwise. */
function percentCode(
  n: number,
  code: string,
  title: string,
  percentage: number,
  rest: Partial<SimCodeDiscount> & {startsAt: string},
): SimCodeDiscount {
  return {
    id: `gid://shopify/DiscountCodeNode/${n}`,
    kind: 'basic',
    code,
    title,
    discountClass: 'ORDER',
    endsAt: null,
    value: {type: 'percentage', percentage},
    items: {type: 'all'},
    context: {type: 'all'},
    minimum: null,
    usageLimit: null,
    usedCount: 0,
    appliesOncePerCustomer: false,
    combinesWith: COMBINES_ONLY_WITH_SHIPPING,
    ...rest,
  };
}
