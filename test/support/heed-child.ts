import {fork, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import type {StorageTarget} from '../../web/server/storage';

export interface HeedChild {
  child: ChildProcess;
  port: number;
  ingestKey: string;
  /** What the process wrote to stderr (why it died, when it did). */
  stderr(): string;
  alive(): boolean;
  stop(): Promise<void>;
}

/** Starts test/support/heed-process.ts on the target with the shop installed; answers its port. */
export async function startHeedChild(target: StorageTarget, shop: string): Promise<HeedChild> {
  const child = fork(
    path.join(import.meta.dirname, 'heed-process.ts'),
    [JSON.stringify(target), shop],
    {execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc']},
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const started = await new Promise<{port: number; ingestKey: string}>((resolve, reject) => {
    child.once('message', (m: {port: number; ingestKey: string}) => resolve(m));
    child.once('exit', (code) => reject(new Error(`Heed exited with ${code}: ${stderr}`)));
  });
  return {
    child,
    ...started,
    stderr: () => stderr,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
