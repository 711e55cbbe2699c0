import type {Storage} from '../storage';
import type {CaseEvent, FollowupCase} from './types';
import {caseSummary, namesOf} from './case-views';
import {describeShopper} from './shopper-status';
import {basisOf} from './case-contact';
import {refundOwed} from './case-orders';
import {suggestionFor} from './case-suggestion';
import {slaValue} from './asked-sla';
import {toldValue} from './expected-contact';
import {sayerFor, sayStored, type Sayer, type WordValue} from '../sentences/wording';
import type {Reader} from '../../shared/languages';
import {caseWording, clause, sayValue} from './case-words';

/**
 * Everything the case page shows, in one answer (GET /api/cases/:id): the case and its story as
 * snapshotted, who the shopper is in words, whether Heed may contact them and why, the message
 * Heed suggests, the timeline with names, the contacts made, what a refund would give back, what
 * became of the notifications to staff (a failed one with the server's answer), and the shopper's
 * own request for a person: where, how to reach them, and what they were told. Its words are
 * the reader's, on the shop's clock; lines stored before wordings keep their English.
 */
export async function casePage(
  storage: Storage,
  followup: FollowupCase,
  now: number,
  reader: Reader,
) {
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
  const sayer = sayerFor(reader, shop?.timeZone ?? null);
  const contact = followup.contactDetails;
  const basis = basisOf(followup);
  return {
    case: {
      ...caseSummary(followup, names, now, sayer),
      suggestedChannel: followup.suggestedChannel,
      snapshot: snapshotFor(followup.snapshot, sayer),
      draftOrder: followup.draftOrder,
      resolvedOrder:
        followup.resolvedOrderId && resolvedOrderName
          ? {id: followup.resolvedOrderId, name: sayValue(sayer, resolvedOrderName)}
          : null,
      recoveredRevenue: followup.recoveredRevenue,
      journeyIds: followup.journeyIds,
      revision: followup.revision,
    },
    shopper: {
      status: followup.shopperStatus,
      words: describeShopper(followup.shopperStatus, sayer),
      contact: contact ? {name: contact.name, email: contact.email, phone: contact.phone} : null,
    },
    contactBasis: {allowed: basis.allowed, basis: basis.basis, reason: sayer.say(basis.wording)},
    shopperRequest: requestView(followup, sayer),
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
      sentence: sayStored(sayer, e.sentence, e.wording),
    })),
    contacts: contacts.map((c) => ({...c, byName: nameOf(c.by)})),
    refund:
      owed && owedOrderName
        ? {owed: owed.owed, orderId: owed.orderId, orderName: sayValue(sayer, owedOrderName)}
        : null,
    staff: staff.map((s) => ({userId: s.userId, name: s.name})),
    notifications: notifications.map((n) => ({
      id: n.id,
      channel: n.channel,
      to:
        n.channel === 'slack'
          ? sayer.say(caseWording('page.slackChannel'))
          : (names.staff.get(n.recipientId)?.name ?? sayer.say(caseWording('people.someone'))),
      status: n.status,
      attempts: n.attempts,
      lastError: n.lastError,
      sentAt: n.sentAt,
    })),
  };
}

/** The story as snapshotted, each signal's sentence said for the reader. */
function snapshotFor(snapshot: FollowupCase['snapshot'], sayer: Sayer) {
  return {
    ...snapshot,
    journeys: snapshot.journeys.map((journey) => ({
      ...journey,
      signals: journey.signals.map(({wording, ...signal}) => ({
        ...signal,
        sentence: sayStored(sayer, signal.sentence, wording),
      })),
    })),
  };
}

function requestView(followup: FollowupCase, sayer: Sayer) {
  const request = followup.shopperRequest;
  if (!request) return null;
  return {
    at: request.at,
    surface: request.surface,
    channel: request.channel,
    contact: request.contact,
    locale: request.locale,
    told: sayValue(sayer, toldValue(request.told)),
    dueAt: request.dueAt,
    sla: sayValue(sayer, slaValue(request.sla)),
  };
}

/**
 * An order as the shop's staff name it: "#1042", from its number in the `orders/create` Heed
 * kept. An order Heed has no webhook of (or no longer has) is named by its id: "order 5829471046813".
 */
async function orderName(storage: Storage, shop: string, gid: string): Promise<WordValue> {
  const record = await storage.commerceRecords.get(shop, 'order', gid);
  const number = orderNumberOf(record?.payload);
  if (number !== null) return `#${number}`;
  const id = gid.split('/').at(-1);
  return id ? clause('page.orderById', {id}) : clause('page.theOrder');
}

function orderNumberOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null || !('order_number' in payload)) return null;
  const number = payload.order_number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}
