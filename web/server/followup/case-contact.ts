import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import {HeedError} from '../errors';
import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
import type {Wording} from '../sentences/wording';
import {contactBasis, type ContactBasisDecision} from './contact-basis';
import {transition} from './case-state';
import {firstStart, orderOfCase, type CaseService} from './case-service';
import type {CaseContact, ContactMethod, FollowupCase, OrderRef} from './types';
import type {ReplyRule, ReplyWarning} from './reply-check';
import {assertReplyChecked} from './reply-facts';
import {caseWording, joined} from './case-words';
import {refusal} from './refusal';

/** A mail sender as the case needs it (see mail/mailer.ts). */
export interface ShopperMailer {
  send(
    shop: string,
    message: {to: string; subject: string; text: string},
  ): Promise<{ok: true; response: string} | {ok: false; error: string; retryable: boolean}>;
}

export const CALL_OUTCOMES = ['reached', 'voicemail', 'no_answer', 'wrong_number'] as const;

/** The basis Heed has to contact the case's shopper, from the case's facts as they are now. */
export function basisOf(followup: FollowupCase): ContactBasisDecision {
  const status = followup.shopperStatus;
  const latest = followup.snapshot.journeys.at(-1);
  return contactBasis({
    signalTypes: followup.signalTypes,
    shopperAsked: (followup.shopperRequest ?? null) !== null || followup.ruleId === null,
    marketingState:
      status?.state === 'known' ? (status.customer?.email?.marketingState ?? null) : null,
    acceptsEmailMarketing: latest?.shopper.acceptsEmailMarketing ?? null,
  });
}

/** Where to write to: the address the shopper gave when they asked for a person, else Shopify's. */
export function emailOf(followup: FollowupCase): string | null {
  return followup.shopperRequest?.contact?.email ?? followup.contactDetails?.email ?? null;
}

export function isPromiseCase(followup: FollowupCase): boolean {
  return followup.signalTypes.some((t) => PROMISE_SIGNAL_TYPES.has(t));
}

/**
 * Contacting a shopper: right before any contact Heed reads the shopper's status again; without
 * a recorded basis the contact is refused (403, with the reason); a shopper who ordered since the
 * checkout is not contacted (409, naming the order), and their case is resolved as purchased.
 * A case about a broken promise may still contact a buyer: the contact makes the order right.
 */
