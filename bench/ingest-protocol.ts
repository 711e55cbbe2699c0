import type {StageTimes} from './cpu-stages';

/** What bench/ingest.ts and its server process (bench/ingest-server.ts) tell each other. */

export const BENCH_SHOP = 'bench-shop.myshopify.com';

export type ServerMessage =
  | {kind: 'ready'; port: number; key: string}
  | {kind: 'signal-seen'; journeyId: string; at: number}
  | {kind: 'stopped'; peakRss: number}
  /** CPU the server process has used so far (all its threads), and its main thread's busy time. */
  | {kind: 'usage'; cpuMs: number; busyMs: number}
  /**
   * Main-thread samples by stage since `profile-start`, and the CPU used over it: all threads',
   * and the main thread's alone (null where the system does not say).
   */
  | {kind: 'profile'; stages: StageTimes; cpuMs: number; mainCpuMs: number | null};

export type ParentMessage =
  | {kind: 'await-signal'; journeyId: string}
  | {kind: 'usage'}
  | {kind: 'profile-start'}
  | {kind: 'profile-stop'}
  | {kind: 'stop'};

/** A clock both processes share: milliseconds since the epoch, with sub-millisecond precision. */
export const sharedClock = () => performance.timeOrigin + performance.now();
