import {randomUUID} from 'node:crypto';
import type {Repositories} from '../storage';
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

/** Writes one line of the case's timeline in the caller's transaction; `onceKey` makes it once-only. */
export async function addEvent(
  tx: Repositories,
  followup: FollowupCase,
  at: number,
  kind: CaseEvent['kind'],
  sentence: string,
  options: {actor?: string; data?: Record<string, unknown>; onceKey?: string} = {},
): Promise<boolean> {
  return tx.caseEvents.add(
    {
      id: randomUUID(),
      shop: followup.shop,
      caseId: followup.id,
      at,
      actor: options.actor ?? 'heed',
      kind,
      sentence,
      data: options.data ?? {},
    },
    options.onceKey ?? null,
  );
}
