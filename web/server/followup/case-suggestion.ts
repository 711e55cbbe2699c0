import {problemKindOf, suggestMessage, type SuggestedMessage} from './suggest-message';
import type {FollowupCase} from './types';

/**
 * The message Heed suggests for the case as it stands: its worst problem, in the shopper's
 * language where Shopify knows it, telling what the staff member did (the resumed order with its
 * invoice link). The staff member edits it; Heed never sends it on its own.
 */
export function suggestionFor(
  followup: FollowupCase,
  people: {shopName: string; staffName: string | null},
): SuggestedMessage {
  const status = followup.shopperStatus;
  const customer = status?.state === 'known' ? status.customer : null;
  const contact = followup.contactDetails;
  const shopperName =
    contact?.name ?? ([customer?.firstName, customer?.lastName].filter(Boolean).join(' ') || null);
  return suggestMessage({
    problem: problemKindOf(followup.signalTypes),
    snapshot: followup.snapshot,
    shopperName,
    staffName: people.staffName,
    shopName: people.shopName,
    // The language the shopper just read checkout in, when they asked, before their account's.
    language: followup.shopperRequest?.locale ?? contact?.locale ?? customer?.locale ?? null,
    draftOrder: followup.draftOrder,
    action:
      followup.outcome === 'difference_refunded'
        ? 'refunded'
        : followup.draftOrder
          ? 'resumed'
          : null,
  });
}
