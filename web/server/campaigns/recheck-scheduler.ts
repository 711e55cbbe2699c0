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
    /** Runs the checks that are due; answers how many ran (a check that could not run is not counted). */
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
        // A check that could not run (Shopify away, the shop uninstalled) is not a check run.
        if (outcome.ok) ran += 1;
        else
          deps.logger.warn(
            {shop: due.shop, campaignId: due.id, reason: outcome.reason},
            'scheduled campaign check could not run',
          );
      }
      return ran;
    },
  };
}
