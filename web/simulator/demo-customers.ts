/**
 * The people of the Fabulous Furs demo store: a customer of many years (the one the story's shop
 * thanked "for registering"), a brand-new one, one who just ordered by phone, the customer of the
 * `orders/create` fixture, the shoppers of the demo's example cases and of its live shoppers;
 * their orders, a draft order, an abandoned checkout, and the staff accounts the demo's session
 * tokens name.
 */
import type {
  SimAbandonedCheckout,
  SimCustomer,
  SimDraftOrder,
  SimLineItem,
  SimOrder,
  SimStaffUser,
} from './commerce-state';
import {demoHistoryCustomers} from './demo-history-customers';

const DAY_MS = 86_400_000;

export interface DemoCommerce {
  customers: SimCustomer[];
  orders: SimOrder[];
  draftOrders: SimDraftOrder[];
  abandonedCheckouts: SimAbandonedCheckout[];
  staffUsers: SimStaffUser[];
}

const customer = (n: number) => `gid://shopify/Customer/${n}`;

export const DEMO_CUSTOMERS = {
  /** Customer since March 2019, 14 orders, subscribed to email, has a phone. */
  longTime: customer(6001),
  /** Signed up two days ago, never ordered. */
  newcomer: customer(6002),
  /** Ordered by phone (a draft order) a little over an hour ago. */
  phoneBuyer: customer(6003),
  /** Dana Whitfield of test/fixtures/webhooks/order-create.json. */
  fixture: customer(6940095564061),
  /** Québec, writes in French, a customer for two years; subscribed to email. */
  francophone: customer(6004),
  /** Bought once last winter; not subscribed. */
  oneOrder: customer(6005),
  /** A regular of the coats; subscribed. */
  regular: customer(6006),
  /** Buys coats for the family each winter: the demo's big cart that nobody calls in time. */
  bigCart: customer(6007),
  /** The demo's live shoppers: customers with no case yet when the demo starts. */
  liveFirst: customer(6011),
  liveSecond: customer(6012),
  liveThird: customer(6013),
} as const;

