/**
 * Signal → case latency: distinct signed-in campaign shoppers whose promised code does not apply
 * (each with a customer id, an email and a checkout token of their own), each opening a case. For
 * each, the time from the 2xx answer of POST /api/pixel/events to the `event: case` announcing the
 * shopper's new case on the admin's live stream (GET /api/live, read over HTTP as the admin reads
 * it). First a burst, as many shoppers as the ingest route takes, tells how many cases per second
 * one instance opens; then shoppers at half that rate, for a few seconds, give p50/p99 latency
 * (like bench/ingest.ts measures at half load). SQLite, and PostgreSQL when DATABASE_URL is set,
 * both with durable commits (SQLite synchronous=FULL, PostgreSQL's default synchronous_commit).
 * Shopify is the simulator, in this process: its GraphQL work (the first look at each new
 * shopper) shares this CPU, where a real shop would cost a network wait instead.
 * Run: npm run bench (or: npx tsx bench/cases.ts)
 */
import http from 'node:http';
import {randomUUID} from 'node:crypto';
import type {AddressInfo} from 'node:net';
import {getJwt} from '@shopify/shopify-api/test-helpers';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import {journeyIdFor} from '../web/server/signals/journey';
import type {StorageTarget} from '../web/server/storage';
import {createShopifySimulator, installSimulatorFetch, loadAdminSchema} from '../web/simulator';
import {fmt, runLoad} from './measure';
import {UNLIMITED_INGEST} from '../web/server/signals/ingest-limits';
import {SHOP, at, installShop, onEachEngine, paced, postAgain, shopperEvents} from './bench-shop';

/** Shoppers sent all at once (16 in flight): how fast one instance turns signals into cases. */
const BURST_SHOPPERS = Number(process.env.BENCH_CASE_BURST ?? 40);
/** Then shoppers at half that rate for this long; at least 20 of them, for a p99 worth reading. */
const PACED_SECONDS = Number(process.env.BENCH_CASE_SECONDS ?? 3);
const PACED_AT_LEAST = 20;
/** Shoppers sent before measuring, so that the code on the path is compiled. */
const WARM_UP = 10;
/** A case not announced this long after its ingest answer counts as missing. */
const GIVE_UP_MS = 30_000;

/** GET /api/live as the admin reads it; calls `onCase` with each announced case id, when read. */
function openLive(port: number, token: string, onCase: (id: string, at: number) => void) {
  return new Promise<() => void>((resolve, reject) => {
    const request = http.get(
      {host: '127.0.0.1', port, path: '/api/live', headers: {Authorization: `Bearer ${token}`}},
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`live answered ${response.statusCode}`));
          return;
        }
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!/^event: case$/m.test(block)) continue;
            const data = /^data: (.*)$/m.exec(block)?.[1];
            const id = data ? (JSON.parse(data) as {id?: unknown}).id : undefined;
            if (typeof id === 'string') onCase(id, at);
          }
        });
        resolve(() => request.destroy());
      },
    );
    request.on('error', reject);
  });
}

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
  const server = http.createServer(heed.listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;

  const announced = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const {token: sessionToken} = await getJwt(
    SHOP.replace(/\.myshopify\.com$/, ''),
    config.apiKey,
    config.apiSecret,
    // Heed refuses session tokens that live longer than five minutes, as Shopify's never do.
    {sub: '1', iat: nowSeconds(), nbf: nowSeconds(), exp: nowSeconds() + 300},
  );
  const closeLive = await openLive(port, sessionToken, (id, at) => {
    if (announced.has(id)) return;
    announced.set(id, at);
    waiting.get(id)?.();
  });

  let shoppers = 0;
  /** Batches that got no 2xx: their shoppers are in no latency. */
  let unacknowledged = 0;
  const send = async (acked: Map<string, number>, label: string) => {
    // Every shopper is somebody new: their own customer id, email and checkout token.
    shoppers += 1;
    const n = shoppers;
    const token = `tok-${label}-${n}-${randomUUID()}`;
    const body = JSON.stringify({shop: SHOP, key, events: shopperEvents(n, token)});
    const status = await postAgain(port, body);
    if (status >= 200 && status < 300) {
      acked.set(journeyIdFor(SHOP, {checkoutToken: token, clientId: null}), performance.now());
    } else unacknowledged += 1;
  };
  /** From each acknowledged checkout to its case's announcement, sorted, and the last one. */
  const latencies = async (acked: Map<string, number>) => {
    const samples: number[] = [];
    let lastAt = 0;
    for (const [journeyId, ackAt] of acked) {
      const [opened] = await heed.storage.cases.forJourney(SHOP, journeyId);
      if (!opened) continue;
      const at = announced.get(opened.id) ?? (await announcement(opened.id, waiting, announced));
      if (at === null) continue;
      samples.push(Math.max(0, at - ackAt));
      lastAt = Math.max(lastAt, at);
    }
    samples.sort((a, b) => a - b);
    return {samples, lastAt, missing: acked.size - samples.length};
  };
  const burstOf = async (count: number, acked: Map<string, number>, label: string) =>
    runLoad(count, 16, async () => {
      await send(acked, label);
      return true;
    });

  await burstOf(WARM_UP, new Map(), 'warm');
  await heed.drainJourneys();

  // A campaign's first minute: many shoppers at once, as fast as the ingest route answers.
  const burst = new Map<string, number>();
  const burstStarted = performance.now();
  await burstOf(BURST_SHOPPERS, burst, 'burst');
  await heed.drainJourneys();
  const burstSeen = await latencies(burst);
  const capacity = burstSeen.samples.length / ((burstSeen.lastAt - burstStarted) / 1000);

  const rate = capacity / 2;
  const count = Math.max(PACED_AT_LEAST, Math.round(rate * PACED_SECONDS));
  const steady = new Map<string, number>();
  const steadyStarted = performance.now();
  await paced(count, rate, () => send(steady, 'paced'));
  const pace = count / ((performance.now() - steadyStarted) / 1000);
  await heed.drainJourneys();
  const steadySeen = await latencies(steady);

  const ms = (sorted: number[], p: number, digits: number) => `${fmt(at(sorted, p), digits)} ms`;
  console.log(
    `cases [${name}] (live \`event: case\` after the ingest 2xx) burst of ${BURST_SHOPPERS} distinct shoppers: ` +
      `${fmt(capacity, 1)} cases/s, p50 ${ms(burstSeen.samples, 0.5, 0)}, p99 ${ms(burstSeen.samples, 0.99, 0)}, ` +
      `missing ${burstSeen.missing}; at half that rate, ${count} shoppers at ${fmt(pace, 1)}/s: ` +
      `p50 ${ms(steadySeen.samples, 0.5, 1)}, p99 ${ms(steadySeen.samples, 0.99, 1)}, ` +
      `max ${fmt(steadySeen.samples.at(-1) ?? 0, 1)} ms, missing ${steadySeen.missing}; ` +
      `batches not acknowledged ${unacknowledged}; whole run ${fmt((performance.now() - runStarted) / 1000, 1)} s`,
  );
  closeLive();
  await new Promise((resolve) => server.close(resolve));
  await heed.close();
  restoreFetch();
  await dispose();
}

/** Waits (up to GIVE_UP_MS) for a case to be announced; its time, or null when it never was. */
function announcement(
  id: string,
  waiting: Map<string, () => void>,
  announced: Map<string, number>,
): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), GIVE_UP_MS);
    waiting.set(id, () => {
      clearTimeout(timer);
      resolve(announced.get(id) ?? null);
    });
  });
}

await onEachEngine('cases', benchTarget);

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
