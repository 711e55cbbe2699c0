import type {Knex} from 'knex';

/**
 * Which signals the follow-up rules have looked at (`signals.followup_at`). A signal is marked in
 * the transaction that opens or joins its case, so a crash in between leaves it unmarked, and the
 * follow-up recovery sweep looks at it again: no signal loses its case.
 */
export function createSignalFollowupRepository(db: Knex) {
  return {
    /** The shop's journeys, among those given, holding signals the rules have not looked at. */
    async journeysWaiting(shop: string, journeyIds: string[]): Promise<string[]> {
      if (journeyIds.length === 0) return [];
      const rows: Array<{journey_id: string}> = await db('signals')
        .where({shop})
        .whereIn('journey_id', journeyIds)
        .whereNull('followup_at')
        .distinct('journey_id');
      return rows.map((r) => r.journey_id);
    },

    /**
     * Journeys, across shops, with signals recorded before `before` and never looked at: the
     * longest waiting first, so that a backlog larger than `limit` is worked off in the order it
     * came rather than in whatever order the engine finds it.
     */
    async waitingBefore(
      before: number,
      limit: number,
    ): Promise<Array<{shop: string; journeyId: string}>> {
      const rows = await db('signals')
        .whereNull('followup_at')
        .whereNotNull('journey_id')
        .andWhere('recorded_at', '<', before)
        .groupBy('shop', 'journey_id')
        .select('shop', 'journey_id')
        .min<Array<{shop: string; journey_id: string; oldest: number | string}>>({
          oldest: 'recorded_at',
        })
        .orderBy([{column: 'oldest'}, {column: 'shop'}, {column: 'journey_id'}])
        .limit(limit);
      return rows.map((r) => ({shop: r.shop, journeyId: r.journey_id}));
    },

    async markLookedAt(shop: string, signalIds: string[], at: number): Promise<void> {
      for (let i = 0; i < signalIds.length; i += CHUNK) {
        await db('signals')
          .where({shop})
          .whereIn('id', signalIds.slice(i, i + CHUNK))
          .whereNull('followup_at')
          .update({followup_at: at});
      }
    },
  };
}

const CHUNK = 500;
