/**
 * One case of bench/outcomes.ts as Heed would have written it, with its contacts, its reopening
 * and the order that resolved it: a snapshot of one checkout, deadlines by priority, first
 * contacts from a minute to two hours, outcomes in believable shares.
 */
import type {CaseOutcome, CasePriority, FollowupCase} from '../web/server/followup/types';

export type Random = () => number;

export const CAMPAIGNS = [
  '00000000-0000-4000-8000-0000000000b1',
  '00000000-0000-4000-8000-0000000000b2',
  '00000000-0000-4000-8000-0000000000b3',
];

const MINUTE_MS = 60_000;
const DUE_MINUTES: Record<CasePriority, number> = {urgent: 15, high: 30, normal: 240};
const OUTCOMES: CaseOutcome[] = [
  'purchased',
  'purchased',
  'resumed_by_draft_order',
  'will_buy_later',
  'not_interested',
  'unreachable',
  'difference_refunded',
];

export interface BenchCase {
  followup: FollowupCase;
  contacts: object[];
  events: object[];
  orders: object[];
}

export function benchCase(shop: string, n: number, opened: number, next: Random): BenchCase {
  const openedAt = Math.round(opened);
  const priority: CasePriority = next() < 0.4 ? 'urgent' : next() < 0.7 ? 'high' : 'normal';
  const dueAt = openedAt + DUE_MINUTES[priority] * MINUTE_MS;
  const contacted = next() < 0.75;
  const firstContactAt = contacted
    ? openedAt + Math.round((1 + next() ** 2 * 120) * MINUTE_MS)
    : null;
  const resolved = next() < 0.85;
  const resolvedAt = resolved
    ? (firstContactAt ?? openedAt) + Math.round(next() * 3 * 3_600_000)
    : null;
  const outcome = resolved ? (OUTCOMES[Math.floor(next() * OUTCOMES.length)] ?? null) : null;
  const bought = outcome === 'purchased';
  const orderId = bought ? `gid://shopify/Order/${900_000 + n}` : null;
  const customerId = `gid://shopify/Customer/${1_000_000 + n}`;
  const promise = next() < 0.4;
  const total = {amount: Math.round(80 + next() * 500), currencyCode: 'CAD'};
  const followup: FollowupCase = {
    id: `case_bench_${n}`,
    shop,
    shopperKey: `customer:${customerId}`,
    status: resolved ? 'resolved' : contacted ? 'contacted' : 'new',
    priority,
    ruleId: 'rule-bench',
    assigneeId: '2',
    suggestedChannel: 'phone',
    openedAt,
    dueAt,
    escalatedAt: null,
    firstContactAt,
    snoozedUntil: null,
    resolvedAt,
    outcome,
    resolvedOrderId: orderId,
    recoveredRevenue: bought && contacted ? total : null,
    customerId,
    emailHash: null,
    signalTypes: [promise ? 'promo_not_applied' : 'code_rejected'],
    campaignId: next() < 0.6 ? (CAMPAIGNS[n % CAMPAIGNS.length] ?? null) : null,
    journeyIds: [`jrn_case_${n}`],
    snapshot: snapshotOf(n, openedAt, total.amount),
    shopperStatus: {
      state: 'known',
      readAt: firstContactAt ?? openedAt,
      customer: null,
      orderedSince: [],
    },
    contactDetails: null,
    draftOrder: null,
    updatedAt: resolvedAt ?? firstContactAt ?? openedAt,
    revision: 3,
  };
  const contacts =
    firstContactAt === null
      ? []
      : [firstContactAt, ...(next() < 0.3 ? [firstContactAt + 30 * MINUTE_MS] : [])].map(
          (at, k) => ({
            id: `contact_bench_${n}_${k}`,
            shop,
            case_id: followup.id,
            at,
            by: '2',
            method: 'phone',
            basis: 'service_recovery',
            message: 'Called about the discount that did not apply.',
            call_outcome: 'reached',
          }),
        );
  const events =
    next() < 0.02
      ? [
          {
            id: `event_bench_${n}`,
            shop,
            case_id: followup.id,
            at: openedAt + 30 * MINUTE_MS,
            actor: 'heed',
            kind: 'reopened',
            sentence: 'Heed reopened the case: a new failure.',
            data_json: '{}',
          },
        ]
      : [];
  const orders =
    orderId && resolvedAt !== null
      ? [
          {
            shop,
            kind: 'order',
            resource_id: orderId,
            customer_id: customerId,
            resource_updated_at: resolvedAt,
            placed_at: resolvedAt - MINUTE_MS,
            source_name: 'web',
            payload: '{}',
            stored_at: resolvedAt,
          },
        ]
      : [];
  return {followup, contacts, events, orders};
}

function snapshotOf(n: number, openedAt: number, total: number): FollowupCase['snapshot'] {
  const money = (amount: number) => ({amount, currencyCode: 'CAD'});
  return {
    takenAt: openedAt,
    promise: null,
    journeys: [
      {
        journeyId: `jrn_case_${n}`,
        checkoutToken: `tok-case-${n}`,
        startedAt: openedAt - 5 * MINUTE_MS,
        lastActivityAt: openedAt - MINUTE_MS,
        steps: [
          {step: 'delivery', firstAt: openedAt - 4 * MINUTE_MS, lastAt: openedAt, durationMs: 0},
        ],
        furthestStep: 'delivery',
        cart: {
          currencyCode: 'CAD',
          lines: [
            {
              title: 'Sable Faux Fur Throw',
              variantId: 'gid://shopify/ProductVariant/2001',
              sku: 'FFT-SAB-5060',
              quantity: 1,
              unitPrice: money(total),
              linePrice: money(total),
              properties: [],
            },
          ],
          subtotal: money(total),
          shipping: money(15),
          tax: null,
          total: money(total + 15),
          discountsAmount: money(0),
          codesApplied: [],
        },
        codesTried: [],
        signals: [
          {
            id: `sig_${n}`,
            type: 'promo_not_applied',
            severity: 'high',
            sentence: 'Was promised 20% off the entire order; no discount applied (code WINTER20).',
            occurredAt: openedAt,
            alertText: null,
          },
        ],
        shopper: {customerId: null, isFirstOrder: false, acceptsEmailMarketing: true},
      },
    ],
  };
}
