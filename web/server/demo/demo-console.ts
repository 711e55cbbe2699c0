import pretty from 'pino-pretty';
import {z} from 'zod';
import {createLogger, type Logger} from '../logger';
import type {LiveHub, LiveMessage} from '../signals/live-hub';

/**
 * What a newcomer watching `npm run demo` reads: log lines as short readable text (not JSON),
 * and one line per new signal and per new case, so the "demo is running" banner stays in view.
 * Production keeps its JSON logs.
 */

/** The demo's logger: Heed's own (same scrubbing), written as one readable line per entry. */
export function createDemoLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return createLogger(
    level,
    pretty({
      colorize: destination === undefined && process.stdout.isTTY === true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      singleLine: true,
      sync: true,
      ...(destination ? {destination} : {}),
    }),
  );
}

const signalSchema = z.object({
  id: z.string(),
  sentence: z.string(),
  resolvedAt: z.number().nullable().optional(),
});
const caseSchema = z.object({
  id: z.string(),
  status: z.string(),
  priority: z.string(),
  headline: z.string(),
});

/** The line a live message gives the console, once per signal or case; null for the rest. */
export function narration(message: LiveMessage, told: Set<string>, at: number): string | null {
  const time = new Date(at).toTimeString().slice(0, 8);
  if (message.kind === 'signal') {
    const signal = signalSchema.safeParse(message.data);
    if (!signal.success || told.has(signal.data.id) || signal.data.resolvedAt) return null;
    told.add(signal.data.id);
    return `${time}  signal  ${signal.data.sentence}`;
  }
  if (message.kind === 'case') {
    const opened = caseSchema.safeParse(message.data);
    if (!opened.success || opened.data.status !== 'new' || told.has(opened.data.id)) return null;
    told.add(opened.data.id);
    return `${time}  case    ${opened.data.priority}: ${opened.data.headline}`;
  }
  return null;
}

/** Tells the console of the shop's new signals and cases; answers how to stop. */
export function narrateDemo(
  live: Pick<LiveHub, 'subscribe'>,
  shop: string,
  write: (line: string) => void,
  now: () => number = Date.now,
): () => void {
  const told = new Set<string>();
  return live.subscribe(shop, (message) => {
    const line = narration(message, told, now());
    if (line) write(`${line}\n`);
  });
}
