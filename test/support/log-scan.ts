import {appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * The log scan over a whole test run: every line a Heed logger writes in a test (captureLogger,
 * in the workers and in Heed processes of their own) is also appended to a file of the run's scan
 * directory; when the run ends, global setup's teardown reads them all and fails the run if a
 * session token, an access token, an email, a phone number or a test shopper's street is there.
 */
const SCAN_DIR_ENV = 'HEED_LOG_SCAN_DIR';

/** Streets of the test shoppers (fixtures, simulator, tests): field-scrubbed, so named here. */
const TEST_STREETS = [
  'Elm Street',
  'Wellington Street',
  'Rue Sainte-Catherine',
  'Rue Lhomond',
  'SE Morrison',
];

const LEAKS: Array<[string, RegExp]> = [
  ['session token', /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/],
  ['access token', /\bshp(?:at|ua|ca|pa|ss|rt)_[A-Za-z0-9]{6,}/],
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/],
  [
    'phone',
    /(?<![\w+])\+\d[\d\s().-]{6,18}\d(?!\w)|(?<![\w-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])/,
  ],
  ['street', new RegExp(TEST_STREETS.join('|'), 'i')],
];

/** Called by global setup: workers and the processes they fork inherit the directory. */
export function startLogScan(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'heed-log-scan-'));
  process.env[SCAN_DIR_ENV] = dir;
  return dir;
}

export function recordLogLine(line: string): void {
  const dir = process.env[SCAN_DIR_ENV];
  if (dir) appendFileSync(path.join(dir, `${process.pid}.log`), line);
}

export interface LogLeak {
  what: string;
  line: string;
}

export function scanLogs(dir: string): {lines: number; leaks: LogLeak[]} {
  let lines = 0;
  const leaks: LogLeak[] = [];
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      lines += 1;
      for (const [what, pattern] of LEAKS) {
        if (pattern.test(line)) leaks.push({what, line: line.slice(0, 400)});
      }
    }
  }
  return {lines, leaks};
}

export function endLogScan(dir: string): void {
  const {leaks} = scanLogs(dir);
  rmSync(dir, {recursive: true, force: true});
  if (leaks.length > 0) {
    const shown = leaks.slice(0, 20).map((leak) => `  ${leak.what}: ${leak.line}`);
    // Vitest reports an error thrown here yet exits 0: the exit code must say it too.
    process.exitCode = 1;
    throw new Error(
      `The log scan found ${leaks.length} leak(s) in this run's logs:\n${shown.join('\n')}`,
    );
  }
}
