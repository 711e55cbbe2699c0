import {randomUUID} from 'node:crypto';
import express, {type NextFunction, type Request, type Response, type Router} from 'express';
import type {Shopify} from '@shopify/shopify-api';
import {z} from 'zod';
import type {Storage} from '../storage';
import {HeedError} from '../errors';
import {notFound} from '../http/error-handler';
import {parseInput} from '../http/validate';
import {checkCheckoutToken} from './checkout-token';
import {checkoutCors} from './cors';
import {findOffer, offerCode} from './find-offer';
import {outcomeSignal} from './outcome-signal';
import {discountCodeSchema} from '../campaigns/campaign';
import type {JoinJourney} from '../webhooks/handler-types';
import {applyOutcome} from '../signals/apply-webhook';
import {customerGid, orderGid} from '../shopify-ids';
import type {CampaignSummary} from '../storage/campaigns-repository';
import type {AskForHelp} from './help-request';
import {helpHandler} from './help-route';

const MAX_OUTCOME_BODY = '8kb';
/** A request for a person is a channel, an address or number and a language: a few hundred bytes. */
const MAX_HELP_BODY = '4kb';

const offerQuery = z.object({
  campaign: z.string().trim().max(100).optional(),
  codes: z
    .string()
    .max(2000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
            .slice(0, 20)
        : [],
    ),
});

const outcomeBody = z.object({
  campaignId: z.uuid(),
  code: discountCodeSchema,
  state: z.enum(['applied', 'could_not_apply', 'thank_you_mismatch', 'thank_you_confirmed']),
  reason: z.enum(['apply_error', 'no_allocation', 'cannot_update']).optional(),
  amountSaved: z
    .object({amount: z.number().nonnegative(), currencyCode: z.string().length(3)})
    .optional(),
  // The Thank you page names the order as a GID (Order or OrderIdentity); stored as an Order GID.
  orderId: z
    .string()
    .max(255)
    .refine((id) => orderGid(id) !== null, 'must be a Shopify order id')
    .optional(),
  checkoutToken: z.string().min(1).max(255).optional(),
});

interface CheckoutLocals {
  shop: string;
  customerId: string | null;
}

/**
 * /api/checkout — what the checkout extension asks (the offer), tells (the outcome), and asks on
 * the shopper's behalf (a person, `askForHelp`, given by the follow-up domain).
 */
export function createCheckoutRoutes(deps: {
  api: Shopify;
  storage: Storage;
  now: () => number;
  joinJourney?: JoinJourney;
  askForHelp?: AskForHelp;
}): Router {
  const {storage, now} = deps;
  const router = express.Router();
  router.use(checkoutCors());
  router.use(requireInstalledShop(deps.api, storage));

  router.get('/offer', async (req, res) => {
    const {shop} = res.locals.checkout as CheckoutLocals;
    const query = parseInput(offerQuery, req.query);
    if (!query.campaign && query.codes.length === 0) {
      res.json({offer: null});
      return;
    }
    const campaign = findOffer(await storage.campaigns.list(shop), {
      campaignKey: query.campaign ?? null,
      codes: query.codes,
      now: now(),
    });
    // An unknown key or code reveals nothing: the same 404 whether it never existed or ended.
    if (!campaign) throw new HeedError('NOT_FOUND', 'No offer for this checkout');
    const shopRecord = await storage.shops.get(shop);
    res.set('Cache-Control', 'no-store').json({
      offer: {
        campaignId: campaign.id,
        code: offerCode(campaign, query.codes),
        promise: {kind: campaign.promise.kind, value: campaign.promise.value},
        currencyCode: shopRecord?.currencyCode ?? 'USD',
      },
    });
  });

  router.post('/outcome', express.json({limit: MAX_OUTCOME_BODY}), async (req, res) => {
    const {shop, customerId} = res.locals.checkout as CheckoutLocals;
    const outcome = parseInput(outcomeBody, req.body);
    const campaign = await storage.campaigns.get(shop, outcome.campaignId);
    if (
      !campaign ||
      !campaign.discountCodes.some((c) => c.toUpperCase() === outcome.code.toUpperCase())
    ) {
      throw new HeedError('NOT_FOUND', 'No such campaign code');
    }
    // The outcome joins its checkout's journey before it is acknowledged: the journey tells it,
    // as a signal that can end, from then on.
    const at = now();
    const ref = {checkoutToken: outcome.checkoutToken ?? null, orderId: orderGid(outcome.orderId)};
    let joined = false;
    if (deps.joinJourney && (ref.checkoutToken || ref.orderId)) {
      await deps.joinJourney(shop, ref, (journey) => {
        const updated = applyOutcome(journey, outcome, {shop, at, customerId});
        joined = updated !== null;
        return updated;
      });
    }
    if (!joined) await recordUnattached(shop, customerId, outcome, campaign, at);
    res.status(202).json({recorded: true});
  });

  if (deps.askForHelp) {
    router.post(
      '/help',
      express.json({limit: MAX_HELP_BODY}),
      helpHandler({askForHelp: deps.askForHelp, now}),
    );
  }

  /**
   * No journey yet for this outcome (a Thank you page that named only its order): it is kept as
   * a signal with its order and token, and becomes part of the journey when that appears.
   */
  async function recordUnattached(
    shop: string,
    customerId: string | null,
    outcome: z.infer<typeof outcomeBody>,
    campaign: CampaignSummary,
    at: number,
  ) {
    const shopRecord = await storage.shops.get(shop);
    const signal = outcomeSignal(
      {...outcome, orderId: orderGid(outcome.orderId) ?? undefined},
      campaign,
      {
        shop,
        customerId: customerGid(customerId),
        currencyCode: shopRecord?.currencyCode ?? 'USD',
        timeZone: shopRecord?.timeZone ?? null,
        id: randomUUID(),
        now: at,
      },
    );
    // A reloaded thank-you page reports the same order again; it is one case, not two.
    const repeated = signal?.orderId
      ? await storage.signals.existsForOrder(shop, signal.type, signal.orderId)
      : false;
    if (signal && !repeated) await storage.signals.add(signal);
  }

  router.use(notFound);
  return router;
}

/** The token must be valid and its shop must have Heed installed; every refusal looks the same. */
function requireInstalledShop(api: Shopify, storage: Storage) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const check = await checkCheckoutToken(api, req.get('authorization'));
    if (!check.ok) throw new HeedError('UNAUTHENTICATED', `Checkout token ${check.reason}`);
    if (!(await storage.shops.isInstalled(check.shop)))
      throw new HeedError('FORBIDDEN', 'Shop has not installed Heed');
    res.locals.checkout = {shop: check.shop, customerId: check.customerId} satisfies CheckoutLocals;
    next();
  };
}
