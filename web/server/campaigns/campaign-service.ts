import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import type {CampaignSummary, CheckTrigger, StoredReport} from '../storage/campaigns-repository';
import {HeedError} from '../errors';
import type {Campaign, CampaignInput} from './campaign';
import type {DiscountReader} from './discount-reader';
import {verifyCampaign} from './verify-campaign';
import {newBlockers} from './new-blockers';

/** How often a campaign is re-verified from the moment it is saved until its offer window ends. */
export const RECHECK_EVERY_MS = 15 * 60_000;

export type VerifyOutcome =
  | {ok: true; report: StoredReport}
  | {ok: false; reason: string; retryable: boolean};

export function createCampaignService(deps: {
  storage: Storage;
  reader: DiscountReader;
  recheckEveryMs?: number;
}) {
  const {storage, reader} = deps;
  const every = deps.recheckEveryMs ?? RECHECK_EVERY_MS;

  const nextCheck = (c: Pick<Campaign, 'promiseEndsAt'>, now: number) =>
    now + every <= c.promiseEndsAt ? now + every : null;

  async function assertKeyFree(shop: string, key: string, exceptId?: string) {
    const existing = await storage.campaigns.findByAttributionKey(shop, key);
    if (existing && existing.id !== exceptId) {
      throw new HeedError('CONFLICT', 'Attribution key in use', {
        problems: [
          {
            path: 'attributionKey',
            message: `“${existing.name}” already uses the link tag “${key}”; each campaign needs its own.`,
          },
        ],
      });
    }
  }

  async function sameAsStored(shop: string, input: CampaignInput): Promise<Campaign | undefined> {
    const existing = await storage.campaigns.findByAttributionKey(shop, input.attributionKey);
    if (!existing) return undefined;
    const asInput = fromInput(existing.id, shop, input, existing.createdAt, existing.updatedAt);
    return sameContent(existing, asInput) ? existing : undefined;
  }

  async function requireCampaign(shop: string, id: string): Promise<CampaignSummary> {
    const campaign = await storage.campaigns.get(shop, id);
    if (!campaign) throw new HeedError('NOT_FOUND', 'Campaign not found');
    return campaign;
  }

  async function verify(
    shop: string,
    id: string,
    trigger: CheckTrigger,
    now: number,
  ): Promise<VerifyOutcome> {
    const campaign = await requireCampaign(shop, id);
    const facts = await readFacts(reader, campaign);
    if (!facts.ok) return facts;
    const previous = await storage.campaigns.latestReport(shop, id);
    const report = verifyCampaign({campaign, ...facts.value, now});
    const stored = await storage.campaigns.addReport(shop, id, report, trigger);
    const inWindow =
      now >= Math.min(campaign.sendAt, campaign.promiseStartsAt) && now <= campaign.promiseEndsAt;
    if (inWindow && previous)
      await storage.campaigns.addAlerts(
        shop,
        id,
        newBlockers(previous.findings, report.findings),
        now,
      );
    return {ok: true, report: stored};
  }

  return {
    requireCampaign,
    verify,
    nextCheck,
    /**
     * Creating is idempotent per attribution key: the same campaign sent twice (a double click, a
     * retried request) answers with the one already stored; a different campaign on a taken key is
     * a conflict.
     */
    async create(shop: string, input: CampaignInput, now: number) {
      const repeated = await sameAsStored(shop, input);
      if (repeated)
        return {
          campaign: repeated,
          verification: await verify(shop, repeated.id, 'save', now),
          created: false,
        };
      await assertKeyFree(shop, input.attributionKey);
      const campaign = fromInput(randomUUID(), shop, input, now, now);
      try {
        await storage.campaigns.insert(campaign, nextCheck(campaign, now));
      } catch (error) {
        // Two identical requests raced past the check above; the unique key let one through.
        const winner = await sameAsStored(shop, input);
        if (winner)
          return {
            campaign: winner,
            verification: await verify(shop, winner.id, 'save', now),
            created: false,
          };
        await assertKeyFree(shop, input.attributionKey);
        throw error;
      }
      return {campaign, verification: await verify(shop, campaign.id, 'save', now), created: true};
    },
    async update(shop: string, id: string, input: CampaignInput, now: number) {
      const existing = await requireCampaign(shop, id);
      await assertKeyFree(shop, input.attributionKey, id);
      const campaign = fromInput(id, shop, input, existing.createdAt, now);
      await storage.campaigns.update(campaign, nextCheck(campaign, now));
      return {campaign, verification: await verify(shop, id, 'save', now)};
    },
    async remove(shop: string, id: string) {
      if (!(await storage.campaigns.delete(shop, id)))
        throw new HeedError('NOT_FOUND', 'Campaign not found');
    },
  };
}

export type CampaignService = ReturnType<typeof createCampaignService>;

async function readFacts(reader: DiscountReader, campaign: Campaign) {
  const {scope} = campaign.promise;
  const promisedProducts =
    scope.type === 'products' ? (scope.items ?? []).map((item) => item.id) : [];
  const [shop, codes, automatic, productCollections] = await Promise.all([
    reader.shop(campaign.shop),
    reader.codes(campaign.shop, campaign.discountCodes),
    reader.automatic(campaign.shop, campaign.promiseStartsAt, campaign.promiseEndsAt),
    reader.productCollections(campaign.shop, promisedProducts),
  ]);
  if (!shop.ok) return shop;
  if (!codes.ok) return codes;
  if (!automatic.ok) return automatic;
  if (!productCollections.ok) return productCollections;
  return {
    ok: true as const,
    value: {
      shop: shop.value,
      discounts: codes.value,
      automaticDiscounts: automatic.value,
      productCollections: productCollections.value,
    },
  };
}

/** Same campaign, field for field (ids and timestamps aside). */
function sameContent(a: Campaign, b: Campaign): boolean {
  const content = (c: Campaign) =>
    JSON.stringify([
      c.name,
      c.promise,
      c.discountCodes,
      c.sendAt,
      c.promiseStartsAt,
      c.promiseEndsAt,
      c.recipients,
      c.attributionKey,
      c.email,
    ]);
  return content(a) === content(b);
}

function fromInput(
  id: string,
  shop: string,
  input: CampaignInput,
  createdAt: number,
  now: number,
): Campaign {
  return {
    id,
    shop,
    name: input.name,
    promise: input.promise,
    discountCodes: input.discountCodes,
    sendAt: Date.parse(input.sendAt),
    promiseStartsAt: Date.parse(input.promiseStartsAt),
    promiseEndsAt: Date.parse(input.promiseEndsAt),
    recipients: input.recipients,
    attributionKey: input.attributionKey,
    email: input.email,
    createdAt,
    updatedAt: now,
  };
}
