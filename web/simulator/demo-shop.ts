/**
 * "Fabulous Furs", the store from the story Heed exists for (../shared/seeds): a 20%-off email, a
 * code that covers only throws, a 15% code that looks like the promise but is not, an expired
 * September code, and an automatic discount that does not combine with any code. Windows are set
 * relative to `nowMs`, so the demo always shows a campaign in flight.
 */
import {createDemoCommerce} from './demo-customers';
import type {
  ShopState,
  SimCodeDiscount,
  SimCombinesWith,
  SimLineItem,
  SimProduct,
} from './shop-state';

export const DEMO_SHOP_DOMAIN = 'fabulous-furs.myshopify.com';
/** The demo shop's own clock (Admin API `shop.ianaTimezone`). */
export const DEMO_SHOP_TIME_ZONE = 'America/Toronto';

const DAY_MS = 86_400_000;
const CURRENCY = 'CAD';

const collection = (n: number) => `gid://shopify/Collection/${n}`;
const product = (n: number) => `gid://shopify/Product/${n}`;
const variant = (n: number) => `gid://shopify/ProductVariant/${n}`;
const segment = (n: number) => `gid://shopify/Segment/${n}`;

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
  const line = (p: SimProduct): SimLineItem => ({
    title: p.title,
    productId: p.id,
    variantId: p.variants?.[0]?.id ?? null,
    sku: p.variants?.[0]?.sku ?? null,
    quantity: 1,
    unitPrice: p.price,
  });
  const products = demoProducts();
  const [sableProduct, foxProduct, , hatProduct] = products;
  if (!sableProduct || !foxProduct || !hatProduct)
    throw new Error('The demo catalogue is incomplete');
  const [sable, fox, hat] = [line(sableProduct), line(foxProduct), line(hatProduct)];
  const campaignWindow = {startsAt: at(-3), endsAt: at(28)};

  return {
    shop: {
      name: 'Fabulous Furs',
      myshopifyDomain: shopDomain,
      primaryDomainHost: `www.${handle}.example`,
      currencyCode: CURRENCY,
      ianaTimezone: DEMO_SHOP_TIME_ZONE,
      plan: {publicDisplayName: 'Advanced', shopifyPlus: false, partnerDevelopment: false},
    },
    collections: [
      {id: collection(1001), title: 'Throws & Blankets'},
      {id: collection(1002), title: 'Coats'},
      {id: collection(1003), title: 'Hats & Accessories'},
    ],
    products,
    segments: [
      {id: segment(5001), name: 'VIP customers', query: 'amount_spent >= 1000'},
      {
        id: segment(5002),
        name: 'Email subscribers',
        query: "customer_email_subscription_status = 'SUBSCRIBED'",
      },
      {
        id: segment(5003),
        name: 'Customers who bought a coat',
        query: "products_purchased(tag: 'coat')",
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
          segments: [{id: segment(5001), name: 'VIP customers'}],
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
    ...createDemoCommerce(shopDomain, nowMs, CURRENCY, {sable, hat, fox}),
    webPixel: null,
  };
}

/**
 * One variant per product. The demo's simulated shoppers buy variant 2001; the pixel fixtures'
 * variants (test/fixtures/pixel) are here too, so a draft order can recreate their carts.
 */
function demoProducts(): SimProduct[] {
  const item = (
    n: number,
    title: string,
    price: string,
    collectionIds: string[],
    v: {id: number; title: string; sku: string},
  ): SimProduct => ({
    id: product(n),
    title,
    price,
    collectionIds,
    variants: [{id: variant(v.id), title: v.title, price, sku: v.sku}],
  });
  return [
    item(2001, 'Sable Faux Fur Throw', '189.00', [collection(1001)], {
      id: 2001,
      title: 'Sable / 50" x 60"',
      sku: 'FFT-SAB-5060',
    }),
    item(2002, 'Arctic Fox Faux Fur Throw', '169.00', [collection(1001)], {
      id: 2002,
      title: 'Arctic Fox / 50" x 60"',
      sku: 'FFT-AFX-5060',
    }),
    item(2003, 'Mink Faux Fur Coat', '495.00', [collection(1002)], {
      id: 2003,
      title: 'Mink / M',
      sku: 'FFC-MNK-M',
    }),
    item(2004, 'Faux Fur Trapper Hat', '79.00', [collection(1003)], {
      id: 2004,
      title: 'Grey / One size',
      sku: 'FFH-GRY-OS',
    }),
    item(2005, 'Faux Fur Throw', '120.00', [], {
      id: 44910284324974,
      title: 'Arctic White / 50" x 60"',
      sku: 'FFT-ARC-5060',
    }),
    item(2006, 'Faux Fur Slippers', '48.00', [], {
      id: 44910284456046,
      title: 'Blush / M',
      sku: 'FFS-BLU-M',
    }),
    item(2007, 'Faux Fur Pillow Cover', '45.00', [], {
      id: 44910284390510,
      title: 'Silver Fox / 20" x 20"',
      sku: 'FFP-SLV-2020',
    }),
  ];
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
