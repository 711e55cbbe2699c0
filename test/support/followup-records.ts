/** Follow-up records with every field set, for the storage battery (`followup-storage*.test.ts`). */
import type {Signal} from '../../web/server/storage/signals-repository';
import type {Rule} from '../../web/server/followup/rule';
import type {
  CaseEvent,
  FollowupCase,
  JourneySnapshot,
  StaffMember,
} from '../../web/server/followup/types';

export const SHOP = 'followup-battery.myshopify.com';
export const OTHER = 'other-followup.myshopify.com';
export const JOURNEY = 'jrn_00000000000000000000f001';

let ids = 0;
/** Ids unique within a test file. */
export const nextId = (prefix: string) => {
  ids += 1;
  return `${prefix}-${String(ids).padStart(6, '0')}`;
};

export function member(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    shop: SHOP,
    userId: '4101',
    name: 'Anna Berg',
    email: 'anna@furs.example',
    role: 'lead',
    timeZone: 'America/Toronto',
    workingHours: [{day: 1, start: '09:00', end: '17:00'}],
    // Not the column's default, so that a forgotten write shows.
    available: false,
    muteOutsideHours: true,
    createdAt: 1_000,
    updatedAt: 1_100,
    lastSeenAt: 1_200,
    ...overrides,
  };
}

export function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: nextId('rule'),
    shop: SHOP,
    position: 3,
    name: 'Refused code over 200',
    enabled: false,
    signalTypes: ['code_rejected', 'promo_not_applied'],
    conditions: {
      minCartValue: 200,
      cartAboveMedian: true,
      customer: 'returning',
      campaign: {campaignId: 'cmp-1'},
      minScore: 40,
      contactable: true,
    },
    priority: 'high',
    assignee: {kind: 'person', userId: '4101'},
    contactWithinMinutes: 45,
    channel: 'invoice',
    createdAt: 2_000,
    updatedAt: 2_100,
    ...overrides,
  };
}

export function journeySnapshot(journeyId: string): JourneySnapshot {
  const money = (amount: number) => ({amount, currencyCode: 'CAD'});
  return {
    journeyId,
    checkoutToken: `tok-${journeyId}`,
    startedAt: 3_000,
    lastActivityAt: 3_500,
    steps: [{step: 'payment', firstAt: 3_100, lastAt: 3_500, durationMs: 400}],
    furthestStep: 'payment',
    cart: {
      currencyCode: 'CAD',
      lines: [
        {
          title: 'Fox fur collar',
          variantId: 'gid://shopify/ProductVariant/1',
          sku: 'FOX-1',
          quantity: 2,
          unitPrice: money(110),
          linePrice: money(220),
          properties: [{key: 'Engraving', value: 'A.B.'}],
        },
      ],
      subtotal: money(220),
      shipping: money(15),
      tax: money(30.55),
      total: money(265.55),
      discountsAmount: null,
      codesApplied: [],
    },
    codesTried: [{code: 'WINTER20', message: 'Enter a valid discount code', times: 2}],
    signals: [
      {
        id: 'sig-1',
        type: 'code_rejected',
        severity: 'high',
        sentence: 'The code WINTER20 was refused twice.',
        occurredAt: 3_400,
        alertText: 'Enter a valid discount code',
      },
    ],
    shopper: {
      customerId: 'gid://shopify/Customer/9',
      isFirstOrder: false,
      acceptsEmailMarketing: true,
    },
  };
}