export function createDemoCommerce(
  shopDomain: string,
  nowMs: number,
  currencyCode: string,
  lines: {sable: SimLineItem; hat: SimLineItem; fox: SimLineItem},
): DemoCommerce {
  const at = (days: number) => new Date(nowMs + days * DAY_MS).toISOString();
  const money = (amount: string) => ({amount, currencyCode});
  const order = (
    n: number,
    name: string,
    who: SimCustomer,
    days: number,
    line: SimLineItem,
    extra: Partial<SimOrder> = {},
  ): SimOrder => ({
    id: `gid://shopify/Order/${n}`,
    name,
    customerId: who.id,
    email: who.email,
    phone: null,
    customerLocale: who.locale,
    createdAt: at(days),
    sourceName: 'web',
    checkoutToken: null,
    draftOrderId: null,
    lineItems: [line],
    discountCodes: [],
    customAttributes: [],
    subtotal: line.unitPrice,
    totalDiscounts: '0.00',
    shipping: '0.00',
    total: line.unitPrice,
    billingAddress: {
      firstName: who.firstName,
      lastName: who.lastName,
      phone: who.phone,
      countryCode: 'CA',
    },
    shippingAddress: null,
    transactions: [
      {
        id: `gid://shopify/OrderTransaction/${n}1`,
        kind: 'SALE',
        status: 'SUCCESS',
        gateway: 'shopify_payments',
        amount: extra.total ?? line.unitPrice,
        parentId: null,
        createdAt: at(days),
      },
    ],
    refunds: [],
    ...extra,
  });

  const margaret: SimCustomer = {
    id: DEMO_CUSTOMERS.longTime,
    firstName: 'Margaret',
    lastName: 'Holloway',
    email: 'margaret.holloway@example.com',
    phone: '+14165550147',
    locale: 'en-CA',
    numberOfOrders: 14,
    amountSpent: money('2310.00'),
    emailMarketingConsent: {marketingState: 'SUBSCRIBED', consentUpdatedAt: '2019-03-14T15:24:00Z'},
    createdAt: '2019-03-14T15:20:00Z',
  };
  const priya: SimCustomer = {
    id: DEMO_CUSTOMERS.newcomer,
    firstName: 'Priya',
    lastName: 'Raman',
    email: 'priya.raman@example.com',
    phone: null,
    locale: 'en',
    numberOfOrders: 0,
    amountSpent: money('0.00'),
    emailMarketingConsent: {marketingState: 'NOT_SUBSCRIBED', consentUpdatedAt: null},
    createdAt: at(-2),
  };
  const jonas: SimCustomer = {
    id: DEMO_CUSTOMERS.phoneBuyer,
    firstName: 'Jonas',
    lastName: 'Berg',
    email: 'jonas.berg@example.com',
    phone: '+14165550199',
    locale: 'de',
    numberOfOrders: 3,
    amountSpent: money('427.20'),
    emailMarketingConsent: {marketingState: 'UNSUBSCRIBED', consentUpdatedAt: at(-40)},
    createdAt: at(-400),
  };
  const dana: SimCustomer = {
    id: DEMO_CUSTOMERS.fixture,
    firstName: 'Dana',
    lastName: 'Whitfield',
    email: 'Dana.Whitfield@example.com',
    phone: '+16135550142',
    locale: 'en-CA',
    numberOfOrders: 6,
    amountSpent: money('1184.50'),
    emailMarketingConsent: {marketingState: 'SUBSCRIBED', consentUpdatedAt: '2021-03-14T13:15:00Z'},
    createdAt: '2021-03-14T13:12:44Z',
  };

  const person = (
    id: string,
    name: [string, string],
    facts: {locale: string; orders: number; spent: string; subscribed: boolean; sinceDays: number},
  ): SimCustomer => ({
    id,
    firstName: name[0],
    lastName: name[1],
    email: `${name[0]}.${name[1]}@example.com`
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, ''),
    phone: `+1416555${id.slice(-4)}`,
    locale: facts.locale,
    numberOfOrders: facts.orders,
    amountSpent: money(facts.spent),
    emailMarketingConsent: facts.subscribed
      ? {marketingState: 'SUBSCRIBED', consentUpdatedAt: at(-facts.sinceDays)}
      : {marketingState: 'NOT_SUBSCRIBED', consentUpdatedAt: null},
    createdAt: at(-facts.sinceDays),
  });
  const others = [
    person(DEMO_CUSTOMERS.francophone, ['Chloé', 'Tremblay'], {
      locale: 'fr-CA',
      orders: 4,
      spent: '688.00',
      subscribed: true,
      sinceDays: 730,
    }),
    person(DEMO_CUSTOMERS.oneOrder, ['Hiro', 'Tanaka'], {
      locale: 'en',
      orders: 1,
      spent: '169.00',
      subscribed: false,
      sinceDays: 300,
    }),
    person(DEMO_CUSTOMERS.regular, ['Amara', 'Okafor'], {
      locale: 'en-CA',
      orders: 9,
      spent: '2975.00',
      subscribed: true,
      sinceDays: 1500,
    }),
    person(DEMO_CUSTOMERS.bigCart, ['Elena', 'Petrova'], {
      locale: 'en-CA',
      orders: 3,
      spent: '1460.00',
      subscribed: true,
      sinceDays: 600,
    }),
    person(DEMO_CUSTOMERS.liveFirst, ['Liam', 'Byrne'], {
      locale: 'en',
      orders: 2,
      spent: '358.00',
      subscribed: true,
      sinceDays: 200,
    }),
    person(DEMO_CUSTOMERS.liveSecond, ['Sofia', 'Marchetti'], {
      locale: 'en',
      orders: 5,
      spent: '1120.00',
      subscribed: true,
      sinceDays: 900,
    }),
    person(DEMO_CUSTOMERS.liveThird, ['Noah', 'Friedman'], {
      locale: 'en',
      orders: 0,
      spent: '0.00',
      subscribed: false,
      sinceDays: 10,
    }),
  ];

  return {
    customers: [
      margaret,
      priya,
      jonas,
      dana,
      ...others,
      ...demoHistoryCustomers(nowMs, currencyCode),
    ],
    orders: [
      order(7001, '#1041', margaret, -120, lines.hat),
      order(7002, '#1087', jonas, -45, lines.sable, {
        discountCodes: ['SEPTEMBER20'],
        totalDiscounts: '37.80',
        total: '151.20',
      }),
      // Taken over the phone by staff: a draft order, so no checkout token.
      order(7003, '#1090', jonas, -0.05, lines.fox, {
        sourceName: 'shopify_draft_order',
        phone: jonas.phone,
      }),
    ],
    draftOrders: [
      {
        id: 'gid://shopify/DraftOrder/8001',
        name: '#D1',
        customerId: margaret.id,
        email: margaret.email,
        status: 'OPEN',
        lineItems: [lines.sable],
        discountCodes: ['WINTER20'],
        appliedDiscount: null,
        shippingLine: null,
        customAttributes: [],
        note: null,
        invoiceUrl: `https://${shopDomain}/8001/invoices/3f9a1c7e5b2d4a6c8e0f1a2b`,
        createdAt: at(-1),
        invoiceSentAt: null,
        invoices: [],
        orderId: null,
      },
    ],
    abandonedCheckouts: [
      {
        id: 'gid://shopify/AbandonedCheckout/9001',
        customerId: margaret.id,
        createdAt: at(-1),
        lineItems: [lines.sable],
        discountCodes: [],
        abandonedCheckoutUrl: `https://${shopDomain}/checkouts/cn/9001/recover`,
        billingAddress: {
          firstName: 'Margaret',
          lastName: 'Holloway',
          phone: margaret.phone,
          countryCode: 'CA',
        },
        shippingAddress: null,
      },
    ],
    staffUsers: [
      {
        id: '1',
        firstName: 'Anna',
        lastName: 'Lindqvist',
        email: 'anna@fabulous-furs.example',
        accountOwner: true,
        locale: 'en',
      },
      {
        id: '2',
        firstName: 'Omar',
        lastName: 'Haddad',
        email: 'omar@fabulous-furs.example',
        accountOwner: false,
        locale: 'en',
      },
    ],
  };
}
