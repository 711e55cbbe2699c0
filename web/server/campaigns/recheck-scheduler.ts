import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {CampaignService} from './campaign-service';

const DUE_BATCH = 50;

/**
 * Re-verifies running campaigns on a schedule: a discount can be edited or exhausted after the
 * email is sent. Safe on several instances: each due check is claimed atomically before it runs.
 */
export function createRecheckScheduler(deps: {
  storage: Storage;
  service: CampaignService;
  logger: Logger;
  now: () => number;
}) {
  return {
    async runDue(): Promise<number> {
      const now = deps.now();
      let ran = 0;
      for (const due of await deps.storage.campaigns.dueForCheck(now, DUE_BATCH)) {
        const campaign = await deps.storage.campaigns.get(due.shop, due.id);
        if (!campaign) continue;
        if (
          !(await deps.storage.campaigns.claimCheck(
            due.shop,
            due.id,
            due.nextCheckAt,
            deps.service.nextCheck(campaign, now),
          ))
        )
          continue;
        const outcome = await deps.service.verify(due.shop, due.id, 'schedule', now);
        if (!outcome.ok)
          deps.logger.warn(
            {shop: due.shop, campaignId: due.id, reason: outcome.reason},
            'scheduled campaign check could not run',
          );
        ran += 1;
      }
      return ran;
    },
  };
}
