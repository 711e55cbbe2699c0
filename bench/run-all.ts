/**
 * Runs every benchmark in turn; each prints its own numbers. With `--ci`, only those whose
 * targets are still open (ingest speed and the noisy neighbour), so the CI run stays well under
 * its time budget; the others' figures are in the README, from full runs.
 */
import {spawnSync} from 'node:child_process';

const ALL = [
  'bench/extension-sizes.ts',
  'bench/webhooks.ts',
  'bench/ingest.ts',
  'bench/noisy-neighbour.ts',
  'bench/cases.ts',
  'bench/notify.ts',
  'bench/outcomes.ts',
  'bench/admin.ts',
];
const IN_CI = new Set(['bench/extension-sizes.ts', 'bench/ingest.ts', 'bench/noisy-neighbour.ts']);
const BENCHMARKS = process.argv.includes('--ci') ? ALL.filter((file) => IN_CI.has(file)) : ALL;

for (const file of BENCHMARKS) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {stdio: 'inherit'});
  // What each one costs the CI run, so the slowest is easy to find.
  console.log(`(${file} took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
