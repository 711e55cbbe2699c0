import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {z} from 'zod';
import {bootstrap, type Heed} from '../bootstrap';
import type {ShopifySimulator} from '../../simulator';
import {addDays, dateIn, knownZone, startOfDay} from '../outcomes/week';
import type {DemoClock} from './demo-clock';
import {createDemoClient, type DemoClient} from './demo-client';
import {newCheckout, wholeCheckout, type DemoLine} from './demo-checkout';
import {signedIn} from './example-cases';
import {HISTORY_DAYS, historyPlan, type HistoryStory} from './history-plan';
import {DEMO_STAFF} from './session-token';

const MINUTE_MS = 60_000;
/** Time between two steps of a past checkout. */
const STEP_MS = 50_000;

const resumedSchema = z.object({
  case: z.object({draftOrder: z.object({id: z.string()}).nullable()}),
  suggestedMessage: z.object({subject: z.string(), body: z.string()}),
});

export interface CaseHistoryDeps {
  /** The demo's own Heed: its database gets the history. */
  heed: Heed;
  simulator: ShopifySimulator;
  /** The clock the simulator runs on, which the history moves back and forth. */
  clock: DemoClock;
  shop: string;
  ingestKey: string;
  /** The demo's SQLite file, which the past's instance opens too. */
  sqliteFile: string;
}

/** One moment of the week: what happens then, in the order the week happened. */
interface Step {
  at: number;
  run(): Promise<void>;
}

/**
 * The store's past week, made through Heed's real paths (shoppers' events through ingest, the
 * rules opening cases, the shop's people acting through the admin API, orders through the
 * webhook) by a second Heed instance on the demo's database whose clock stands in the past: the
 * real paths take their time from their clock, and the running demo's must never go back. The
 * instance runs no sweeps of its own but escalation, run as the week passes, so nothing of the
 * running demo acts on the past meanwhile. A restarted demo keeps the history it made.
 */
export async function seedCaseHistory(deps: CaseHistoryDeps): Promise<void> {
  const {heed, shop} = deps;
  const zone = knownZone((await heed.storage.shops.get(shop))?.timeZone ?? null) ?? 'UTC';
  const today = startOfDay(dateIn(Date.now(), zone), zone);
  const told = await heed.storage.outcomes.cases({
    shop,
    startsAt: 0,
    endsAt: today,
    campaignId: null,
  });
  if (told.length > 0) return;

  const past = await openPastInstance(deps);
  try {
    const steps = historyPlan()
      .flatMap((story) => stepsOf(story, storyStart(story, zone), past, deps))
      .sort((a, b) => a.at - b.at);
    deps.clock.setTo(storyStart({daysAgo: HISTORY_DAYS, at: '00:00'}, zone));
    for (const step of steps) {
      deps.clock.advanceTo(step.at);
      await step.run();
      await past.escalate();
    }
    await past.heed.drainJourneys();
  } finally {
    deps.clock.resume();
    await past.close();
  }
}

interface PastInstance {
  heed: Heed;
  client: DemoClient;
  escalate(): Promise<void>;
  close(): Promise<void>;
}

