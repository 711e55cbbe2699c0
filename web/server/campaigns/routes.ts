import express, {type Request, type Router} from 'express';
import {z} from 'zod';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {readerOf} from '../http/request-reader';
import {parseInput} from '../http/validate';
import {sayerFor, type Sayer} from '../sentences/wording';
import type {Storage} from '../storage';
import type {CampaignSummary} from '../storage/campaigns-repository';
import {campaignInputSchema} from './campaign';
import type {CampaignService, VerifyOutcome} from './campaign-service';
import {checkRedirectPath, verifiedLink} from './verified-links';
import type {DiscountReader} from './discount-reader';
import {sayAlert, sayReport} from './say-findings';

/** Campaign bodies may carry pasted email HTML (512 KB at most, checked by the schema). */
const MAX_CAMPAIGN_BODY = '1mb';
const idParam = z.object({id: z.uuid('Unknown campaign')});

/** /api/campaigns — CRUD, verification on demand, reports, alerts and verified links. */
export function createCampaignRoutes(deps: {
  storage: Storage;
  service: CampaignService;
  reader: DiscountReader;
  now: () => number;
}): Router {
  const {storage, service, now} = deps;
  const router = express.Router();
  router.use(express.json({limit: MAX_CAMPAIGN_BODY}));

  /** Findings and alerts are worded for the admin user who asks, on the shop's clock. */
  const sayerOf = async (req: Request, shop: string): Promise<Sayer> =>
    sayerFor(readerOf(req), (await storage.shops.get(shop))?.timeZone);

  router.get('/', async (_req, res) => {
    res.json({campaigns: (await storage.campaigns.list(shopOf(res))).map(listItem)});
  });

  router.post('/', async (req, res) => {
    const shop = shopOf(res);
    const input = parseInput(campaignInputSchema, req.body);
    const {campaign, verification, created} = await service.create(shop, input, now());
    // A repeated identical create answers as the first did, and says so.
    if (!created) res.set('Idempotent-Replayed', 'true');
    res.status(201).json({
      campaign: {...campaign, health: healthOf(verification)},
      ...verificationBody(verification, await sayerOf(req, shop)),
    });
  });

  router.get('/alerts', async (req, res) => {
    const shop = shopOf(res);
    const [alerts, sayer] = await Promise.all([storage.campaigns.alerts(shop), sayerOf(req, shop)]);
    res.json({alerts: alerts.map((alert) => sayAlert(sayer, alert))});
  });

  router.get('/:id', async (req, res) => {
    const shop = shopOf(res);
    const {id} = parseInput(idParam, req.params);
    const campaign = await service.requireCampaign(shop, id);
    const [report, alerts, sayer] = await Promise.all([
      storage.campaigns.latestReport(shop, id),
      storage.campaigns.alerts(shop, id),
      sayerOf(req, shop),
    ]);
    res.json({
      campaign,
      report: report ? sayReport(sayer, report) : null,
      alerts: alerts.map((alert) => sayAlert(sayer, alert)),
    });
  });

  router.put('/:id', async (req, res) => {
    const shop = shopOf(res);
    const {id} = parseInput(idParam, req.params);
    const input = parseInput(campaignInputSchema, req.body);
    const {campaign, verification} = await service.update(shop, id, input, now());
    res.json({
      campaign: {...campaign, health: healthOf(verification)},
      ...verificationBody(verification, await sayerOf(req, shop)),
    });
  });

  router.delete('/:id', async (req, res) => {
    const {id} = parseInput(idParam, req.params);
    await service.remove(shopOf(res), id);
    res.status(204).end();
  });

  router.post('/:id/verify', async (req, res) => {
    const shop = shopOf(res);
    const {id} = parseInput(idParam, req.params);
    const outcome = await service.verify(shop, id, 'manual', now());
    if (!outcome.ok)
      throw new HeedError(
        'SHOPIFY_UNAVAILABLE',
        `Verification could not read Shopify: ${outcome.reason}`,
      );
    res.json({report: sayReport(await sayerOf(req, shop), outcome.report)});
  });

  router.get('/:id/links', async (req, res) => {
    const shop = shopOf(res);
    const {id} = parseInput(idParam, req.params);
    const {path} = parseInput(z.object({path: z.string().max(2000).default('/')}), req.query);
    const campaign = await service.requireCampaign(shop, id);
    if (campaign.health !== 'ready' && campaign.health !== 'warnings') {
      throw new HeedError('CONFLICT', 'Campaign not ready', {
        problems: [
          {path: 'health', message: 'Fix the blockers and verify again before generating links.'},
        ],
      });
    }
    const checked = checkRedirectPath(path);
    if (!checked.ok)
      throw new HeedError('VALIDATION_FAILED', 'Unsafe redirect path', {
        problems: [{path: 'path', message: checked.reason}],
      });
    const facts = await deps.reader.shop(shop);
    const host = facts.ok ? (facts.value.hosts[0] ?? shop) : shop;
    res.json({
      links: campaign.discountCodes.map((code) => ({
        code,
        url: verifiedLink(host, code, checked.path, campaign.attributionKey),
      })),
    });
  });

  return router;
}

function listItem(c: CampaignSummary) {
  const {email: _email, ...rest} = c;
  return rest;
}

function healthOf(v: VerifyOutcome) {
  return v.ok ? v.report.health : 'unverified';
}

function verificationBody(v: VerifyOutcome, sayer: Sayer) {
  return v.ok
    ? {report: sayReport(sayer, v.report), verificationError: null}
    : {
        report: null,
        verificationError:
          'Shopify could not be reached; the campaign is saved and will be verified again shortly.',
      };
}
