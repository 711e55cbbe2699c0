import express, {type Response, type Router} from 'express';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import type {Storage} from '../storage';
import {shopHoursInputSchema} from '../../shared/staff-schemas';

/**
 * GET/PUT /api/settings/hours — the hours the shop answers shoppers, in the shop's time zone.
 * First-contact deadlines of cases opened from then on count only this time: a case that opens
 * on Saturday night is due the first working minutes of Monday, not at 2 a.m.
 */
export function createShopHoursRoute(deps: {
  storage: Pick<Storage, 'followupSettings' | 'shops'>;
  now: () => number;
  canManage: (res: Response) => boolean | Promise<boolean>;
}): Router {
  const router = express.Router();
  // Shared with the admin's form (web/shared/staff-schemas.ts); refusals in English.
  const inputSchema = shopHoursInputSchema();

  async function view(shop: string) {
    const [settings, record] = await Promise.all([
      deps.storage.followupSettings.get(shop),
      deps.storage.shops.get(shop),
    ]);
    return {workingHours: settings.workingHours, timeZone: record?.timeZone ?? null};
  }

  router.get('/', async (_req, res) => {
    res.json(await view(shopOf(res)));
  });

  router.put('/', async (req, res) => {
    const shop = shopOf(res);
    if (!(await deps.canManage(res))) {
      throw new HeedError('FORBIDDEN', 'Only a lead can change the shop’s hours');
    }
    const {workingHours} = parseInput(inputSchema, req.body);
    await deps.storage.followupSettings.save(shop, {workingHours}, deps.now());
    res.json(await view(shop));
  });

  return router;
}
