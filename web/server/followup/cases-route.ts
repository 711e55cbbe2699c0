import express, {type Request, type Router} from 'express';
import {z} from 'zod';
import {shopOf, staffUserOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import type {Storage} from '../storage';
import {SIGNAL_TYPES} from '../signals/signal';
import {CASE_OUTCOMES, type FollowupCase} from './types';
import {byUrgency, caseSummary, namesOf} from './case-views';
import {casePage} from './case-page';
import type {CaseService} from './case-service';
import {CALL_OUTCOMES, type CaseContacts} from './case-contact';
import type {CaseOrders} from './case-orders';
import type {CaseAction} from './case-state';
import {checkReply} from './reply-check';
import {acknowledgedSchema, replyFactsOf} from './reply-facts';
import {readerOf} from '../http/request-reader';
import {sayerFor, sayStored} from '../sentences/wording';
import {refusal} from './refusal';

/** Cases one list answers at most. */
const LIST_LIMIT = 500;

const listQuery = z
  .object({
    view: z.enum(['open', 'resolved']).default('open'),
    filter: z.enum(['mine', 'unassigned', 'overdue']).optional(),
    campaign: z.string().min(1).max(64).optional(),
    signal: z.enum(SIGNAL_TYPES).optional(),
  })
  .strict();

const text = (max: number) => z.string().trim().min(1).max(max);
const empty = z.object({}).strict();

const ACTIONS = {
  claim: {schema: empty, action: (): CaseAction => ({kind: 'claim'})},
  handover: {
    schema: z.object({userId: text(64)}).strict(),
    action: (b: {userId: string}): CaseAction => ({kind: 'handover', userId: b.userId}),
  },
  note: {
    schema: z.object({text: text(5_000)}).strict(),
    action: (b: {text: string}): CaseAction => ({kind: 'note', text: b.text}),
  },
  snooze: {
    schema: z.object({until: z.number().int().positive()}).strict(),
    action: (b: {until: number}): CaseAction => ({kind: 'snooze', until: b.until}),
  },
  wake: {schema: empty, action: (): CaseAction => ({kind: 'wake'})},
  resolve: {
    schema: z.object({outcome: z.enum(CASE_OUTCOMES), note: text(5_000).optional()}).strict(),
    action: (b: {outcome: (typeof CASE_OUTCOMES)[number]; note?: string}): CaseAction => ({
      kind: 'resolve',
      outcome: b.outcome,
      note: b.note ?? null,
    }),
  },
  reopen: {schema: empty, action: (): CaseAction => ({kind: 'reopen'})},
} as const;

const callSchema = z
  .object({outcome: z.enum(CALL_OUTCOMES), notes: text(5_000).optional()})
  .strict();
const messageSchema = z
  .object({
    method: z.enum(['email', 'copied']),
    subject: text(200),
    body: text(10_000),
    acknowledged: acknowledgedSchema,
  })
  .strict();
const invoiceSchema = z
  .object({subject: text(200).optional(), body: text(5_000), acknowledged: acknowledgedSchema})
  .strict();
const draftSchema = z.object({subject: text(200), body: text(10_000)}).strict();

/**
 * /api/cases — the follow-up inbox and what a person does with a case. The shop comes from the
 * session token's `dest` and the person acting from its `sub`; a case of another shop is 404.
 */
export function createCasesRoute(deps: {
  storage: Storage;
  now: () => number;
  service: CaseService;
  contacts: CaseContacts;
  orders: CaseOrders;
  /** Sends due notifications now (after a retry), without waiting for the next sweep. */
  notifyNow?: () => void;
}): Router {
  const router = express.Router();

  async function answer(req: Request, followup: FollowupCase) {
    return casePage(deps.storage, followup, deps.now(), readerOf(req));
  }

  router.get('/', async (req, res) => {
    const shop = shopOf(res);
    const me = staffUserOf(res);
    const query = parseInput(listQuery, req.query);
    const now = deps.now();
    const [cases, counts, staff, campaigns, record] = await Promise.all([
      deps.storage.cases.list(shop, {view: query.view, limit: LIST_LIMIT}),
      deps.storage.cases.openCounts(shop),
      deps.storage.staff.list(shop),
      deps.storage.campaigns.list(shop),
      deps.storage.shops.get(shop),
    ]);
    const names = namesOf(staff, campaigns);
    const sayer = sayerFor(readerOf(req), record?.timeZone ?? null);
    const shown = cases
      .filter((c) => {
        if (query.filter === 'mine' && c.assigneeId !== me) return false;
        if (query.filter === 'unassigned' && c.assigneeId !== null) return false;
        if (query.filter === 'overdue' && !(c.firstContactAt === null && c.dueAt < now))
          return false;
        if (query.campaign && c.campaignId !== query.campaign) return false;
        if (query.signal && !c.signalTypes.includes(query.signal)) return false;
        return true;
      })
      .sort(query.view === 'open' ? byUrgency : () => 0);
    res.json({
      cases: shown.map((c) => caseSummary(c, names, now, sayer)),
      counts: {urgent: counts.urgent ?? 0, high: counts.high ?? 0, normal: counts.normal ?? 0},
    });
  });

  router.get('/:id', async (req, res) => {
    const shop = shopOf(res);
    res.json(await answer(req, await deps.service.load(shop, String(req.params.id))));
  });

  for (const [name, {schema, action}] of Object.entries(ACTIONS)) {
    router.post(`/:id/${name}`, async (req, res) => {
      const shop = shopOf(res);
      const body = parseInput(schema, req.body ?? {}) as never;
      const done = await deps.service.act(
        shop,
        String(req.params.id),
        staffUserOf(res),
        action(body),
      );
      res.json(await answer(req, done));
    });
  }

  router.post('/:id/notifications/:notificationId/retry', async (req, res) => {
    const shop = shopOf(res);
    parseInput(empty, req.body ?? {});
    const followup = await deps.service.load(shop, String(req.params.id));
    const id = String(req.params.notificationId);
    if (!(await deps.storage.outbox.retry(shop, followup.id, id, deps.now()))) {
      const known = (await deps.storage.outbox.forCase(shop, followup.id)).some((n) => n.id === id);
      if (!known) throw new HeedError('NOT_FOUND', 'No such notification');
      throw refusal('CONFLICT', 'Retry of a notification not failed', 'refusal.onlyFailedRetried');
    }
    deps.notifyNow?.();
    res.json(await answer(req, followup));
  });

  router.post('/:id/refresh-status', async (req, res) => {
    const shop = shopOf(res);
    parseInput(empty, req.body ?? {});
    const done = await deps.service.refreshStatus(shop, String(req.params.id), staffUserOf(res));
    res.json(await answer(req, done));
  });

  router.post('/:id/call', async (req, res) => {
    const shop = shopOf(res);
    const body = parseInput(callSchema, req.body);
    const done = await deps.contacts.call(shop, String(req.params.id), staffUserOf(res), body);
    res.json(await answer(req, done));
  });

  router.post('/:id/message', async (req, res) => {
    const shop = shopOf(res);
    const body = parseInput(messageSchema, req.body);
    const done = await deps.contacts.message(shop, String(req.params.id), staffUserOf(res), body);
    res.json(await answer(req, done));
  });

  /** The reply check alone, for the page to warn while the person writes. */
  router.post('/:id/reply-check', async (req, res) => {
    const shop = shopOf(res);
    const draft = parseInput(draftSchema, req.body);
    const followup = await deps.service.load(shop, String(req.params.id));
    const warnings = checkReply(draft, await replyFactsOf(deps.storage, followup));
    const timeZone = (await deps.storage.shops.get(shop))?.timeZone ?? null;
    const sayer = sayerFor(readerOf(req), timeZone);
    res.json({
      warnings: warnings.map(({rule, message, wording}) => ({
        rule,
        message: sayStored(sayer, message, wording),
      })),
    });
  });

  router.post('/:id/resume', async (req, res) => {
    const shop = shopOf(res);
    parseInput(empty, req.body ?? {});
    const done = await deps.orders.resume(shop, String(req.params.id), staffUserOf(res));
    res.json(await answer(req, done));
  });

  router.post('/:id/invoice', async (req, res) => {
    const shop = shopOf(res);
    const body = parseInput(invoiceSchema, req.body);
    const done = await deps.orders.invoice(shop, String(req.params.id), staffUserOf(res), body);
    res.json(await answer(req, done));
  });

  router.post('/:id/refund', async (req, res) => {
    const shop = shopOf(res);
    parseInput(empty, req.body ?? {});
    const done = await deps.orders.refund(shop, String(req.params.id), staffUserOf(res));
    res.json(await answer(req, done));
  });

  return router;
}
