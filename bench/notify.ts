/**
 * Signal → staff notification latency: distinct signed-in campaign shoppers whose promised code
 * does not apply, each opening an urgent case that round robin hands to an agent. For each, the
 * time from the 2xx answer of POST /api/pixel/events to the moment a real SMTP server
 * (smtp-server, on loopback, the demo's own) has received the whole email to that agent, sent
 * through the durable outbox by Heed's mailer (nodemailer, a connection per message). No sweep
 * runs: the email leaves because the case opening kicks the outbox worker, as it must for a
 * person to hear within seconds. Shoppers arrive at a steady rate (open loop). SQLite, and
 * PostgreSQL when DATABASE_URL is set, both with durable commits. Shopify is the simulator, in
 * this process, as are the load and the SMTP server.
 * Run: npm run bench (or: npx tsx bench/notify.ts)
 */
import {createServer} from 'node:http';
import {randomUUID} from 'node:crypto';
import type {AddressInfo} from 'node:net';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import {journeyIdFor} from '../web/server/signals/journey';
import type {StorageTarget} from '../web/server/storage';
import {findCaseLink} from '../web/server/followup/staff-email';
import {startSmtpInbox} from '../web/server/demo/smtp-inbox';
import {createShopifySimulator, installSimulatorFetch, loadAdminSchema} from '../web/simulator';
import {fmt} from './measure';
import {UNLIMITED_INGEST} from '../web/server/signals/ingest-limits';
import {SHOP, at, installShop, onEachEngine, paced, postAgain, shopperEvents} from './bench-shop';

/** Busy: shoppers measured, each opening a case and one email, at a busy campaign's pace. */
const CASES = Number(process.env.BENCH_NOTIFY_CASES ?? 200);
const RATE = Number(process.env.BENCH_NOTIFY_RATE ?? 10);
/** Calm: one every half second, so that each email leaves alone. */
const CALM_CASES = 40;
const CALM_RATE = 2;
/** Shoppers sent before measuring, so that the code on the path is compiled. */
const WARM_UP = 10;
/** An email not received this long after the last acknowledgement counts as missing. */
const GIVE_UP_MS = 30_000;
/** The agents round robin hands the cases to, and the lead; every one on shift, none muted. */
const STAFF = [
  {userId: '1', name: 'Anna Lindqvist', email: 'anna@fabulous-furs.example', role: 'lead'},
  {userId: '2', name: 'Omar Haddad', email: 'omar@fabulous-furs.example', role: 'agent'},
  {userId: '3', name: 'Mei Chen', email: 'mei@fabulous-furs.example', role: 'agent'},
] as const;

interface Phase {
  label: string;
  shoppers: number;
  perSecond: number;
}

/** First shoppers one at a time, then at a busy campaign's pace, where sends overlap. */
const PHASES: Phase[] = [
  {label: 'calm', shoppers: CALM_CASES, perSecond: CALM_RATE},
  {label: 'busy', shoppers: CASES, perSecond: RATE},
];

