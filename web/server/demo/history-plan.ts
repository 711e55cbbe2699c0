import {HISTORY_CUSTOMER_IDS} from '../../simulator/demo-history-customers';
import {SABLE_THROW, type DemoLine, type DemoScenario} from './demo-checkout';
import {ARCTIC_FOX, MINK_COAT, TRAPPER_HAT} from './example-cases';

/**
 * The demo store's past week, story by story: who checked out when (in the store's time zone),
 * what went wrong, and what its people did about it, minutes after the case opened. Times spread
 * from quick to late, so the Outcomes page shows real medians, misses and revenue.
 */

export type StaffResponse =
  /** Resumes the order, sends the invoice, and the shopper pays it. */
  | {kind: 'invoice_paid'; contactAfterMin: number; paidAfterMin: number}
  /** Calls and reaches the shopper, then records the outcome. */
  | {kind: 'called'; afterMin: number; outcome: 'will_buy_later' | 'not_interested'}
  /** Calls and nobody answers (no contact); gives up hours later. */
  | {kind: 'no_answer'; afterMin: number; resolveAfterMin: number}
  /** The shopper buys at the shop's counter before anyone contacts them. */
  | {kind: 'bought_first'; afterMin: number};

export interface HistoryStory {
  daysAgo: number;
  /** `HH:MM` in the store's time zone. */
  at: string;
  scenario: DemoScenario;
  lines: DemoLine[];
  /** Null for a checkout whose promise held: no case. */
  case: {customerId: string; by: 'owner' | 'support'; response: StaffResponse} | null;
}

const TWO_HATS: DemoLine = {...TRAPPER_HAT, quantity: 2};

/** [daysAgo, at, scenario, lines, by, response]; customers are given in order. */
const CASES: ReadonlyArray<
  [number, string, DemoScenario, DemoLine[], 'owner' | 'support', StaffResponse]
> = [
  [7, '10:05', 'promo_never_applied', [SABLE_THROW], 'support', invoice(6, 50)],
  [7, '14:20', 'code_rejected', [ARCTIC_FOX], 'support', called(22, 'will_buy_later')],
  [6, '09:40', 'promo_never_applied', [MINK_COAT], 'support', called(11, 'not_interested')],
  [6, '16:10', 'promo_never_applied', [ARCTIC_FOX, TWO_HATS], 'owner', invoice(9, 120)],
  [5, '11:15', 'code_rejected', [SABLE_THROW], 'support', called(18, 'will_buy_later')],
  [5, '13:30', 'promo_never_applied', [SABLE_THROW], 'support', noAnswer(12, 180)],
  [5, '17:45', 'promo_never_applied', [MINK_COAT], 'support', called(38, 'will_buy_later')],
  [4, '10:30', 'promo_never_applied', [ARCTIC_FOX], 'support', invoice(4, 25)],
  [4, '15:00', 'code_rejected', [TWO_HATS], 'support', {kind: 'bought_first', afterMin: 10}],
  [3, '09:20', 'promo_never_applied', [SABLE_THROW], 'owner', called(7, 'will_buy_later')],
  [3, '12:50', 'code_rejected', [MINK_COAT], 'support', called(55, 'not_interested')],
  [2, '10:10', 'promo_never_applied', [MINK_COAT], 'support', invoice(13, 70)],
  [2, '14:40', 'promo_never_applied', [ARCTIC_FOX], 'support', called(5, 'not_interested')],
  [1, '09:55', 'promo_never_applied', [SABLE_THROW, TWO_HATS], 'support', invoice(8, 35)],
  [1, '11:30', 'code_rejected', [ARCTIC_FOX], 'owner', called(26, 'will_buy_later')],
  [1, '16:20', 'promo_never_applied', [SABLE_THROW], 'support', called(14, 'will_buy_later')],
];

/** Guests from the campaign's email whose code took its 20% off: two a day. */
const KEPT_AT = ['10:45', '15:30'] as const;

export const HISTORY_DAYS = 7;

export function historyPlan(): HistoryStory[] {
  const cases = CASES.map(([daysAgo, at, scenario, lines, by, response], n): HistoryStory => {
    const customerId = HISTORY_CUSTOMER_IDS[n];
    if (!customerId) throw new Error('The demo has fewer history customers than stories');
    return {daysAgo, at, scenario, lines, case: {customerId, by, response}};
  });
  const kept = Array.from({length: HISTORY_DAYS}, (_, day) =>
    KEPT_AT.map(
      (at, n): HistoryStory => ({
        daysAgo: day + 1,
        at,
        scenario: 'promise_kept',
        lines: [n === 0 ? SABLE_THROW : ARCTIC_FOX],
        case: null,
      }),
    ),
  ).flat();
  return [...cases, ...kept].sort((a, b) => b.daysAgo - a.daysAgo || a.at.localeCompare(b.at));
}

function invoice(contactAfterMin: number, paidAfterMin: number): StaffResponse {
  return {kind: 'invoice_paid', contactAfterMin, paidAfterMin};
}

function called(afterMin: number, outcome: 'will_buy_later' | 'not_interested'): StaffResponse {
  return {kind: 'called', afterMin, outcome};
}

function noAnswer(afterMin: number, resolveAfterMin: number): StaffResponse {
  return {kind: 'no_answer', afterMin, resolveAfterMin};
}