async function openPastInstance(deps: CaseHistoryDeps): Promise<PastInstance> {
  const {config} = deps.heed;
  const past = await bootstrap(config, {
    storageTarget: {kind: 'sqlite', file: deps.sqliteFile},
    logger: deps.heed.logger,
    fetch: deps.simulator.fetch,
    now: deps.clock.now,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = createServer(past.listener).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const port = (server.address() as AddressInfo).port;
  const client = createDemoClient({
    url: `http://127.0.0.1:${port}`,
    app: {shop: deps.shop, apiKey: config.apiKey, apiSecret: config.apiSecret},
    ingestKey: deps.ingestKey,
    // Session tokens are checked against the real time, as Shopify's are.
    now: Date.now,
  });
  const escalation = past.sweeps.find((s) => s.name === 'case escalation');
  return {
    heed: past,
    client,
    escalate: async () => {
      await escalation?.run();
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await past.close();
    },
  };
}

function storyStart(story: Pick<HistoryStory, 'daysAgo' | 'at'>, zone: string): number {
  const day = addDays(dateIn(Date.now(), zone), -story.daysAgo);
  const [hours, minutes] = story.at.split(':').map(Number);
  return startOfDay(day, zone) + ((hours ?? 0) * 60 + (minutes ?? 0)) * MINUTE_MS;
}

/** The story's checkout at `start`, then what the shop's people did, at their minutes. */
function stepsOf(
  story: HistoryStory,
  start: number,
  past: PastInstance,
  deps: CaseHistoryDeps,
): Step[] {
  const {client, heed} = past;
  const who = signedInOrGuest(story, deps);
  const checkout = newCheckout(story.scenario, who, story.lines);
  const found = {caseId: '', draftOrderId: ''};
  const checksOut: Step = {
    at: start,
    run: async () => {
      await client.ingest(wholeCheckout(checkout, deps.clock.now(), STEP_MS));
      await heed.drainJourneys();
      if (!story.case) return;
      const customerId = story.case.customerId;
      const open = await heed.storage.cases.list(deps.shop, {view: 'open', limit: 100});
      const opened = open.find((c) => c.customerId === customerId);
      if (!opened) throw new Error(`The demo's rules opened no case for ${customerId}`);
      found.caseId = opened.id;
    },
  };
  if (!story.case) return [checksOut];
  const sub = DEMO_STAFF[story.case.by];
  const act = (action: string, body: unknown = {}) =>
    client.api(sub, 'POST', `/api/cases/${encodeURIComponent(found.caseId)}/${action}`, body);
  const after = (minutes: number, run: () => Promise<void>): Step => ({
    at: start + minutes * MINUTE_MS,
    run,
  });
  const response = story.case.response;
  switch (response.kind) {
    case 'invoice_paid':
      return [
        checksOut,
        after(response.contactAfterMin, async () => {
          await act('claim');
          const resumed = resumedSchema.parse(await act('resume'));
          found.draftOrderId = resumed.case.draftOrder?.id ?? '';
          await act('invoice', resumed.suggestedMessage);
        }),
        after(response.paidAfterMin, async () => {
          const paid = deps.simulator.payDraftOrder(deps.shop, found.draftOrderId);
          await ordered(past, paid.webhookBody);
        }),
      ];
    case 'called':
      return [
        checksOut,
        after(response.afterMin, async () => {
          await act('claim');
          await act('call', {outcome: 'reached', notes: CALL_NOTES[response.outcome]});
          await act('resolve', {outcome: response.outcome});
        }),
      ];
    case 'no_answer':
      return [
        checksOut,
        after(response.afterMin, async () => {
          await act('claim');
          await act('call', {outcome: 'no_answer'});
        }),
        after(response.resolveAfterMin, async () => {
          await act('resolve', {
            outcome: 'unreachable',
            note: 'Two calls, no answer; the draft order link is on the case if they write back.',
          });
        }),
      ];
    case 'bought_first':
      return [
        checksOut,
        after(response.afterMin, async () => {
          const placed = deps.simulator.placeOrder(deps.shop, {
            customerId: story.case?.customerId ?? null,
            sourceName: 'pos',
            lineItems: story.lines.map(simLine),
          });
          await ordered(past, placed.webhookBody);
        }),
      ];
  }
}

const CALL_NOTES = {
  will_buy_later: 'Reached them: they will order after payday, with the 20% the email promised.',
  not_interested: 'Reached them: they found something elsewhere meanwhile; thanked us for calling.',
} as const;

async function ordered(past: PastInstance, body: Record<string, unknown>): Promise<void> {
  await past.client.orderCreated(body);
  await past.heed.webhookProcessor.drain();
  await past.heed.drainJourneys();
}

function signedInOrGuest(story: HistoryStory, deps: CaseHistoryDeps) {
  return story.case ? signedIn(deps, story.case.customerId) : null;
}

function simLine(line: DemoLine) {
  return {
    title: line.title,
    productId: `gid://shopify/Product/${line.variantId}`,
    variantId: `gid://shopify/ProductVariant/${line.variantId}`,
    quantity: line.quantity,
    unitPrice: line.price.toFixed(2),
  };
}
