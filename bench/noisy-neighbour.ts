/**
 * Noisy neighbour: a quiet shop's ingest latency alone, then while another shop sends 300-event
 * batches at its quota and at ten times it (issue 13: the quiet shop's p99 should move by less
 * than 25%). The server runs in a process of its own (bench/noisy-server.ts) and every body is
 * built before its phase starts, so what is measured is the server's answer, not the load
 * generator's work. Open loop, on SQLite and then PostgreSQL when DATABASE_URL is set.
 */
import {fork} from 'node:child_process';
import path from 'node:path';
import {fmt, post} from './measure';
import {at, onEachEngine, paced, shopperEvents} from './bench-shop';
import {NOISY, QUIET, type NoisyServerReady} from './noisy-server';

/** Events per second per shop in this bench; the noisy shop sends ten times as many. */
const QUOTA_EVENTS_PER_SECOND = 300;
const NOISY_BATCH_EVENTS = 300;
/** The quiet shop: one shopper's three events per batch, this many batches a second. */
const QUIET_BATCHES_PER_SECOND = 40;
const PHASE_SECONDS = 5;

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
  const bodies = Array.from({length: batches}, () => body(QUIET, key, 1));
  await paced(batches, QUIET_BATCHES_PER_SECOND, async (i) => {
    const payload = bodies[i] ?? '';
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
  const total = Math.round(perSecond * PHASE_SECONDS);
  const bodies = Array.from({length: total}, () => body(NOISY, noisyKey, NOISY_BATCH_EVENTS / 3));
  const noisy = paced(total, perSecond, async (i) => {
    const payload = bodies[i] ?? '';
    const status = await post(port, '/api/pixel/events', payload, HEADERS).catch(() => 0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const quiet = await quietRun(port, quietKey, QUIET_BATCHES_PER_SECOND * PHASE_SECONDS);
  await noisy;
  return {quiet, answers: [...statuses].map(([status, n]) => `${n}×${status}`).join(' ')};
}

/** BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of the server process there. */
const profiling = process.env.BENCH_CPU_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
  : [];

/** Starts the server process on the target; resolves with its port, keys and a way to stop it. */
async function startServer(target: unknown) {
  const child = fork(
    path.join(import.meta.dirname, 'noisy-server.ts'),
    [JSON.stringify(target), String(QUOTA_EVENTS_PER_SECOND)],
    {execArgv: ['--import', 'tsx', ...profiling], stdio: ['ignore', 'inherit', 'inherit', 'ipc']},
  );
  const ready = await new Promise<NoisyServerReady>((resolve, reject) => {
    child.once('message', (message) => resolve(message as NoisyServerReady));
    child.once('exit', (code) => reject(new Error(`noisy-neighbour server exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('stop');
    });
  return {...ready, stop};
}

await onEachEngine('noisy', async (name, target, dispose) => {
  const server = await startServer(target);
  const {port} = server;
  const quietKey = server.keys[QUIET] ?? '';
  const noisyKey = server.keys[NOISY] ?? '';

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
  await server.stop();
  await dispose();
});
process.exit(0);
