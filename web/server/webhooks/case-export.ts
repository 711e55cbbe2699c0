import type {Storage} from '../storage';
import {OUTCOME_WORDS} from '../followup/case-state';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The customer's follow-up cases for a data request: what each case was about (its snapshot),
 * the shopper's status and contact details it holds while open, their own request for a person
 * (with the address or number they gave, while open), its timeline, and every contact
 * a person made, with the basis that allowed it. Staff appear by their Shopify user id.
 */
export async function exportCases(storage: Storage, shop: string, ids: string[]) {
  const exported = [];
  for (const id of ids) {
    const followup = await storage.cases.get(shop, id);
    if (!followup) continue;
    const [timeline, contacts] = await Promise.all([
      storage.caseEvents.forCase(shop, id),
      storage.caseEvents.contacts(shop, id),
    ]);
    exported.push({
      id: followup.id,
      status: followup.status,
      priority: followup.priority,
      openedAt: iso(followup.openedAt),
      resolvedAt: iso(followup.resolvedAt),
      outcome: followup.outcome ? OUTCOME_WORDS[followup.outcome] : null,
      signalTypes: followup.signalTypes,
      snapshot: followup.snapshot,
      shopperStatus: followup.shopperStatus,
      contactDetails: followup.contactDetails,
      draftOrder: followup.draftOrder,
      shopperRequest: followup.shopperRequest ?? null,
      timeline: timeline.map((e) => ({at: iso(e.at), by: e.actor, kind: e.kind, what: e.sentence})),
      contacts: contacts.map((c) => ({
        at: iso(c.at),
        by: c.by,
        method: c.method,
        basis: c.basis,
        message: c.message,
        callOutcome: c.callOutcome,
      })),
    });
  }
  return exported;
}