export function createCaseContacts(deps: {
  storage: Storage;
  service: CaseService;
  mailer?: ShopperMailer;
}) {
  async function guard(
    shop: string,
    id: string,
  ): Promise<{followup: FollowupCase; basis: ContactBasisDecision & {allowed: true}}> {
    const fresh = await deps.service.refreshStatus(shop, id);
    if (fresh.resolvedAt !== null) {
      throw refusal('CONFLICT', 'Case resolved', 'refusal.resolvedReopenFirst');
    }
    const basis = basisOf(fresh);
    if (!basis.allowed) throw refusal('FORBIDDEN', basis.reason, basis.wording);
    await assertNotBoughtSince(shop, fresh);
    return {followup: fresh, basis};
  }

  /** Refuses (409) when the shopper ordered since, and resolves their case as purchased. */
  async function assertNotBoughtSince(shop: string, followup: FollowupCase): Promise<void> {
    const status = followup.shopperStatus;
    if (status?.state !== 'known') {
      throw refusal(
        'SHOPIFY_UNAVAILABLE',
        'Status unavailable before a contact',
        'refusal.statusUnavailableBeforeContact',
      );
    }
    if (isPromiseCase(followup)) return;
    const orders = await ordersSince(deps.storage, followup, status.orderedSince);
    const first = orders[0];
    if (!first) return;
    const timeZone = (await deps.storage.shops.get(shop))?.timeZone ?? null;
    const words = caseWording('timeline.alreadyOrdered', {
      order: first.name,
      at: {at: first.createdAt, style: 'clock'},
    });
    await deps.service.update(shop, followup.id, 'heed', async (current, now) =>
      current.resolvedAt !== null
        ? null
        : {
            next: {
              status: 'resolved',
              resolvedAt: now,
              outcome: 'purchased',
              resolvedOrderId: first.id,
              recoveredRevenue: null,
              contactDetails: null,
            },
            kind: 'resolved',
            wording: words,
            data: {orderId: first.id},
          },
    );
    throw refusal('CONFLICT', 'Shopper ordered since', words, {timeZone});
  }

  function contacted(
    followup: FollowupCase,
    actor: string,
    now: number,
    method: ContactMethod,
    basis: ContactBasisDecision & {allowed: true},
    extra: {message?: string | null; callOutcome?: string | null},
    names: ReadonlyMap<string, string | null>,
  ) {
    const result = transition(
      followup,
      {kind: 'contacted', method, callOutcome: extra.callOutcome ?? null},
      actor,
      now,
      {names},
    );
    if (!result.ok) throw refusal('CONFLICT', result.reason, result.wording);
    const contact: CaseContact = {
      id: randomUUID(),
      shop: followup.shop,
      caseId: followup.id,
      at: now,
      by: actor,
      method,
      basis: basis.basis,
      message: extra.message ?? null,
      callOutcome: extra.callOutcome ?? null,
    };
    return {
      next: result.next,
      kind: result.event.kind,
      wording: caseWording('timeline.withBasis', {
        line: {say: result.event.wording},
        basis: {say: basis.wording},
      }),
      data: {basis: basis.basis, method},
      contact,
    };
  }

  return {
    guard,
    contacted,

    async call(shop: string, id: string, actor: string, input: {outcome: string; notes?: string}) {
      const {basis} = await guard(shop, id);
      const names = await deps.service.names(shop);
      return deps.service.update(shop, id, actor, async (current, now) =>
        contacted(
          current,
          actor,
          now,
          'phone',
          basis,
          {message: input.notes ?? null, callOutcome: input.outcome},
          names,
        ),
      );
    },

    async message(
      shop: string,
      id: string,
      actor: string,
      input: {
        method: 'email' | 'copied';
        subject: string;
        body: string;
        acknowledged?: readonly ReplyRule[];
      },
    ) {
      const {followup, basis} = await guard(shop, id);
      const overridden = await assertReplyChecked(
        deps.storage,
        followup,
        input,
        input.acknowledged ?? [],
      );
      if (input.method === 'email') {
        const to = emailOf(followup);
        if (!to) throw refusal('CONFLICT', 'No email address', 'refusal.noEmailForMessage');
        if (!deps.mailer) throw new HeedError('CONFLICT', 'No mailer');
        const sent = await deps.mailer.send(shop, {to, subject: input.subject, text: input.body});
        if (!sent.ok) {
          throw refusal('SHOPIFY_UNAVAILABLE', 'Mail failed', 'refusal.emailNotSent', {
            values: {error: sent.error},
            retryable: sent.retryable,
          });
        }
      }
      const names = await deps.service.names(shop);
      return deps.service.update(shop, id, actor, async (current, now) =>
        withOverride(
          contacted(
            current,
            actor,
            now,
            input.method,
            basis,
            {message: `${input.subject}\n\n${input.body}`},
            names,
          ),
          overridden,
        ),
      );
    },
  };
}

export type CaseContacts = ReturnType<typeof createCaseContacts>;

/** A message sent past the reply check's warnings says so on the timeline, with each warning. */
export function withOverride<T extends {wording: Wording; data?: Record<string, unknown>}>(
  change: T,
  overridden: ReplyWarning[],
): T {
  if (overridden.length === 0) return change;
  return {
    ...change,
    wording: caseWording('timeline.pastReplyCheck', {
      line: {say: change.wording},
      warnings: joined(overridden.map((w) => (w.wording ? {say: w.wording} : w.message))),
    }),
    data: {...change.data, overrode: overridden.map((w) => w.rule)},
  };
}

/**
 * Orders of the shopper since the case's first checkout, by Shopify's fresh answer and by the
 * orders Heed was told of (any channel), without the orders the case's own checkouts made.
 */
export async function ordersSince(
  storage: Storage,
  followup: FollowupCase,
  fromShopify: OrderRef[],
): Promise<OrderRef[]> {
  const own = await orderOfCase(storage, followup);
  const since = firstStart(followup);
  const told =
    followup.customerId || followup.emailHash
      ? await storage.commerceRecords.ordersSince(
          followup.shop,
          {customerId: followup.customerId, emailHash: followup.emailHash},
          since,
        )
      : [];
  const byId = new Map<string, OrderRef>();
  for (const order of fromShopify) byId.set(order.id, order);
  for (const order of told) {
    if (!byId.has(order.orderId)) {
      byId.set(order.orderId, {
        id: order.orderId,
        name: 'an order',
        createdAt: order.placedAt,
        sourceName: order.sourceName,
        total: null,
      });
    }
  }
  return [...byId.values()]
    .filter((o) => o.id !== own && o.createdAt >= since)
    .sort((a, b) => a.createdAt - b.createdAt);
}
