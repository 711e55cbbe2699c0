/**
 * The server side of bench/ingest.ts, in its own process so that its CPU and memory are measured
 * apart from the load generator's. Started with IPC; tells the parent its port and ingest key,
 * answers "when did this journey's signal go out" and, on stop, its peak RSS.
 *   argv[2]: 'bare' | 'ingest-only' | 'sqlite' | 'postgres'; argv[3]: SQLite file or PostgreSQL schema.
 */
import type {AddressInfo} from 'node:net';
import {createServer, type Server} from 'node:http';
import {performance} from 'node:perf_hooks';
import express from 'express';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import {hashIngestKey, newIngestKey} from '../web/server/signals/ingest-key';
import {openStorage, type Storage, type StorageTarget} from '../web/server/storage';
import {createIngestRoute} from '../web/server/signals/ingest-route';
import {createIngestHandler} from '../web/server/signals/ingest-handler';
import {createIngestListener, INGEST_PATH} from '../web/server/http/ingest-listener';
import {createIngestGate, UNLIMITED_INGEST} from '../web/server/signals/ingest-limits';
import {parsePixelEvent} from '../web/server/signals/parse-pixel-event';
import {redactRejectedEvent} from '../web/server/signals/minimize';
import {errorHandler} from '../web/server/http/error-handler';
import {trackPeakRss} from './measure';
import {createStageProfiler, mainThreadCpuMs, STAGES, type StageTimes} from './cpu-stages';
import {BENCH_SHOP, sharedClock, type ParentMessage, type ServerMessage} from './ingest-protocol';

const send = (message: ServerMessage) => process.send?.(message);

/** Installs the bench shop and gives it an ingest key; returns the key. */
async function registerShop(storage: Storage): Promise<string> {
  await storage.shops.markInstalled(BENCH_SHOP, {scopes: ''}, Date.now());
  const key = newIngestKey();
  await storage.shops.setIngestKey(BENCH_SHOP, hashIngestKey(key), null, Date.now());
  return key;
}

async function main() {
  const [mode, where] = process.argv.slice(2);
  const rss = trackPeakRss();
  let server: Server;
  let close = async () => {};
  let key = '';
  const seen = new Map<string, number>();
  const waiting = new Map<string, () => void>();

  if (mode === 'bare') {
    const app = express();
    app.post('/bare', express.text({type: '*/*', limit: '1mb'}), (_req, res) => {
      res.status(200).json({ok: true});
    });
    server = app.listen(0, '127.0.0.1');
  } else if (mode === 'ingest-only') {
    // The ingest route as the app mounts it, on SQLite, with nothing after the commit: what storing
    // a batch costs before any journey work (no app-wide middleware either).
    const logger = createLogger('silent');
    const storage = await openStorage({kind: 'sqlite', file: where ?? ''}, logger);
    key = await registerShop(storage);
    const handle = createIngestHandler({
      storage,
      logger,
      now: Date.now,
      gate: createIngestGate(UNLIMITED_INGEST, {kind: 'memory'}, logger),
      parseEvent: parsePixelEvent,
      redactRejected: redactRejectedEvent,
      afterCommit: () => {},
    });
    const app = express();
    app.use(INGEST_PATH, createIngestRoute(handle));
    app.use(errorHandler(logger));
    const listener = createIngestListener({handle, logger, edge: [], fallback: app});
    server = createServer(listener).listen(0, '127.0.0.1');
    close = () => storage.close();
  } else {
    const target: StorageTarget =
      mode === 'postgres'
        ? {kind: 'postgres', url: process.env.DATABASE_URL ?? '', schema: where}
        : {kind: 'sqlite', file: where ?? ''};
    const heed = await bootstrap(loadConfig('test', {}), {
      storageTarget: target,
      logger: createLogger('silent'),
      ingestLimits: UNLIMITED_INGEST,
    });
    key = await registerShop(heed.storage);
    heed.live.subscribe(BENCH_SHOP, (message) => {
      if (message.kind !== 'signal') return;
      const journeyId = (message.data as {journeyId?: string}).journeyId;
      if (!journeyId || seen.has(journeyId)) return;
      seen.set(journeyId, sharedClock());
      waiting.get(journeyId)?.();
    });
    server = createServer(heed.listener).listen(0, '127.0.0.1');
    close = () => heed.close();
  }
  await new Promise((resolve) => server.once('listening', resolve));
  send({kind: 'ready', port: (server.address() as AddressInfo).port, key});

  const profiler = createStageProfiler();
  let profiledFrom = {all: 0, main: 0 as number | null};
  const cpuMs = () => {
    const cpu = process.cpuUsage();
    return (cpu.user + cpu.system) / 1000;
  };
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'profile-start') {
      profiledFrom = {all: cpuMs(), main: mainThreadCpuMs()};
      void profiler
        .start()
        .then(() => send({kind: 'profile', stages: emptyStages(), cpuMs: 0, mainCpuMs: 0}));
      return;
    }
    if (message.kind === 'profile-stop') {
      void profiler.stop().then((stages) => {
        const main = mainThreadCpuMs();
        send({
          kind: 'profile',
          stages,
          cpuMs: cpuMs() - profiledFrom.all,
          mainCpuMs: main === null || profiledFrom.main === null ? null : main - profiledFrom.main,
        });
      });
      return;
    }
    if (message.kind === 'usage') {
      const cpu = process.cpuUsage();
      const loop = performance.eventLoopUtilization();
      send({kind: 'usage', cpuMs: (cpu.user + cpu.system) / 1000, busyMs: loop.active});
      return;
    }
    if (message.kind === 'await-signal') {
      const answer = () => {
        waiting.delete(message.journeyId);
        send({
          kind: 'signal-seen',
          journeyId: message.journeyId,
          at: seen.get(message.journeyId) ?? 0,
        });
      };
      if (seen.has(message.journeyId)) answer();
      else waiting.set(message.journeyId, answer);
      return;
    }
    const peakRss = rss.stop();
    server.close();
    void close().then(() => {
      send({kind: 'stopped', peakRss});
      process.disconnect();
    });
  });
}

function emptyStages(): StageTimes {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
}

await main();
