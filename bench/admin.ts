/**
 * The admin's speed as a merchant meets it: builds the admin, starts the demo (`npm run demo`) and
 * opens each page in headless Chromium with an empty cache, then prints per page its Largest
 * Contentful Paint, layout shift (CLS), long tasks and the compressed bytes of the scripts and
 * styles its first load needed. Live checkouts is then watched for LIVE_WATCH_MS while the demo's
 * shoppers check out, for the shifts live updates cause. It prints numbers and never fails a build.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {constants, brotliCompressSync} from 'node:zlib';
import {build as bundle} from 'esbuild';
import {chromium, type Browser} from 'playwright-core';
import {startDemo, type RunningDemo} from '../web/server/demo';
import {OBSERVE_PERFORMANCE, readFigures, type PageFigures} from './admin-metrics';

const ROOT = path.join(import.meta.dirname, '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIVE_WATCH_MS = 20_000;
/** The demo's shoppers step this often while Live checkouts is watched. */
const SHOPPER_TICK_MS = 2_000;
/** After the page shows its data: late shifts and long tasks still count. */
const SETTLE_MS = 1_000;
const TARGETS = {lcpMs: 1_000, cls: 0.05, jsBytes: 120 * 1024};

const build = spawnSync('npm', ['run', 'build:frontend'], {cwd: ROOT, stdio: 'ignore'});
if (build.status !== 0) throw new Error('npm run build:frontend failed');

const dataDir = mkdtempSync(path.join(tmpdir(), 'heed-bench-admin-'));
const demo = await startDemo({
  port: 0,
  sqlitePath: path.join(dataDir, 'demo.sqlite'),
  logLevel: 'silent',
  shopperTickMs: SHOPPER_TICK_MS,
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});

try {
  const rows: [string, PageFigures][] = [];
  for (const [name, pathname] of await pagesOf(demo)) {
    rows.push([name, await measure(browser, demo, pathname, 0)]);
  }
  rows.push([
    `Live checkouts, ${LIVE_WATCH_MS / 1000} s of live updates`,
    await measure(browser, demo, '/live', LIVE_WATCH_MS),
  ]);
  print(rows);
  await printFloor(dataDir);
} finally {
  await browser.close();
  await demo.close();
  rmSync(dataDir, {recursive: true, force: true});
}

/** Every page of the admin, the detail pages with one of the demo's own campaigns, cases, journeys. */
async function pagesOf(running: RunningDemo): Promise<[string, string][]> {
  const {storage} = running.heed;
  const [campaign] = await storage.campaigns.list(running.shop);
  const [openCase] = await storage.cases.list(running.shop, {view: 'open', limit: 1});
  const [journey] = await storage.journeys.recent(running.shop, Date.now() - 86_400_000, 1);
  return [
    ['Dashboard', '/'],
    ['Campaigns', '/campaigns'],
    ['Campaign report', `/campaigns/${campaign?.id ?? 'none'}`],
    ['New campaign', '/campaigns/new'],
    ['Inbox', '/inbox'],
    ['Case', `/inbox/${openCase?.id ?? 'none'}`],
    ['Live checkouts', '/live'],
    ['Checkout story', `/live/${journey?.id ?? 'none'}`],
    ['Outcomes', '/outcomes'],
    ['Rules', '/rules'],
    ['Settings', '/settings'],
    ['Demo mailbox', '/mailbox'],
  ];
}

/** Opens one page in a fresh context (empty cache), waits until no part of it is loading. */
async function measure(
  chromiumBrowser: Browser,
  running: RunningDemo,
  pathname: string,
  watchMs: number,
): Promise<PageFigures> {
  const context = await chromiumBrowser.newContext({viewport: {width: 1280, height: 900}});
  try {
    await context.addInitScript({content: OBSERVE_PERFORMANCE});
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL(pathname, running.url).href, {waitUntil: 'load'});
    await page.locator('h1').first().waitFor();
    await page.waitForFunction('document.querySelector(\'[aria-busy="true"]\') === null');
    await page.waitForTimeout(SETTLE_MS + watchMs);
    // A page that broke shows nothing worth timing.
    if (errors.length > 0) throw new Error(`${pathname}: ${errors.join('; ')}`);
    return await readFigures(page);
  } finally {
    await context.close();
  }
}

function print(rows: [string, PageFigures][]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const mark = (ok: boolean) => (ok ? ' ' : '!');
  console.log(
    `Admin pages in Chromium, demo shop (targets: LCP ≤ ${TARGETS.lcpMs} ms, CLS ≤ ${TARGETS.cls},` +
      ` initial JS ≤ ${kb(TARGETS.jsBytes)} compressed; ! marks a miss)`,
  );
  for (const [name, f] of rows) {
    console.log(
      `  ${name.padEnd(42)} LCP ${f.lcpMs.toFixed(0).padStart(5)} ms${mark(f.lcpMs <= TARGETS.lcpMs)}` +
        `  CLS ${f.cls.toFixed(3)}${mark(f.cls <= TARGETS.cls)}` +
        `  long tasks ${String(f.longTasks).padStart(2)} (${f.longTaskMs.toFixed(0).padStart(4)} ms)` +
        `  JS ${kb(f.jsBytes).padStart(8)}${mark(f.jsBytes <= TARGETS.jsBytes)}` +
        ` (+ App Bridge ${kb(f.otherJsBytes)})` +
        `  CSS ${kb(f.cssBytes).padStart(7)}`,
    );
  }
}

/**
 * What the stack costs before any of Heed's code: bench/admin-floor.tsx (React, Polaris, i18next,
 * React Router) bundled, minified and compressed as the admin's scripts are served.
 */
async function printFloor(dir: string): Promise<void> {
  const outfile = path.join(dir, 'floor.js');
  await bundle({
    entryPoints: [path.join(import.meta.dirname, 'admin-floor.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: {'process.env.NODE_ENV': '"production"'},
    loader: {'.css': 'empty'},
    outfile,
    logLevel: 'silent',
  });
  const code = readFileSync(outfile);
  const compressed = brotliCompressSync(code, {
    params: {[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY},
  }).length;
  console.log(
    `  Floor: an empty page of React, Polaris, i18next and React Router (no Heed code) is ` +
      `${(compressed / 1024).toFixed(1)} KB compressed, of the ${(TARGETS.jsBytes / 1024).toFixed(0)} KB target`,
  );
}
