import {randomUUID} from 'node:crypto';
import express, {type Router} from 'express';
import {z} from 'zod';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import type {Storage} from '../storage';
import {readJourney} from '../signals/journey-state';
import {ruleInputSchema, type Rule} from './rule';
import {ruleSentence, type RuleNames} from './rule-sentence';
import {readFollowupContext, type FollowupContext} from './followup-context';
import type {PreviewJourney} from './match-rules';
import {PREVIEW_DAYS, previewRule} from './rule-preview';
import {readerOf} from '../http/request-reader';
import {sayerFor} from '../sentences/wording';
import {shopperFactsOf} from './shopper-facts';
import {requireLead} from './staff-route';

/** The preview replays at most this many of the shop's journeys. */
const PREVIEW_JOURNEYS = 2_000;

const orderSchema = z.object({ids: z.array(z.string().min(1).max(64)).min(1).max(500)}).strict();

/**
 * /api/rules — what deserves a person. Everyone reads the rules; a lead adds, edits, reorders
 * and deletes them. The preview answers what a rule would have opened over the shop's last seven
 * days of real journeys, before it is saved.
 */
export function createRulesRoute(deps: {storage: Storage; now: () => number}): Router {
  const router = express.Router();

  async function context(shop: string): Promise<FollowupContext> {
    return readFollowupContext(deps.storage, shop, deps.now());
  }

  function view(rule: Rule, names: RuleNames) {
    return {...rule, shop: undefined, sentence: ruleSentence(rule, names)};
  }

  async function listView(shop: string) {
    const ctx = await context(shop);
    const names = namesFor(ctx);
    return {rules: ctx.rules.map((r) => view(r, names))};
  }

  router.get('/', async (_req, res) => {
    res.json(await listView(shopOf(res)));
  });

  router.post('/preview', async (req, res) => {
    const shop = shopOf(res);
    const input = parseInput(ruleInputSchema, req.body);
    const ctx = await context(shop);
    const now = deps.now();
    const records = await deps.storage.reads.journeys.recent(
      shop,
      now - PREVIEW_DAYS * 24 * 3_600_000,
      PREVIEW_JOURNEYS,
    );
    const signals = await deps.storage.reads.signals.forJourneys(
      shop,
      records.map((r) => r.id),
    );
    const journeys: PreviewJourney[] = records.map((record) => {
      const journey = readJourney(record.state);
      const journeySignals = signals.get(record.id) ?? [];
      const facts = shopperFactsOf({
        journey,
        status: null,
        signalTypes: journeySignals.map((s) => s.type),
        shopperAsked: false,
      });
      return {
        journey,
        signals: journeySignals,
        shopper: {returning: facts.returning, contactBasis: facts.contactBasis},
      };
    });
    const sayer = sayerFor(readerOf(req), ctx.timeZone);
    res.json(previewRule(input, journeys, ctx.match, ctx.campaigns, sayer));
  });

  router.post('/', async (req, res) => {
    const shop = shopOf(res);
    await requireLead(deps.storage, res);
    const input = parseInput(ruleInputSchema, req.body);
    await assertAssignee(deps.storage, shop, input.assignee);
    const now = deps.now();
    await context(shop);
    const rule: Rule = {
      ...input,
      id: randomUUID(),
      shop,
      position: await deps.storage.rules.nextPosition(shop),
      createdAt: now,
      updatedAt: now,
    };
    await deps.storage.rules.add(rule);
    res.status(201).json({rule: view(rule, namesFor(await context(shop)))});
  });

  router.put('/order', async (req, res) => {
    const shop = shopOf(res);
    await requireLead(deps.storage, res);
    const {ids} = parseInput(orderSchema, req.body);
    const current = await deps.storage.rules.list(shop);
    const same =
      ids.length === current.length &&
      new Set(ids).size === ids.length &&
      current.every((r) => ids.includes(r.id));
    if (!same) {
      throw new HeedError('VALIDATION_FAILED', 'The order must name every rule once', {
        problems: [{path: 'ids', message: 'Name every rule of the shop exactly once'}],
      });
    }
    await deps.storage.rules.reorder(shop, ids, deps.now());
    res.json(await listView(shop));
  });

  router.put('/:id', async (req, res) => {
    const shop = shopOf(res);
    await requireLead(deps.storage, res);
    const input = parseInput(ruleInputSchema, req.body);
    await assertAssignee(deps.storage, shop, input.assignee);
    const id = String(req.params.id);
    if (!(await deps.storage.rules.update(shop, id, input, deps.now()))) {
      throw new HeedError('NOT_FOUND', 'No such rule');
    }
    const rule = await deps.storage.rules.get(shop, id);
    if (!rule) throw new HeedError('NOT_FOUND', 'No such rule');
    res.json({rule: view(rule, namesFor(await context(shop)))});
  });

  router.delete('/:id', async (req, res) => {
    const shop = shopOf(res);
    await requireLead(deps.storage, res);
    if (!(await deps.storage.rules.delete(shop, String(req.params.id)))) {
      throw new HeedError('NOT_FOUND', 'No such rule');
    }
    res.status(204).end();
  });

  return router;
}

function namesFor(ctx: FollowupContext): RuleNames {
  return {
    campaigns: new Map(ctx.campaigns.map((c) => [c.id, c.name])),
    staff: new Map(ctx.staff.map((s) => [s.userId, s.name ?? 'a staff member'])),
    currencyCode: ctx.match.currencyCode,
  };
}

/** A rule for a person names someone of this shop's staff. */
async function assertAssignee(
  storage: Storage,
  shop: string,
  assignee: {kind: string; userId?: string},
): Promise<void> {
  if (assignee.kind !== 'person' || !assignee.userId) return;
  if (!(await storage.staff.get(shop, assignee.userId))) {
    throw new HeedError('VALIDATION_FAILED', 'Unknown staff member', {
      problems: [{path: 'assignee.userId', message: 'Choose someone of your staff'}],
    });
  }
}
