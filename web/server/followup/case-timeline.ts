import {randomUUID} from 'node:crypto';
import type {Repositories} from '../storage';
import {englishSayer, type Wording} from '../sentences/wording';
import type {CaseEvent, FollowupCase} from './types';

/** What happened to a case, as the rest of the app hears of it after the commit. */
export type CaseChange =
  | 'opened'
  | 'joined'
  | 'raised'
  | 'reopened'
  | 'escalated'
  | 'asked'
  | 'updated';

/**
 * Writes one line of the case's timeline in the caller's transaction; `onceKey` makes it
 * once-only. The line keeps its wording, for each reader, and its English on the shop's clock
 * (`timeZone`), for exports.
 */
export async function addEvent(
  tx: Repositories,
  followup: FollowupCase,
  at: number,
  kind: CaseEvent['kind'],
  wording: Wording,
  options: {
    actor?: string;
    data?: Record<string, unknown>;
    onceKey?: string;
    timeZone?: string | null;
  } = {},
): Promise<boolean> {
  return tx.caseEvents.add(
    {
      id: randomUUID(),
      shop: followup.shop,
      caseId: followup.id,
      at,
      actor: options.actor ?? 'heed',
      kind,
      sentence: englishSayer(options.timeZone ?? null).say(wording),
      data: options.data ?? {},
      wording,
    },
    options.onceKey ?? null,
  );
}
