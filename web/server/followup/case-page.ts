import type {Storage} from '../storage';
import type {CaseEvent, FollowupCase} from './types';
import {caseSummary, namesOf} from './case-views';
import {describeShopper} from './shopper-status';
import {basisOf} from './case-contact';
import {refundOwed} from './case-orders';
import {suggestionFor} from './case-suggestion';
import {slaWords} from './asked-sla';
import {toldWords} from './expected-contact';

/**
 * Everything the case page shows, in one answer (GET /api/cases/:id): the case and its story as
 * snapshotted, who the shopper is in words, whether Heed may contact them and why, the message
 * Heed suggests, the timeline with names, the contacts made, what a refund would give back, what
 * became of the notifications to staff (a failed one with the server's answer), and the shopper's
 * own request for a person: where, how to reach them, and what they were told.
 */
export async function casePage(storage: Storage, followup: FollowupCase, now: number) {
  const [events, contacts, staff, campaigns, shop, owed, notifications] = await Promise.all([
    storage.caseEvents.forCase(followup.shop, followup.id),
    storage.caseEvents.contacts(followup.shop, followup.id),
    storage.staff.list(followup.shop),
    storage.campaigns.list(followup.shop),
    storage.shops.get(followup.shop),
    refundOwed(storage, followup),
    storage.outbox.forCase(followup.shop, followup.id),
  ]);
  const [resolvedOrderName, owedOrderName] = await Promise.all([
    followup.resolvedOrderId ? orderName(storage, followup.shop, followup.resolvedOrderId) : null,
    owed ? orderName(storage, followup.shop, owed.orderId) : null,
  ]);
  const names = namesOf(staff, campaigns);
  const nameOf = (userId: string) =>
    userId === 'heed' ? 'Heed' : (names.staff.get(userId)?.name ?? null);
  const timeZone = shop?.timeZone ?? null;
  const contact = followup.contactDetails;
  return {
    case: {
      ...caseSummary(followup, names, now),
      suggestedChannel: followup.suggestedChannel,
      snapshot: followup.snapshot,
      draftOrder: followup.draftOrder,
      resolvedOrder:
        followup.resolvedOrderId && resolvedOrderName
          ? {id: followup.resolvedOrderId, name: resolvedOrderName}
          : null,
      recoveredRevenue: followup.recoveredRevenue,
      journeyIds: followup.journeyIds,
      revision: followup.revision,
    },
    shopper: {
      status: followup.shopperStatus,
      words: describeShopper(followup.shopperStatus, timeZone),
      contact: contact ? {name: contact.name, email: contact.email, phone: contact.phone} : null,
    },
    contactBasis: basisOf(followup),
    shopperRequest: requestView(followup, timeZone),
    suggestedMessage: suggestionFor(followup, {
      shopName: shop?.name ?? followup.shop,
      staffName: followup.assigneeId ? (names.staff.get(followup.assigneeId)?.name ?? null) : null,
    }),
    timeline: events.map((e: CaseEvent) => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      actorName: nameOf(e.actor),
      kind: e.kind,
      sentence: e.sentence,
    })),
    contacts: contacts.map((c) => ({...c, byName: nameOf(c.by)})),
    refund:
      owed && owedOrderName
        ? {owed: owed.owed, orderId: owed.orderId, orderName: owedOrderName}
        : null,
    staff: staff.map((s) => ({userId: s.userId, name: s.name})),
    notifications: notifications.map((n) => ({
      id: n.id,
      channel: n.channel,
      to:
        n.channel === 'slack'
          ? 'the Slack channel'
          : (names.staff.get(n.recipientId)?.name ?? 'a staff member'),
      status: n.status,
      attempts: n.attempts,
      lastError: n.lastError,
      sentAt: n.sentAt,
    })),
  };
}

function requestView(followup: FollowupCase, timeZone: string | null) {
  const request = followup.shopperRequest;
  if (!request) return null;
  return {
    at: request.at,
    surface: request.surface,
    channel: request.channel,
    contact: request.contact,
    locale: request.locale,
    told: toldWords(request.told, timeZone),
    dueAt: request.dueAt,
    sla: slaWords(request.sla),
  };
}

/**
 * An order as the shop's staff name it: "#1042", from its number in the `orders/create` Heed
 * kept. An order Heed has no webhook of (or no longer has) is named by its id: "order 5829471046813".
 */
async function orderName(storage: Storage, shop: string, gid: string): Promise<string> {
  const record = await storage.commerceRecords.get(shop, 'order', gid);
  const number = orderNumberOf(record?.payload);
  if (number !== null) return `#${number}`;
  const id = gid.split('/').at(-1);
  return id ? `order ${id}` : 'the order';
}

function orderNumberOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null || !('order_number' in payload)) return null;
  const number = payload.order_number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}
