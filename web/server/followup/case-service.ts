import type {Storage} from '../storage';
import type {Logger} from '../logger';
import {HeedError} from '../errors';
import {keptContact} from './contact-retention';
import type {AdminQuery} from '../campaigns/read-discounts';
import {transition, type CaseAction} from './case-state';
import {addEvent, type CaseChange} from './case-timeline';
import {readShopperStatus} from './shopper-status';
import {readContactDetails} from './read-contact';
import type {CaseContact, FollowupCase} from './types';
import {withoutContact} from './shopper-contact';
import type {Wording} from '../sentences/wording';
import {caseWording} from './case-words';
import {failureValue} from './admin-failure';
import {refusal} from './refusal';

export interface CaseServiceDeps {
  storage: Storage;
  logger: Logger;
  now: () => number;
  adminQuery: AdminQuery;
  afterChange?: (shop: string, followup: FollowupCase, change: CaseChange) => void;
}

/** What one action does to a case: its new parts, its timeline line, and the contact it made. */
export interface PlannedChange {
  next: Partial<FollowupCase>;
  kind: Parameters<typeof addEvent>[3];
  wording: Wording;
  data?: Record<string, unknown>;
  contact?: CaseContact;
}

/** A case that changed between its read and its write is read again this many times. */
const ATTEMPTS = 3;

/**
 * What people do to a case (claim, hand over, note, snooze, resolve, reopen) and what Heed reads
 * for it from Shopify (the shopper's status, their contact details). Each change is one
 * transaction: the case, at the revision it was read, and its timeline line.
 */
export function createCaseService(deps: CaseServiceDeps) {
  async function names(shop: string): Promise<Map<string, string | null>> {
    const staff = await deps.storage.staff.list(shop);
    return new Map(staff.map((s) => [s.userId, s.name]));
  }

  async function load(shop: string, id: string): Promise<FollowupCase> {
    const found = await deps.storage.cases.get(shop, id);
    if (!found) throw new HeedError('NOT_FOUND', 'No such case');
    return found;
  }

  /**
   * Applies `change` to the case as it is now and writes it with its timeline line; a write that
   * lost a race is tried again on the fresh case. `change` may refuse (throws a HeedError).
   */
  async function update(
    shop: string,
    id: string,
    actor: string,
    change: (current: FollowupCase, now: number) => Promise<PlannedChange | null>,
  ): Promise<FollowupCase> {
    const timeZone = (await deps.storage.shops.get(shop))?.timeZone ?? null;
    for (let attempt = 1; ; attempt += 1) {
      const current = await load(shop, id);
      const now = deps.now();
      const planned = await change(current, now);
      if (!planned) return current;
      // Whatever resolved it, a resolved case keeps no contact details.
      const next: FollowupCase = keptContact({
        ...current,
        ...planned.next,
        updatedAt: now,
        revision: current.revision + 1,
      });
      const written = await deps.storage.transaction(async (tx) => {
        if (!(await tx.cases.update(next))) return false;
        await addEvent(tx, next, now, planned.kind, planned.wording, {
          actor,
          data: planned.data,
          timeZone,
        });
        if (planned.contact) await tx.caseEvents.addContact({...planned.contact, at: now});
        return true;
      });
      if (written) {
        deps.afterChange?.(shop, next, 'updated');
        return next;
      }
      if (attempt >= ATTEMPTS) {
        throw refusal('CONFLICT', 'The case kept changing', 'refusal.keptChanging');
      }
    }
  }

  async function act(shop: string, id: string, actor: string, action: CaseAction) {
    const context = {
      names: await names(shop),
      timeZone: (await deps.storage.shops.get(shop))?.timeZone ?? null,
    };
    if (action.kind === 'handover' && !context.names.has(action.userId)) {
      throw new HeedError('VALIDATION_FAILED', 'Unknown staff member', {
        problems: [{path: 'userId', message: 'Choose someone of your staff'}],
      });
    }
    return update(shop, id, actor, async (current, now) => {
      const result = transition(current, action, actor, now, context);
      if (!result.ok) throw refusal('CONFLICT', result.reason, result.wording);
      return {next: result.next, kind: result.event.kind, wording: result.event.wording};
    });
  }

  /**
   * Reads the shopper's status (customer since, orders, marketing state, ordered since) and their
   * contact details fresh from Shopify onto the case. When Shopify cannot answer, the case says
   * so; it never keeps an older status as if it were fresh, nor guesses.
   */
  async function refreshStatus(shop: string, id: string, actor = 'heed'): Promise<FollowupCase> {
    const current = await load(shop, id);
    const now = deps.now();
    const orderId = await orderOfCase(deps.storage, current);
    const contact = await readContactDetails(
      deps.adminQuery,
      shop,
      {customerId: current.customerId, orderId},
      now,
    );
    const status = await readShopperStatus(
      deps.adminQuery,
      shop,
      {
        customerId: current.customerId,
        email: contact.ok ? contact.contact.email : null,
        since: firstStart(current),
      },
      now,
    );
    return update(shop, id, actor, async () => ({
      next: {
        shopperStatus: withoutContact(status),
        contactDetails:
          contact.ok && current.resolvedAt === null ? contact.contact : current.contactDetails,
      },
      kind: 'status_refreshed',
      wording:
        status.state === 'known'
          ? caseWording('timeline.statusRead')
          : caseWording('timeline.statusNotRefreshed', {reason: failureValue(status)}),
    }));
  }

  return {
    load,
    act,
    refreshStatus,
    update,
    names,
  };
}

export type CaseService = ReturnType<typeof createCaseService>;

/** When the case's first checkout began: orders since then are "ordered since". */
export function firstStart(followup: FollowupCase): number {
  return Math.min(followup.openedAt, ...followup.snapshot.journeys.map((j) => j.startedAt));
}

/**
 * The order a case's checkouts ended in, if one did (a promise missed on a paid order): the
 * journey's order, else the order its signals name (the Thank you page tells it before the order
 * webhook does).
 */
export async function orderOfCase(
  storage: Storage,
  followup: FollowupCase,
): Promise<string | null> {
  const ids = [...followup.journeyIds].reverse();
  for (const journeyId of ids) {
    const record = await storage.journeys.get(followup.shop, journeyId);
    if (record?.orderId) return record.orderId;
  }
  const signals = await storage.signals.forJourneys(followup.shop, ids);
  for (const journeyId of ids) {
    for (const signal of signals.get(journeyId) ?? []) {
      const named = signal.orderId ?? signal.evidence.orderId;
      if (typeof named === 'string' && named.startsWith('gid://shopify/Order/')) return named;
    }
  }
  return null;
}
