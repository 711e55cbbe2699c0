import type {Storage} from '../storage';
import type {CampaignFacts} from '../signals/signal';
import type {Rule} from './rule';
import type {StaffMember} from './types';
import {DEFAULT_RULES} from './default-rules';
import {randomUUID} from 'node:crypto';
import type {MatchShop} from './match-rules';
import {notifyChannelsOf, type NotifyChannels} from './followup-settings';

/** The median cart counts journeys of this long, in milliseconds. */
export const MEDIAN_WINDOW_MS = 30 * 24 * 3_600_000;
/** The median reads at most this many recent carts. */
const MEDIAN_SAMPLE = 2_000;

/** What the rules need to know of a shop, read once per run. */
export interface FollowupContext {
  shop: string;
  rules: Rule[];
  staff: StaffMember[];
  match: MatchShop;
  timeZone: string | null;
  /** Which changes each notification channel announces. */
  channels: NotifyChannels;
  shopName: string;
  campaigns: CampaignFacts[];
}

/**
 * Installs the default rules the first time a shop's rules are needed; a shop that deleted them
 * does not get them back (the install is claimed once, in the shop's row).
 */
export async function installDefaultRules(storage: Storage, shop: string, now: number) {
  // Read first: a write transaction on every run would queue each case behind ingest's writes.
  if (await storage.reads.shops.followupInstalled(shop)) return;
  await storage.transaction(async (tx) => {
    if (!(await tx.shops.claimFollowupInstall(shop, now))) return;
    for (const [position, input] of DEFAULT_RULES.entries()) {
      await tx.rules.add({
        ...input,
        id: randomUUID(),
        shop,
        position,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
}

export async function readFollowupContext(
  storage: Storage,
  shop: string,
  now: number,
): Promise<FollowupContext> {
  await installDefaultRules(storage, shop, now);
  const [rules, staff, record, median, campaigns, settings] = await Promise.all([
    storage.reads.rules.list(shop),
    storage.reads.staff.list(shop),
    storage.reads.shops.get(shop),
    storage.reads.journeys.medianCartTotal(shop, now - MEDIAN_WINDOW_MS, MEDIAN_SAMPLE),
    storage.reads.campaigns.list(shop),
    storage.reads.followupSettings.get(shop),
  ]);
  return {
    shop,
    rules,
    staff,
    timeZone: record?.timeZone ?? null,
    shopName: record?.name ?? shop,
    channels: notifyChannelsOf(settings),
    match: {
      medianCartValue: median,
      currencyCode: record?.currencyCode ?? 'USD',
      workingHours: settings.workingHours,
      timeZone: record?.timeZone ?? null,
    },
    campaigns: campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      attributionKey: c.attributionKey,
      discountCodes: c.discountCodes,
      promise: c.promise,
    })),
  };
}
