/**
 * Pixel ingest throughput: batches of 20 realistic checkout events, each batch durably committed
 * before its 200. Prints events/s and requests/s at full load, p50/p99 acknowledgement latency at
 * half of that rate, ingest-to-signal latency, the server's peak RSS, and a bare Express endpoint
 * under the same load, with the ratio. Each server runs in its own process (bench/ingest-server.ts);
 * this process only generates the load, so both share the machine the same way.
 * Run: npm run bench (or: npx tsx bench/ingest.ts); BENCH_CPU_PROFILE=<dir> profiles the servers.
 */
import {fork, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {randomUUID} from 'node:crypto';
import {sessionTablesFor} from '../web/server/storage/session-storage';
import {fmt, paced, post, runLoad} from './measure';
import {journeyIdFor} from '../web/server/signals/journey';
import {BENCH_SHOP as SHOP, sharedClock, type ServerMessage} from './ingest-protocol';
import {BATCH_SIZE, shopperBatch} from './shoppers';
import {formatStages} from './cpu-stages';

const BATCHES = Number(process.env.BENCH_INGEST_BATCHES ?? 1500);
const CONCURRENCY = 16;
/** Shoppers' first events happen this long before the run, their last ones about when sent. */
const runStartedAt = Date.now() - 100_000;

/** BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of each server process there. */
const profiling = process.env.BENCH_CPU_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
  : [];

/** A server under test in its own process, and a way to talk to it. */
interface ServerProcess {
  port: number;
  key: string;
  child: ChildProcess;
  next<K extends ServerMessage['kind']>(kind: K): Promise<Extract<ServerMessage, {kind: K}>>;
}

async function startServer(
  mode: 'bare' | 'ingest-only' | 'sqlite' | 'postgres',
  where = '',
): Promise<ServerProcess> {
  const child = fork(path.join(import.meta.dirname, 'ingest-server.ts'), [mode, where], {
    execArgv: ['--import', 'tsx', ...profiling],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: ServerMessage[] = [];
  const wanted: Array<{
    kind: string;
    resolve: (m: ServerMessage) => void;
    reject: (e: Error) => void;
  }> = [];
  child.on('message', (message: ServerMessage) => {
    const i = wanted.findIndex((w) => w.kind === message.kind);
    if (i >= 0) wanted.splice(i, 1)[0]?.resolve(message);
    else inbox.push(message);
  });
  child.once('exit', (code) => {
    for (const w of wanted.splice(0)) w.reject(new Error(`bench server exited with ${code}`));
  });
  const next = <K extends ServerMessage['kind']>(kind: K) =>
    new Promise<Extract<ServerMessage, {kind: K}>>((resolve, reject) => {
      const i = inbox.findIndex((m) => m.kind === kind);
      if (i >= 0) return resolve(inbox.splice(i, 1)[0] as Extract<ServerMessage, {kind: K}>);
      wanted.push({kind, resolve: (m) => resolve(m as Extract<ServerMessage, {kind: K}>), reject});
    });
  const ready = await next('ready');
  return {port: ready.port, key: ready.key, child, next};
}

async function stopServer(server: ServerProcess): Promise<number> {
  server.child.send({kind: 'stop'});
  const {peakRss} = await server.next('stopped');
  return peakRss;
}

/** The `n`th batch of the run, as the pixel posts it (timestamps lead up to the present). */
function batchBody(key: string, n: number): string {
  return JSON.stringify({shop: SHOP, key, events: shopperBatch(n, runStartedAt)});
}

/** Requests sent before measuring, so that both servers are measured with their code compiled. */
const WARM_UP = 300;
/** Batches sent, after the measured run, under the profiler that splits a batch's CPU by stage. */
const PROFILED = 300;

/**
 * Sends `bodies` at full load with the server's profiler on, and prints where each batch's CPU
 * went (bench/cpu-stages.ts). Apart from the measured run: the profiler costs a little itself.
 */
async function profiledLoad(
  server: ServerProcess,
  name: string,
  path: string,
  bodies: string[],
  settleMs: number,
) {
  server.child.send({kind: 'profile-start'});
  await server.next('profile');
  await runLoad(
    bodies.length,
    CONCURRENCY,
    async (i) =>
      (await post(server.port, path, bodies[i] ?? '', {'content-type': 'text/plain'})) === 200,
  );
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  server.child.send({kind: 'profile-stop'});
  const {stages, cpuMs, mainCpuMs} = await server.next('profile');
  // Without per-thread accounting, the profile's own sampled time stands for the main thread's.
  const sampled = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
  return (
    `  CPU per batch by stage [${name}], ${bodies.length} batches profiled: ` +
    `${fmt(cpuMs / bodies.length, 2)} ms in all; ${formatStages(stages, bodies.length, {allMs: cpuMs, mainMs: mainCpuMs ?? sampled})}`
  );
}

/** Bodies for the profiled window: shoppers of their own, after every other phase's. */
const profiledBodies = (key: string) =>
  Array.from({length: PROFILED}, (_, n) => batchBody(key, n + 3 * BATCHES));

async function bareExpress(): Promise<number> {
  const server = await startServer('bare');
  const body = batchBody('k', 0);
  const send = async () =>
    (await post(server.port, '/bare', body, {'content-type': 'text/plain'})) === 200;
  await runLoad(WARM_UP, CONCURRENCY, send);
  const before = await usage(server);
  const result = await runLoad(BATCHES, CONCURRENCY, send);
  const after = await usage(server);
  const stages = await profiledLoad(server, 'bare', '/bare', Array<string>(PROFILED).fill(body), 0);
  await stopServer(server);
  console.log(
    `ingest: bare express endpoint (same bodies, same load): ${fmt(result.perSecond, 0)} req/s, ` +
      `server CPU per request ${fmt((after.cpuMs - before.cpuMs) / BATCHES, 2)} ms`,
  );
  console.log(stages);
  return result.perSecond;
}

/**
 * The floor under the figures that follow: the same batches through the ingest route alone on
 * SQLite (validation, dedupe, durable commit), with no journey work after it.
 */
async function ingestAlone(dir: string, bare: number) {
  const server = await startServer('ingest-only', path.join(dir, 'ingest-only.sqlite'));
  const {port, key} = server;
  const send = (bodies: string[]) => async (i: number) =>
    (await post(port, '/api/pixel/events', bodies[i] ?? '', {'content-type': 'text/plain'})) ===
    200;
  await runLoad(
    WARM_UP,
    CONCURRENCY,
    send(Array.from({length: WARM_UP}, (_, n) => batchBody(key, n + 2 * BATCHES))),
  );
  const before = await usage(server);
  const full = await runLoad(
    BATCHES,
    CONCURRENCY,
    send(Array.from({length: BATCHES}, (_, n) => batchBody(key, n))),
  );
  const after = await usage(server);
  const stages = await profiledLoad(
    server,
    'route alone',
    '/api/pixel/events',
    profiledBodies(key),
    0,
  );
  await stopServer(server);
  console.log(
    `ingest [route alone, sqlite, no journey work]: ${fmt(full.perSecond * BATCH_SIZE, 0)} events/s, ` +
      `${fmt(full.perSecond, 0)} req/s (ratio to bare ${fmt(full.perSecond / bare, 2)}), failures ${full.failures}; ` +
      `server CPU per batch ${fmt((after.cpuMs - before.cpuMs) / BATCHES, 2)} ms`,
  );
  console.log(stages);
}

async function benchTarget(
  name: string,
  mode: 'sqlite' | 'postgres',
  where: string,
  bare: number,
  dispose: () => Promise<void>,
) {
  const server = await startServer(mode, where);
  const {port, key} = server;
  const bodies = Array.from({length: BATCHES}, (_, n) => batchBody(key, n));
  // Warm-up shoppers of their own, after every shopper the measured runs send.
  const warmUp = Array.from({length: WARM_UP}, (_, n) => batchBody(key, n + 2 * BATCHES));
  await runLoad(WARM_UP, CONCURRENCY, (i) =>
    post(port, '/api/pixel/events', warmUp[i] ?? '', {'content-type': 'text/plain'}).then(
      (status) => status === 200,
    ),
  );
  const before = await usage(server);
  const full = await runLoad(
    BATCHES,
    CONCURRENCY,
    async (i) =>
      (await post(port, '/api/pixel/events', bodies[i] ?? '', {'content-type': 'text/plain'})) ===
      200,
  );
  // The journey work that follows the last answers belongs to the same load.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await usage(server);
  const cpuPerBatch = (after.cpuMs - before.cpuMs) / BATCHES;
  const busyPerBatch = (after.busyMs - before.busyMs) / BATCHES;
  const stages = await profiledLoad(server, name, '/api/pixel/events', profiledBodies(key), 300);
  // Half of the measured maximum: an open-loop pace, one batch every 1/(rate/2) seconds.
  const halfRate = full.perSecond / 2;
  const halfBodies = Array.from({length: Math.min(BATCHES, 600)}, (_, n) =>
    batchBody(key, n + BATCHES),
  );
  const half = await paced(
    halfBodies.length,
    halfRate,
    async (i) =>
      (await post(port, '/api/pixel/events', halfBodies[i] ?? '', {
        'content-type': 'text/plain',
      })) === 200,
  );
  const toSignal = await ingestToSignal(server);
  const peak = await stopServer(server);
  console.log(
    `ingest [${name}] ${BATCHES} batches of ${BATCH_SIZE}: ${fmt(full.perSecond * BATCH_SIZE, 0)} events/s, ${fmt(full.perSecond, 0)} req/s ` +
      `(ratio to bare ${fmt(full.perSecond / bare, 2)}), failures ${full.failures}; at half load (${fmt(halfRate, 0)} req/s): ` +
      `ack p50 ${fmt(half.p50Ms, 2)} ms, p99 ${fmt(half.p99Ms, 2)} ms; ingest-to-signal p50 ${fmt(toSignal.p50Ms, 1)} ms, ` +
      `max ${fmt(toSignal.maxMs, 1)} ms; server peak RSS ${fmt(peak / 1e6, 0)} MB; ` +
      `server CPU per batch ${fmt(cpuPerBatch, 2)} ms (main thread busy ${fmt(busyPerBatch, 2)} ms)`,
  );
  console.log(stages);
  await dispose();
}

/** CPU time the server process has used so far, all threads, and its main thread's busy time. */
async function usage(server: ServerProcess) {
  server.child.send({kind: 'usage'});
  return server.next('usage');
}

/**
 * From the ingest answer to the signal on the server's live hub (what the admin's stream
 * receives): a shopper attributed to a campaign reaches the delivery step with no discount, so
 * `promo_not_applied` fires.
 */
async function ingestToSignal(server: ServerProcess) {
  const samples: number[] = [];
  for (let n = 0; n < 20; n += 1) {
    const token = `tok-signal-${n}-${randomUUID()}`;
    const checkout = {
      token,
      currencyCode: 'CAD',
      attributes: [
        {key: '_heed_utm_campaign', value: 'winter-email'},
        {key: '_heed_discount_code', value: 'WINTER20'},
      ],
      discountApplications: [],
      lineItems: [],
      subtotalPrice: {amount: 189, currencyCode: 'CAD'},
      totalPrice: {amount: 189, currencyCode: 'CAD'},
    };
    const events = [
      'checkout_started',
      'checkout_contact_info_submitted',
      'checkout_address_info_submitted',
    ].map((name, i) => ({
      id: `sh-${randomUUID()}`,
      name,
      type: 'standard',
      timestamp: new Date(Date.now() + i).toISOString(),
      clientId: `client-signal-${n}`,
      seq: i,
      data: {checkout},
    }));
    const journeyId = journeyIdFor(SHOP, {checkoutToken: token, clientId: null});
    await post(
      server.port,
      '/api/pixel/events',
      JSON.stringify({shop: SHOP, key: server.key, events}),
      {'content-type': 'text/plain'},
    );
    const answeredAt = sharedClock();
    server.child.send({kind: 'await-signal', journeyId});
    const seen = await server.next('signal-seen');
    samples.push(Math.max(0, seen.at - answeredAt));
  }
  samples.sort((a, b) => a - b);
  return {
    p50Ms: samples[Math.floor(samples.length / 2)] ?? 0,
    maxMs: samples[samples.length - 1] ?? 0,
  };
}

async function main() {
  const bare = await bareExpress();
  const dir = mkdtempSync(path.join(tmpdir(), 'heed-bench-ingest-'));
  await ingestAlone(dir, bare);
  await benchTarget('sqlite', 'sqlite', path.join(dir, 'bench.sqlite'), bare, async () =>
    rmSync(dir, {recursive: true, force: true}),
  );
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('ingest [postgres] skipped: DATABASE_URL is not set');
    return;
  }
  const schema = `heed_bench_${Date.now()}`;
  const knex = (await import('knex')).default;
  await benchTarget('postgres', 'postgres', schema, bare, async () => {
    const admin = knex({client: 'pg', connection: url});
    await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    const sessionTables = sessionTablesFor(schema);
    await admin.raw('DROP TABLE IF EXISTS ??, ??', [
      sessionTables.sessions,
      sessionTables.migrations,
    ]);
    await admin.destroy();
  });
}

await main();