/** A case with every field set (resolved, so that its open key is the one column left empty). */
export function fullCase(overrides: Partial<FollowupCase> = {}): FollowupCase {
  const journeys = [journeySnapshot(JOURNEY)];
  return {
    id: nextId('case'),
    shop: SHOP,
    shopperKey: 'customer:gid://shopify/Customer/9',
    status: 'resolved',
    priority: 'high',
    ruleId: 'rule-1',
    assigneeId: '4101',
    suggestedChannel: 'invoice',
    openedAt: 4_000,
    dueAt: 4_900,
    escalatedAt: 4_950,
    firstContactAt: 4_500,
    snoozedUntil: 4_600,
    resolvedAt: 5_000,
    outcome: 'purchased',
    resolvedOrderId: 'gid://shopify/Order/77',
    recoveredRevenue: {amount: 265.55, currencyCode: 'CAD'},
    customerId: 'gid://shopify/Customer/9',
    emailHash: 'e'.repeat(64),
    signalTypes: ['code_rejected'],
    campaignId: 'cmp-1',
    journeyIds: journeys.map((j) => j.journeyId),
    snapshot: {
      takenAt: 4_000,
      promise: {
        campaignId: 'cmp-1',
        campaignName: 'Winter clearance',
        promiseSentence: '20% off your entire order',
        codes: ['WINTER20'],
        startsAt: 1_000,
        endsAt: 9_000,
        terms: null,
        codeState: {
          code: 'WINTER20',
          status: 'active',
          checkedAt: 3_900,
          summary: 'the code works',
        },
      },
      journeys,
    },
    shopperStatus: {state: 'unavailable', readAt: 4_100, reason: 'Shopify could not be reached'},
    contactDetails: {
      name: 'Marie Tremblay',
      email: 'marie@example.com',
      phone: '+1 514 555 0199',
      locale: 'fr-CA',
      readAt: 4_200,
    },
    draftOrder: {
      id: 'gid://shopify/DraftOrder/5',
      name: '#D5',
      invoiceUrl: 'https://furs.example/invoices/5',
      discount: {kind: 'code', code: 'WINTER20'},
      droppedLines: [{title: 'Gift wrap', quantity: 1}],
      createdAt: 4_300,
      invoiceSentAt: 4_400,
    },
    shopperRequest: {
      at: 4_050,
      surface: 'thank_you',
      channel: 'phone',
      contact: {email: 'marie@example.com', phone: '+1 514 555 0199'},
      locale: 'fr-CA',
      told: {kind: 'after', at: 4_800},
      dueAt: 4_900,
      sla: {source: 'rule', ruleId: 'rule-1', ruleName: 'Failed promise', minutes: 15},
    },
    updatedAt: 5_000,
    revision: 7,
    ...overrides,
  };
}

/** An open case of `shopperKey`: what the rules write when a case opens. */
export function openCase(shopperKey: string, overrides: Partial<FollowupCase> = {}): FollowupCase {
  return fullCase({
    shopperKey,
    status: 'new',
    resolvedAt: null,
    outcome: null,
    resolvedOrderId: null,
    recoveredRevenue: null,
    revision: 1,
    ...overrides,
  });
}

export function event(caseId: string, overrides: Partial<CaseEvent> = {}): CaseEvent {
  return {
    id: nextId('event'),
    shop: SHOP,
    caseId,
    at: 6_000,
    actor: '4101',
    kind: 'resolved',
    sentence: 'Bought at 10:52: order #1001.',
    data: {orderId: 'gid://shopify/Order/77', lines: [1, 2]},
    wording: {
      key: 'cases:timeline.resolvedPurchased',
      values: {how: {say: {key: 'cases:orderedThrough.online'}}, at: {at: 6_000, style: 'clock'}},
    },
    ...overrides,
  };
}

export function signal(overrides: Partial<Signal> = {}): Signal {
  return {
    id: crypto.randomUUID(),
    shop: SHOP,
    type: 'promo_not_applied',
    severity: 'high',
    sentence: 'The promised code took nothing off.',
    evidence: {code: 'WINTER20'},
    source: 'pixel',
    campaignId: null,
    checkoutToken: null,
    orderId: null,
    customerId: null,
    occurredAt: 10_000,
    recordedAt: 10_000,
    journeyId: JOURNEY,
    dedupeKey: crypto.randomUUID(),
    resolvedAt: null,
    resolution: null,
    followupAt: null,
    ...overrides,
  };
}
