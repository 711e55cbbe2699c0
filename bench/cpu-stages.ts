/**
 * Where a server's main-thread CPU goes, by stage of the ingest pipeline, read from a V8 CPU
 * profile taken in the server process (node:inspector) over a window of the bench's load.
 *
 * Each sample goes to the stage of the innermost frame that names one: a Heed file names its own
 * stage, a library names the stage it serves (Express and node's HTTP code are HTTP, knex and the
 * drivers are storage), and shared helpers (zod, pixel-data.ts, node's timers and promises) name
 * none, so they count for whoever called them. Asynchronous continuations (a query's answer) have
 * no caller on their stack and count for the library they run in.
 */
import {readFileSync} from 'node:fs';
import {Session} from 'node:inspector/promises';

export const STAGES = [
  'HTTP',
  'parsing+validation',
  'minimization',
  'storage',
  'journey work',
  'GC',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

/** Main-thread milliseconds by stage over the profiled window. */
export type StageTimes = Record<Stage, number>;

/** Heed files (below web/server/) that name a stage other than their folder's. */
const HEED_FILES: Array<[RegExp, Stage | null]> = [
  [/signals\/(ingest-batch|parse-pixel-event|pixel-event|dom-element)\.ts$/, 'parsing+validation'],
  [/http\/(storable-input|validate)\.ts$/, 'parsing+validation'],
  [/signals\/(minimize)\.ts$|\/privacy\.ts$/, 'minimization'],
  [/signals\/(group-commit|batch-writer)\.ts$/, 'storage'],
  [/signals\/(ingest-route|ingest-key|ingest-limits|rate-limit|ingest-http)\.ts$/, 'HTTP'],
  // Read by validation, minimization and journeys alike: its caller decides.
  [/signals\/pixel-data\.ts$/, null],
  [/\/storage\//, 'storage'],
  [/\/http\/|\/(app|logger|errors|bootstrap)\.ts$/, 'HTTP'],
];

/** Libraries (node_modules/<name>) and node's own modules that serve one stage. */
const LIBRARIES: Array<[RegExp, Stage]> = [
  [/node_modules\/(knex|sqlite3|better-sqlite3|pg|pg-[a-z-]+|tarn|pg-pool)\//, 'storage'],
  [
    /node_modules\/(express|router|body-parser|raw-body|finalhandler|pino|pino-http|helmet|compression|on-finished|content-type|type-is|iconv-lite|statuses|send|depd|http-errors|proxy-addr|forwarded|cookie|negotiator|accepts|vary|sonic-boom|fast-redact|mime-[a-z]+|qs|parseurl|encodeurl|safe-buffer)\//,
    'HTTP',
  ],
  // Not node:net or streams: PostgreSQL's connections read through them too.
  [/^node:(_http_|http$|internal\/http)/, 'HTTP'],
];

function stageOfFrame(url: string, functionName: string): Stage | null {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return 'other';
  if (url.includes('/web/server/')) {
    if (functionName === 'parseJson' && url.includes('signals/ingest')) return 'parsing+validation';
    for (const [pattern, stage] of HEED_FILES) if (pattern.test(url)) return stage;
    return 'journey work';
  }
  for (const [pattern, stage] of LIBRARIES) if (pattern.test(url)) return stage;
  return null;
}

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string};
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds per stage in a profile; idle time is left out. */
export function stageTimes(profile: Profile): StageTimes {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stageOf = new Map<number, Stage | 'idle'>();
  const resolve = (id: number): Stage | 'idle' => {
    const known = stageOf.get(id);
    if (known) return known;
    const node = byId.get(id);
    let stage: Stage | 'idle' = 'other';
    if (node?.callFrame.functionName === '(idle)') stage = 'idle';
    else if (node) {
      const own = stageOfFrame(node.callFrame.url, node.callFrame.functionName);
      const up = parent.get(id);
      stage = own ?? (up === undefined ? 'other' : resolve(up));
    }
    stageOf.set(id, stage);
    return stage;
  };
  const times = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta that follows it (the last one has none).
  for (let i = 0; i < samples.length; i += 1) {
    const stage = resolve(samples[i] ?? -1);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (stage !== 'idle') times[stage] += ms;
  }
  return times;
}

/** A profiler in this process, started and stopped around the window to measure. */
export function createStageProfiler(intervalUs = 1000) {
  const session = new Session();
  session.connect();
  return {
    async start() {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', {interval: intervalUs});
      await session.post('Profiler.start');
    },
    async stop(): Promise<StageTimes> {
      const {profile} = await session.post('Profiler.stop');
      await session.post('Profiler.disable');
      return stageTimes(profile as Profile);
    },
  };
}

/**
 * One line: milliseconds per batch for each stage and for the other threads (the driver's thread
 * pool, fsync, V8's helpers). The profile gives each stage's share of the main thread; the main
 * thread's own CPU time (not its wall time, which counts waiting for a core) sets the milliseconds.
 */
export function formatStages(
  times: StageTimes,
  batches: number,
  cpu: {allMs: number; mainMs: number},
): string {
  const sampled = STAGES.reduce((sum, s) => sum + times[s], 0);
  const scale = sampled > 0 ? cpu.mainMs / sampled / batches : 0;
  const parts = STAGES.map((s) => `${s} ${(times[s] * scale).toFixed(2)}`);
  const otherThreads = Math.max(0, cpu.allMs - cpu.mainMs) / batches;
  return (
    `main thread ${(cpu.mainMs / batches).toFixed(2)} ms (${parts.join(', ')}); ` +
    `other threads ${otherThreads.toFixed(2)} ms`
  );
}

/**
 * CPU time of this process's main thread so far, in milliseconds (user and kernel), from Linux's
 * per-thread accounting; elsewhere null. Node 20 has no per-thread CPU usage of its own.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces): utime is the 14th
    // field of the line and stime the 15th, in clock ticks of 10 ms.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ is 100 on every architecture node runs on. */
const TICK_MS = 10;
