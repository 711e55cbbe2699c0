/** What bench/ingest.ts and its server process (bench/ingest-server.ts) tell each other. */

export const BENCH_SHOP = 'bench-shop.myshopify.com';

export type ServerMessage =
  | {kind: 'ready'; port: number; key: string}
  | {kind: 'signal-seen'; journeyId: string; at: number}
  | {kind: 'stopped'; peakRss: number}
  /** CPU the server process has used so far (all its threads), and its main thread's busy time. */
  | {kind: 'usage'; cpuMs: number; busyMs: number};

export type ParentMessage =
  | {kind: 'await-signal'; journeyId: string}
  | {kind: 'usage'}
  | {kind: 'stop'};

/** A clock both processes share: milliseconds since the epoch, with sub-millisecond precision. */
export const sharedClock = () => performance.timeOrigin + performance.now();
