import express, {type Router} from 'express';
import {shopOf, staffUserOf} from '../auth/session-token';
import type {Storage} from '../storage';

/**
 * GET /api/setup — which of the setup guide's steps are really done, from what Heed has stored for
 * the shop: a campaign verified without blockers, the cart bar seen on the storefront, the pixel
 * on, a follow-up rule, and a staff member besides the person looking (who is on the team from
 * their first visit) whom Heed can reach by email.
 */
export function createSetupRouter({storage}: {storage: Storage}): Router {
  const router = express.Router();
  router.get('/', async (_req, res) => {
    const shop = shopOf(res);
    const [campaigns, cartBarSeenAt, ingestKey, rules, staff] = await Promise.all([
      storage.campaigns.list(shop),
      storage.shops.cartBarSeenAt(shop),
      storage.shops.ingestKeyHash(shop),
      storage.rules.list(shop),
      storage.staff.list(shop),
    ]);
    res.json({
      setup: {
        campaignExists: campaigns.length > 0,
        campaignVerified: campaigns.some((c) => c.health === 'ready' || c.health === 'warnings'),
        cartBarSeenAt,
        pixelActive: ingestKey !== null,
        ruleExists: rules.length > 0,
        staffAdded: staff.some(
          (member) => member.userId !== staffUserOf(res) && member.email !== null,
        ),
      },
    });
  });
  return router;
}
