/**
 * The demo store's customers whose cases make the past week of its Outcomes page
 * (web/server/demo/case-history.ts): returning customers, most subscribed to email, each with a
 * phone, so that a person may call or write to them. One case each: a shopper's second checkout
 * within a week would reopen their case rather than tell a new one.
 */
import type {SimCustomer} from './commerce-state';

const DAY_MS = 86_400_000;

/** [first name, last name, language, orders before, spent before, subscribed] */
const PEOPLE: ReadonlyArray<[string, string, string, number, string, boolean]> = [
  ['Elise', 'Fournier', 'fr-CA', 3, '540.00', true],
  ['Kwame', 'Mensah', 'en-CA', 7, '1490.00', true],
  ['Ingrid', 'Solberg', 'en', 2, '318.00', true],
  ['Mateo', 'Álvarez', 'en', 5, '860.00', true],
  ['Yuki', 'Sato', 'en-CA', 1, '189.00', true],
  ['Fatima', 'Haidari', 'en', 4, '702.00', true],
  ['Owen', 'Gallagher', 'en-CA', 11, '2240.00', true],
  ['Nadia', 'Petrova', 'en', 2, '410.00', true],
  ['Samuel', 'Osei', 'en-CA', 6, '1105.00', true],
  ['Léa', 'Gagnon', 'fr-CA', 3, '495.00', true],
  ['Ravi', 'Iyer', 'en', 8, '1630.00', true],
  ['Grace', 'Whitaker', 'en-CA', 2, '264.00', true],
  ['Tomás', 'Novak', 'en', 4, '748.00', true],
  ['Aisha', 'Bello', 'en-CA', 9, '1987.00', true],
  ['Henrik', 'Lund', 'en', 3, '602.00', true],
  ['Maya', 'Cohen', 'en-CA', 5, '930.00', true],
];

/** `gid://shopify/Customer/6101` onwards, in the order above. */
export const HISTORY_CUSTOMER_IDS: readonly string[] = PEOPLE.map(
  (_, n) => `gid://shopify/Customer/${6101 + n}`,
);

export function demoHistoryCustomers(nowMs: number, currencyCode: string): SimCustomer[] {
  return PEOPLE.map(([firstName, lastName, locale, orders, spent, subscribed], n) => {
    const since = new Date(nowMs - (200 + 90 * n) * DAY_MS).toISOString();
    return {
      id: HISTORY_CUSTOMER_IDS[n] ?? '',
      firstName,
      lastName,
      email: `${firstName}.${lastName}@example.com`
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, ''),
      phone: `+1647555${String(1000 + n)}`,
      locale,
      numberOfOrders: orders,
      amountSpent: {amount: spent, currencyCode},
      emailMarketingConsent: subscribed
        ? {marketingState: 'SUBSCRIBED', consentUpdatedAt: since}
        : {marketingState: 'NOT_SUBSCRIBED', consentUpdatedAt: null},
      createdAt: since,
    };
  });
}
