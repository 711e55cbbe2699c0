import {execFile, execFileSync, spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {closedPort} from '../support/smtp-mailbox';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILT = path.join(ROOT, 'dist', 'server', 'index.js');
const START_WITHIN_MS = 20_000;
const STOP_WITHIN_MS = 10_000;

/**
 * The server as production runs it: built by `npm run build:server` into dist/, started with
 * plain `node` (no tsx), on a SQLite file of its own, with the production configuration.
 */
describe('the compiled server', () => {
  let dataDir: string;
  let server: ChildProcess;
  let url: string;
  let output = '';

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'build:server'], {cwd: ROOT, stdio: 'pipe'});
    dataDir = mkdtempSync(path.join(tmpdir(), 'heed-compiled-'));
    const port = await closedPort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [BUILT], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        SHOPIFY_API_KEY: 'compiled-server-test-key',
        SHOPIFY_API_SECRET: 'compiled-server-test-secret',
        SHOPIFY_APP_URL: 'https://heed.test',
        HEED_SECRET_KEY: randomBytes(32).toString('hex'),
        SQLITE_PATH: path.join(dataDir, 'heed.sqlite'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const until = Date.now() + START_WITHIN_MS;
    for (;;) {
      const answered = await fetch(`${url}/healthz`).then(
        (r) => r.status,
        () => null,
      );
      if (answered !== null) break;
      if (Date.now() > until || server.exitCode !== null) {
        throw new Error(`the built server did not start:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);

  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, {recursive: true, force: true});
  });

  it('when started with node from dist/, then /healthz says storage is readable and writable', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      storage: {engine: 'sqlite', healthy: true, writable: true},
    });
  });

  it('when the admin’s script is asked for, then the built server finds the admin’s build from dist/', async () => {
    // `npm test` builds the admin before the tests run.
    const page = readFileSync(path.join(ROOT, 'web', 'frontend', 'dist', 'index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${url}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('when sent SIGTERM, then it exits cleanly within 10 s', async () => {
    const exited = new Promise<number | null>((resolve) =>
      server.once('exit', (code) => resolve(code)),
    );
    server.kill('SIGTERM');
    const code = await Promise.race([
      exited,
      new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), STOP_WITHIN_MS)),
    ]);
    expect(code).toBe(0);
  });
});

/** Runs the built server until it exits (it should, at once), answering its exit code and output. */
function runBuilt(env: Record<string, string>): Promise<{code: number | null; output: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BUILT],
      {
        cwd: ROOT,
        timeout: START_WITHIN_MS,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          SHOPIFY_API_KEY: 'compiled-server-test-key',
          SHOPIFY_API_SECRET: 'compiled-server-test-secret',
          SHOPIFY_APP_URL: 'https://heed.test',
          HEED_SECRET_KEY: randomBytes(32).toString('hex'),
          LOG_LEVEL: 'silent',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? ((error as {code?: unknown}).code ?? null) : 0;
        resolve({code: typeof code === 'number' ? code : null, output: `${stdout}${stderr}`});
      },
    );
  });
}

describe('the compiled server that cannot start', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:server'], {cwd: ROOT, stdio: 'pipe'});
  }, 60_000);

  it('when production names no storage, then it says to set DATABASE_URL or SQLITE_PATH, and picks no file', async () => {
    const {code, output} = await runBuilt({});
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL or SQLITE_PATH is required');
  });

  it('when PostgreSQL cannot be reached, then it names the server and what to check, never the password', async () => {
    const port = await closedPort();
    const {code, output} = await runBuilt({
      DATABASE_URL: `postgres://heed:pa55-w0rd-secret@127.0.0.1:${port}/heed`,
    });
    expect(code).toBe(1);
    expect(output).toContain(`Heed could not reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(output).toContain('check DATABASE_URL');
    expect(output).not.toContain('pa55-w0rd-secret');
  });

  it('when the SQLite file cannot be made, then it names the file and says to fix SQLITE_PATH', async () => {
    const {code, output} = await runBuilt({SQLITE_PATH: '/no-such-folder-for-heed/heed.sqlite'});
    expect(code).toBe(1);
    expect(output).toContain('could not open the SQLite file /no-such-folder-for-heed/heed.sqlite');
    expect(output).toContain('SQLITE_PATH');
  });

  it('when its port is taken, then it says so and how to choose another', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const {port} = taken.address() as net.AddressInfo;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'heed-port-'));
    try {
      const {code, output} = await runBuilt({
        PORT: String(port),
        SQLITE_PATH: path.join(dataDir, 'heed.sqlite'),
      });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use (EADDRINUSE)`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      rmSync(dataDir, {recursive: true, force: true});
    }
  });
});
