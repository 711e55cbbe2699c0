import {ruleInputSchema, type Rule, type RuleInput} from '../../../web/server/followup/rule';
import type {FollowupCase, StaffMember} from '../../../web/server/followup/types';
import {emptyJourney, type Journey} from '../../../web/server/signals/journey';
import type {Signal} from '../../../web/server/storage/signals-repository';

export const SHOP = 'furs.myshopify.com';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const NOW = Date.parse('2026-07-06T15:00:00Z');

export function staffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    shop: SHOP,
    userId: '1001',
    name: 'Anna',
    email: null,
    role: 'agent',
    timeZone: null,
    workingHours: null,
    available: true,
    createdAt: 0,
    updatedAt: 0,
    lastSeenAt: null,
    ...overrides,
  };
}

/** A checkout with a $240 cart of two lines, started 20 minutes before `NOW`. */
export function journey(overrides: Partial<Journey> = {}): Journey {
  const base = emptyJourney(
    SHOP,
    {checkoutToken: 'tok-1', clientId: 'client-1'},
    NOW - 20 * MINUTE,
  );
  return {
    ...base,
    cart: {
      asOf: {at: NOW - 5 * MINUTE, seq: 9, eventId: 'evt-cart'},
      source: 'pixel',
      currencyCode: 'USD',
      lines: [
        {
          title: 'Faux Fur Throw',
          variantId: '4455',
          sku: 'FFT-1',
          quantity: 2,
          linePrice: {amount: 180, currencyCode: 'USD'},
          discountAllocations: [],
        },
        {
          title: 'Pillow Cover',
          variantId: null,
          sku: null,
          quantity: 1,
          linePrice: {amount: 60, currencyCode: 'USD'},
          discountAllocations: [],
        },
      ],
      subtotal: {amount: 240, currencyCode: 'USD'},
      total: {amount: 240, currencyCode: 'USD'},
      shipping: null,
      tax: null,
      discountsAmount: {amount: 0, currencyCode: 'USD'},
      discountApplications: [],
    },
    ...overrides,
  };
}

let signalCount = 0;
export function signal(type: string, overrides: Partial<Signal> = {}): Signal {
  signalCount += 1;
  return {
    id: `sig-${signalCount}`,
    shop: SHOP,
    type,
    severity: 'high',
    sentence: `${type} happened.`,
    evidence: {eventIds: []},
    source: 'pixel',
    campaignId: null,
    checkoutToken: 'tok-1',
    orderId: null,
    customerId: null,
    occurredAt: NOW - 10 * MINUTE,
    recordedAt: NOW - 10 * MINUTE,
    journeyId: emptyJourney(SHOP, {checkoutToken: 'tok-1', clientId: null}, 0).id,
    dedupeKey: type,
    resolvedAt: null,
    resolution: null,
    ...overrides,
  };
}

export function rule(
  input: Partial<RuleInput> & Pick<RuleInput, 'signalTypes'>,
  position = 0,
): Rule {
  const parsed = ruleInputSchema.parse({
    name: 'A rule',
    priority: 'normal',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 60,
    channel: 'email',
    ...input,
  });
  return {...parsed, id: `rule-${position}`, shop: SHOP, position, createdAt: 0, updatedAt: 0};
}

export function followupCase(overrides: Partial<FollowupCase> = {}): FollowupCase {
  return {
    id: 'case-1',
    shop: SHOP,
    shopperKey: 'customer:gid://shopify/Customer/77',
    status: 'new',
    priority: 'normal',
    ruleId: 'rule-0',
    assigneeId: null,
    suggestedChannel: 'email',
    openedAt: NOW - HOUR,
    dueAt: NOW + HOUR,
    firstContactAt: null,
    snoozedUntil: null,
    resolvedAt: null,
    outcome: null,
    resolvedOrderId: null,
    recoveredRevenue: null,
    customerId: 'gid://shopify/Customer/77',
    emailHash: null,
    signalTypes: ['abandoned'],
    campaignId: null,
    journeyIds: ['jrn_old'],
    snapshot: {takenAt: NOW - HOUR, promise: null, journeys: []},
    shopperStatus: null,
    contactDetails: null,
    draftOrder: null,
    updatedAt: NOW - HOUR,
    revision: 1,
    ...overrides,
  };
}
