import {fork, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {build} from 'esbuild';
import type {StorageTarget} from '../../web/server/storage';

const ROOT = path.join(import.meta.dirname, '../..');
/** Under dist/ (ignored), so that the bundle finds the project's packages as the built server does. */
const BUNDLE = path.join(ROOT, 'dist/test-support/ingest-process.mjs');

export interface IngestChild {
  child: ChildProcess;
  port: number;
}

/**
 * Bundles test/support/ingest-process.ts once, as `npm run build:server` bundles the server: a
 * process started from the bundle is up in a second or two, where one run through tsx takes
 * many (it transforms the whole server on each start).
 */
export async function bundleIngestProcess(): Promise<void> {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'ingest-process.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}

/** Starts the bundled ingest process on the target; answers once it listens. */
export async function startIngestChild(target: StorageTarget): Promise<IngestChild> {
  const child = fork(BUNDLE, [JSON.stringify(target)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: {port: number}) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`ingest process exited with ${code}`)));
  });
  return {child, port};
}
