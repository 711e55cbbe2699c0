import type {Storage} from '../storage';
import type {HelpAnswer, HelpRequest} from '../checkout/help-request';
import type {Journey} from '../signals/journey';
import {readJourney} from '../signals/journey-state';
import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {Signal} from '../storage/signals-repository';
import {customerGid, orderGid} from '../shopify-ids';
import {askedTerms} from './asked-sla';
import {writeAsked, type AskedPlan} from './asked-case';
import {shopperFacts} from './case-opening-facts';
import type {CaseChange} from './case-timeline';
import {readFollowupContext} from './followup-context';
import {matchRules} from './match-rules';
import type {FollowupCase} from './types';
import {addWorkingMinutes} from './working-hours';

/** A write that lost a race (another instance, the rules opening the case) is tried again. */
const ATTEMPTS = 3;

const isOpen = (signal: Signal) => signal.resolvedAt === null || signal.resolvedAt === undefined;

/**
 * The shopper asked for a person (POST /api/checkout/help). Their checkout's journey must be one
 * Heed holds for the shop; the request then opens the shopper's case, or joins the one open, with
 * the request itself as the basis to contact them. The deadline is the matching rule's, else the
 * shop's quickest rule's, else a default, in the shop's working hours; the answer tells the
 * shopper when to expect contact. The case, its timeline line and the staff's notifications are
 * one transaction; asking again changes nothing and notifies nobody.
 */
export function createShopperAsks(deps: {
  storage: Storage;
  now: () => number;
  afterChange?: (shop: string, followup: FollowupCase, change: CaseChange) => void;
}) {
  const {storage} = deps;

  async function findJourney(request: HelpRequest): Promise<JourneyRecord | undefined> {
    const {shop, checkoutToken} = request;
    if (checkoutToken) {
      const found = (await storage.journeys.forTokens(shop, [checkoutToken])).get(checkoutToken);
      if (found) return found;
    }
    const orderId = orderGid(request.orderId);
    return orderId ? storage.journeys.forOrder(shop, orderId) : undefined;
  }

  /** An order of the shopper since this checkout began, other than the checkout's own. */
  async function orderedSince(record: JourneyRecord, journey: Journey): Promise<boolean> {
    if (journey.otherOrders.length > 0) return true;
    const who = {customerId: journey.identity.customerId, emailHash: journey.identity.emailHash};
    if (!who.customerId && !who.emailHash) return false;
    const orders = await storage.commerceRecords.ordersSince(record.shop, who, journey.startedAt);
    return orders.some(
      (o) =>
        o.orderId !== record.orderId &&
        (o.checkoutToken === null || o.checkoutToken !== journey.checkoutToken),
    );
  }

  return async function ask(request: HelpRequest): Promise<HelpAnswer> {
    const record = await findJourney(request);
    if (!record) return {ok: false, reason: 'unknown_checkout'};
    const stored = readJourney(record.state);
    // The checkout's session token names a signed-in customer the journey may not know yet.
    const journey: Journey = {
      ...stored,
      identity: {
        ...stored.identity,
        customerId: stored.identity.customerId ?? customerGid(request.customerId),
      },
    };
    const signals = await storage.signals.forJourney(request.shop, journey.id);
    const brokePromise = signals.some((s) => isOpen(s) && PROMISE_SIGNAL_TYPES.has(s.type));
    // Nobody calls a buyer about a checkout they left for another order, unless it broke a
    // promise: then the difference is owed, and the case stays (the contact guard agrees).
    if (!brokePromise && (await orderedSince(record, journey))) {
      return {ok: false, reason: 'ordered_since'};
    }

    for (let attempt = 1; ; attempt += 1) {
      const now = deps.now();
      const context = await readFollowupContext(storage, request.shop, now);
      const shopper = await shopperFacts(storage, request.shop, journey, signals, true);
      const match = matchRules(context.rules, {
        journey,
        signals,
        shopper,
        shop: context.match,
        campaigns: context.campaigns,
        now,
      });
      const terms = askedTerms(context.rules, match);
      const hours = context.match.workingHours ?? null;
      const timeZone = context.match.timeZone ?? null;
      const plan: AskedPlan = {
        request,
        journey,
        signals,
        terms,
        askedDue: addWorkingMinutes(now, terms.sla.minutes, hours, timeZone),
        hours,
        timeZone,
        now,
      };
      const written = await storage.transaction((tx) => writeAsked(tx, context, plan));
      if (written.kind === 'lost_race') {
        if (attempt < ATTEMPTS) continue;
        throw new Error('The shopper’s case kept changing while they asked');
      }
      if (written.change) deps.afterChange?.(request.shop, written.followup, written.change);
      return {ok: true, expected: written.told, timeZone};
    }
  };
}

export type ShopperAsks = ReturnType<typeof createShopperAsks>;
