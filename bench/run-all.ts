/** Runs every benchmark in turn; each prints its own numbers. */
import {spawnSync} from 'node:child_process';

const BENCHMARKS = [
  'bench/extension-sizes.ts',
  'bench/webhooks.ts',
  'bench/ingest.ts',
  'bench/noisy-neighbour.ts',
  'bench/cases.ts',
  'bench/notify.ts',
  'bench/outcomes.ts',
  'bench/admin.ts',
];

for (const file of BENCHMARKS) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {stdio: 'inherit'});
  // What each one costs the CI run, so the slowest is easy to find.
  console.log(`(${file} took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
