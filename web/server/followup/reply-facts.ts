import type {Storage} from '../storage';
import {HeedError} from '../errors';
import {problemKindOf} from './suggest-message';
import {
  checkReply,
  REPLY_RULES,
  type ReplyFacts,
  type ReplyRule,
  type ReplyWarning,
} from './reply-check';
import {ordersSince} from './case-contact';
import type {FollowupCase} from './types';
import {z} from 'zod';
import {caseWording, joined} from './case-words';

/** The warnings a person saw and chose to send past: their override is recorded with the contact. */
export const acknowledgedSchema = z.array(z.enum(REPLY_RULES)).max(REPLY_RULES.length).default([]);

/** What the reply check knows of a case, read as it stands right before the message goes out. */
export async function replyFactsOf(storage: Storage, followup: FollowupCase): Promise<ReplyFacts> {
  const status = followup.shopperStatus;
  const customer = status?.state === 'known' ? status.customer : null;
  const zone = (await storage.shops.get(followup.shop))?.timeZone ?? 'UTC';
  const promise = followup.snapshot.promise;
  const campaign = promise
    ? await storage.campaigns.get(followup.shop, promise.campaignId)
    : undefined;
  const html = campaign?.email.html ?? null;
  const ownOrder = followup.snapshot.journeys.some((j) => j.furthestStep === 'completed') ? 1 : 0;
  return {
    problem: problemKindOf(followup.signalTypes),
    ordersBefore: customer ? Math.max(0, customer.numberOfOrders - ownOrder) : null,
    customerSince: customer
      ? new Intl.DateTimeFormat('en-US', {month: 'long', year: 'numeric', timeZone: zone}).format(
          customer.createdAt,
        )
      : null,
    customerSinceAt: customer ? customer.createdAt : null,
    promise: promise
      ? {
          codes: promise.codes,
          terms: promise.terms ?? null,
          emailShowedCode:
            html === null
              ? null
              : promise.codes.some((code) => html.toUpperCase().includes(code.toUpperCase())),
        }
      : null,
    orderedSince:
      status?.state === 'known' ? await ordersSince(storage, followup, status.orderedSince) : [],
  };
}

/**
 * Checks a message before it goes out. Warnings the person did not acknowledge refuse the send
 * (409, each warning as a problem the page shows); acknowledged ones are returned, to be recorded.
 */
export async function assertReplyChecked(
  storage: Storage,
  followup: FollowupCase,
  message: {subject: string; body: string},
  acknowledged: readonly ReplyRule[],
): Promise<ReplyWarning[]> {
  const warnings = checkReply(message, await replyFactsOf(storage, followup));
  const open = warnings.filter((w) => !acknowledged.includes(w.rule));
  if (open.length > 0) {
    const zoneOf = (await storage.shops.get(followup.shop))?.timeZone ?? null;
    const wording = caseWording('reply.found', {
      count: open.length,
      warnings: joined(open.map((w) => (w.wording ? {say: w.wording} : w.message))),
    });
    throw new HeedError('CONFLICT', 'Reply check warnings', {
      clientWording: wording,
      timeZone: zoneOf,
      problems: open.map((w) => ({
        path: `replyCheck.${w.rule}`,
        message: w.message,
        ...(w.wording ? {wording: w.wording} : {}),
      })),
    });
  }
  return warnings;
}
