import {spawn, type ChildProcess} from 'node:child_process';
import {once} from 'node:events';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {closedPort} from '../support/smtp-mailbox';
import {openLive} from '../support/live-stream';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START_WITHIN_MS = 60_000;
const STOP_WITHIN_MS = 10_000;

/**
 * A whole Heed process (the demo, with its shop installed) stopped as a platform stops it: SIGTERM
 * while admins hold live streams open. It must end them and exit, not wait for them.
 */
describe('stopping Heed with admin pages connected', () => {
  let dataDir: string;
  let heed: ChildProcess;
  let port: number;
  let output = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'heed-stop-'));
    port = await closedPort();
    heed = spawn(process.execPath, ['--import', 'tsx', 'web/server/demo.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        SQLITE_PATH: path.join(dataDir, 'demo.sqlite'),
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    heed.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the demo did not start:\n${output}`)),
        START_WITHIN_MS,
      );
      heed.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Heed demo is running')) {
          clearTimeout(timer);
          resolve();
        }
      });
      heed.once('exit', () => reject(new Error(`the demo exited:\n${output}`)));
    });
  }, START_WITHIN_MS + 5_000);

  afterAll(() => {
    if (heed.exitCode === null) heed.kill('SIGKILL');
    rmSync(dataDir, {recursive: true, force: true});
  });

  it('when SIGTERM comes while two live streams are open, then both end and the process exits within 10 s', async () => {
    const {token} = (await (await fetch(`http://127.0.0.1:${port}/demo/session-token`)).json()) as {
      token: string;
    };
    const streams = await Promise.all([openLive(port, token), openLive(port, token)]);
    const ended = streams.map((s) => s.ended);
    const exited = once(heed, 'exit');
    heed.kill('SIGTERM');
    const outcome = await Promise.race([
      exited.then(([code]) => ({code: code as number | null})),
      new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), STOP_WITHIN_MS)),
    ]);
    expect(outcome).toEqual({code: 0});
    await Promise.all(ended);
  }, 30_000);
});