async function benchTarget(name: string, target: StorageTarget, dispose: () => Promise<void>) {
  const runStarted = performance.now();
  const config = loadConfig('test', {});
  const simulator = createShopifySimulator({
    apiKey: config.apiKey,
    apiSecret: config.apiSecret,
    schema: await loadAdminSchema(),
  });
  const restoreFetch = installSimulatorFetch(simulator);
  const heed = await bootstrap(config, {
    storageTarget: target,
    logger: createLogger('silent'),
    fetch: simulator.fetch,
    ingestLimits: UNLIMITED_INGEST,
  });
  const key = await installShop(heed, simulator.installShop(SHOP), config.scopes.join(','));

  /** Each case's first email: when its sender connected and when it was received. */
  const received = new Map<string, {connectedAt: number; receivedAt: number}>();
  let duplicates = 0;
  let arrived: (() => void) | null = null;
  const inbox = await startSmtpInbox({
    now: () => performance.now(),
    onMessage: (email) => {
      const caseId = findCaseLink(email.text, config.apiKey)?.caseId;
      if (!caseId) return;
      if (received.has(caseId)) duplicates += 1;
      else received.set(caseId, {connectedAt: email.connectedAt, receivedAt: email.receivedAt});
      arrived?.();
    },
  });
  await addStaffAndMail(heed, inbox.port);
  const server = createServer(heed.listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;

  let shoppers = 0;
  let unacknowledged = 0;
  /** One shopper through ingest; the time of the 2xx, by the journey it names. */
  const send = async (acked: Map<string, number>, label: string) => {
    shoppers += 1;
    const token = `tok-${label}-${shoppers}-${randomUUID()}`;
    const body = JSON.stringify({shop: SHOP, key, events: shopperEvents(shoppers, token)});
    const status = await postAgain(port, body);
    if (status >= 200 && status < 300) {
      acked.set(journeyIdFor(SHOP, {checkoutToken: token, clientId: null}), performance.now());
    } else unacknowledged += 1;
  };

  /** Each acknowledged checkout's case, once its email came (or GIVE_UP_MS passed). */
  async function casesOf(acked: Map<string, number>): Promise<Map<string, string>> {
    await heed.drainJourneys();
    const caseOf = new Map<string, string>();
    for (const journeyId of acked.keys()) {
      const [opened] = await heed.storage.cases.forJourney(SHOP, journeyId);
      if (opened) caseOf.set(journeyId, opened.id);
    }
    const deadline = performance.now() + GIVE_UP_MS;
    while ([...caseOf.values()].some((id) => !received.has(id)) && performance.now() < deadline) {
      await new Promise<void>((resolve) => {
        arrived = resolve;
        setTimeout(resolve, 100);
      });
    }
    return caseOf;
  }

  await paced(WARM_UP, CALM_RATE, () => send(new Map(), 'warm'));
  await casesOf(new Map());

  for (const phase of PHASES) {
    const acked = new Map<string, number>();
    const started = performance.now();
    await paced(phase.shoppers, phase.perSecond, () => send(acked, phase.label));
    const pace = phase.shoppers / ((performance.now() - started) / 1000);
    const caseOf = await casesOf(acked);
    const since = (moment: 'connectedAt' | 'receivedAt') =>
      [...acked]
        .flatMap(([journeyId, ackAt]) => {
          const email = received.get(caseOf.get(journeyId) ?? '');
          return email === undefined ? [] : [Math.max(0, email[moment] - ackAt)];
        })
        .sort((a, b) => a - b);
    const samples = since('receivedAt');
    const connected = since('connectedAt');
    const ms = (sorted: number[], p: number) => `${fmt(at(sorted, p), 1)} ms`;
    console.log(
      `notify [${name}] ${phase.label}: ${phase.shoppers} distinct shoppers at ${fmt(pace, 1)}/s, each opening an urgent case; ` +
        `ingest 2xx → the agent's email received by the SMTP server: p50 ${ms(samples, 0.5)}, ` +
        `p99 ${ms(samples, 0.99)}, max ${fmt(samples.at(-1) ?? 0, 1)} ms ` +
        `(→ Heed's mailer connected: p50 ${ms(connected, 0.5)}, p99 ${ms(connected, 0.99)}); ` +
        `cases not opened ${acked.size - caseOf.size}, emails missing ${caseOf.size - samples.length}`,
    );
  }
  console.log(
    `notify [${name}] emails sent twice ${duplicates}; batches not acknowledged ${unacknowledged}; ` +
      `whole run ${fmt((performance.now() - runStarted) / 1000, 1)} s`,
  );
  await new Promise((resolve) => server.close(resolve));
  await heed.close();
  await inbox.close();
  restoreFetch();
  await dispose();
}

/** The shop's people, as the staff directory keeps them, and its mail settings at the inbox. */
async function addStaffAndMail(heed: Awaited<ReturnType<typeof bootstrap>>, smtpPort: number) {
  const now = Date.now();
  for (const member of STAFF) {
    await heed.storage.staff.addIfAbsent({
      shop: SHOP,
      ...member,
      timeZone: null,
      workingHours: null,
      available: true,
      createdAt: now,
      updatedAt: now,
      lastSeenAt: now,
    });
  }
  await heed.storage.mailSettings.save({
    shop: SHOP,
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    username: '',
    passwordSealed: null,
    fromAddress: 'Fabulous Furs <hello@fabulous-furs.example>',
    updatedAt: now,
  });
}

await onEachEngine('notify', benchTarget);
