/**
 * Noisy neighbour: a quiet shop's ingest latency alone, then while another shop sends 300-event
 * batches at ten times its events quota (issue 13: the quiet shop's p99 should move by less than
 * 25%). Both run on the real app, open loop, on SQLite and then PostgreSQL when DATABASE_URL is set.
 */
import type {AddressInfo} from 'node:net';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import {hashIngestKey, newIngestKey} from '../web/server/signals/ingest-key';
import {ingestLimitsOf} from '../web/server/signals/ingest-limits';
import {fmt, post} from './measure';
import {at, onEachEngine, paced, shopperEvents} from './bench-shop';

const QUIET = 'quiet-shop.myshopify.com';
const NOISY = 'noisy-shop.myshopify.com';
/** Events per second per shop in this bench; the noisy shop sends ten times as many. */
const QUOTA_EVENTS_PER_SECOND = 300;
const NOISY_BATCH_EVENTS = 300;
/** The quiet shop: one shopper's three events per batch, this many batches a second. */
const QUIET_BATCHES_PER_SECOND = 40;
const PHASE_SECONDS = 3;

let batchNo = 0;
/** `shoppers` shoppers' checkouts, each of its own, in one batch. */
function body(shop: string, key: string, shoppers: number): string {
  const events = Array.from({length: shoppers}, () => {
    batchNo += 1;
    return shopperEvents(batchNo, `${shop.slice(0, 5)}-${batchNo}`);
  }).flat();
  return JSON.stringify({shop, key, events});
}

const HEADERS = {'content-type': 'text/plain'};

async function quietRun(port: number, key: string, batches: number) {
  const latencies: number[] = [];
  let failed = 0;
  await paced(batches, QUIET_BATCHES_PER_SECOND, async () => {
    const payload = body(QUIET, key, 1);
    const t0 = performance.now();
    const status = await post(port, '/api/pixel/events', payload, HEADERS).catch(() => 0);
    latencies.push(performance.now() - t0);
    if (status !== 200) failed += 1;
  });
  latencies.sort((a, b) => a - b);
  return {p50: at(latencies, 0.5), p99: at(latencies, 0.99), failed};
}

/** The quiet shop's latencies while the noisy shop sends `times` its quota in 300-event batches. */
async function beside(port: number, quietKey: string, noisyKey: string, times: number) {
  const perSecond = (times * QUOTA_EVENTS_PER_SECOND) / NOISY_BATCH_EVENTS;
  const statuses = new Map<number, number>();
  const noisy = paced(Math.round(perSecond * PHASE_SECONDS), perSecond, async () => {
    const payload = body(NOISY, noisyKey, NOISY_BATCH_EVENTS / 3);
    const status = await post(port, '/api/pixel/events', payload, HEADERS).catch(() => 0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const quiet = await quietRun(port, quietKey, QUIET_BATCHES_PER_SECOND * PHASE_SECONDS);
  await noisy;
  return {quiet, answers: [...statuses].map(([status, n]) => `${n}×${status}`).join(' ')};
}

await onEachEngine('noisy', async (name, target, dispose) => {
  const heed = await bootstrap(loadConfig('test', {}), {
    storageTarget: target,
    logger: createLogger('silent'),
    ingestLimits: ingestLimitsOf(QUOTA_EVENTS_PER_SECOND, 1_000),
  });
  const keys = new Map<string, string>();
  for (const shop of [QUIET, NOISY]) {
    const key = newIngestKey();
    await heed.storage.shops.markInstalled(shop, {scopes: 'write_pixels'}, Date.now());
    await heed.storage.shops.setIngestKey(shop, hashIngestKey(key), null, Date.now());
    keys.set(shop, key);
  }
  const server = heed.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const {port} = server.address() as AddressInfo;
  const quietKey = keys.get(QUIET) ?? '';
  const noisyKey = keys.get(NOISY) ?? '';

  await quietRun(port, quietKey, QUIET_BATCHES_PER_SECOND); // warm-up
  const alone = await quietRun(port, quietKey, QUIET_BATCHES_PER_SECOND * PHASE_SECONDS);

  const atQuota = await beside(port, quietKey, noisyKey, 1);
  const atTenTimes = await beside(port, quietKey, noisyKey, 10);
  const vs = (p99: number) =>
    `${p99 >= alone.p99 ? '+' : ''}${fmt(((p99 - alone.p99) / alone.p99) * 100, 0)}%`;
  console.log(
    `noisy-neighbour [${name}] quiet shop p99: alone ${fmt(alone.p99)} ms; ` +
      `beside a shop at its ${QUOTA_EVENTS_PER_SECOND} events/s ${fmt(atQuota.quiet.p99)} ms (${vs(atQuota.quiet.p99)}); ` +
      `beside one at 10× ${fmt(atTenTimes.quiet.p99)} ms (${vs(atTenTimes.quiet.p99)}); ` +
      `quiet failures ${alone.failed + atQuota.quiet.failed + atTenTimes.quiet.failed}; noisy at 10× answered ${atTenTimes.answers}`,
  );
  await new Promise((resolve) => server.close(resolve));
  await heed.close();
  await dispose();
});
process.exit(0);
