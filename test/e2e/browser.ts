import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import type Axe from 'axe-core';
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {startDemo, type DemoOptions} from '../../web/server/demo';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E_OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const chromiumInstalled = existsSync(CHROMIUM_PATH);

/**
 * Browser tests are mandatory in CI: there a missing Chromium fails them (`launchChromium` throws).
 * On a developer machine they are skipped, loudly, so a missing package is noticed but not blocking.
 */
export const skipBrowserTests = !chromiumInstalled && !process.env.CI;

if (skipBrowserTests) {
  console.warn(
    [
      '',
      '*************************************************************************************',
      `*  Browser tests SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
      '*  Install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH).',
      '*  In CI (CI is set) these tests fail instead of skipping.',
      '*************************************************************************************',
      '',
    ].join('\n'),
  );
}

/** The e2e tests drive the built admin; `npm test` builds it first. */
export function assertFrontendBuilt(): void {
  if (!existsSync(path.join(REPO_ROOT, 'web/frontend/dist/index.html'))) {
    throw new Error(
      'The admin is not built: run `npm run build:frontend` before the browser tests.',
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumInstalled) {
    throw new Error(
      `Chromium is required for browser tests but was not found at ${CHROMIUM_PATH}. ` +
        'Install it with `sudo apt-get install chromium` or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Aborts every request that would leave this machine and records it, so a test can assert that
 * nothing tried. Routes registered later (for example a CDN stand-in) take precedence over this one.
 */
export async function blockExternalNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !LOOPBACK_HOSTS.has(url.hostname)
    ) {
      blocked.push(url.href);
      await route.abort('blockedbyclient').catch(unlessClosed);
      return;
    }
    await route.fallback().catch(unlessClosed);
  });
  return blocked;
}

/**
 * A request still in flight when its page or browser closes (the mailbox polls every few seconds)
 * can no longer be routed; that is the end of the page, not a failure. Anything else still fails.
 */
function unlessClosed(error: unknown): void {
  if (error instanceof Error && /has been closed/.test(error.message)) return;
  throw error;
}

/** Uncaught exceptions and console errors of a page, collected from the moment it is created. */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return problems;
}

export interface OpenedPage {
  page: Page;
  /** Requests that tried to leave this machine (see `blockExternalNetwork`). */
  blocked: string[];
  /** Uncaught exceptions and console errors (see `collectPageProblems`). */
  problems: string[];
}

/**
 * A page in a browser context of its own (cookies, storage and cache start empty), watched for
 * problems and kept off the network. `context` adds to the desktop viewport (time zone, motion…).
 */
export async function openPage(
  browser: Browser,
  context: BrowserContextOptions & {permissions?: {origin: string; grant: string[]}} = {},
  stepTimeoutMs = 10_000,
): Promise<OpenedPage> {
  const {permissions, ...options} = context;
  const browserContext = await browser.newContext({
    viewport: {width: 1280, height: 900},
    ...options,
  });
  if (permissions) {
    await browserContext.grantPermissions(permissions.grant, {origin: permissions.origin});
  }
  const page = await browserContext.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  const problems = collectPageProblems(page);
  const blocked = await blockExternalNetwork(page);
  page.once('close', () => void browserContext.close().catch(unlessClosed));
  return {page, blocked, problems};
}

declare global {
  interface Window {
    /** axe-core, once `seriousAccessibilityFindings` injected it. */
    axe: typeof Axe;
  }
}

export interface AccessibilityFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core (the pinned devDependency, injected into the page) on what the page shows and
 * returns its serious and critical findings, each with the elements it names. Left out: the inside
 * of polaris-viz charts (`[data-chart]`), whose markup is the library's: its bar lists lack
 * list items and its legend text is too pale (axe's aria-required-children and color-contrast).
 */
export async function seriousAccessibilityFindings(page: Page): Promise<AccessibilityFinding[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({content: await axeSource});
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(
      {include: [['body']], exclude: [['[data-chart]']]},
      {resultTypes: ['violations']},
    );
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A PNG of the page under test-output/e2e/ (`name` may hold a folder); the whole page unless told. */
export async function screenshot(
  page: Page,
  name: string,
  options: {fullPage?: boolean} = {},
): Promise<string> {
  const file = path.join(E2E_OUTPUT_DIR, `${name}.png`);
  await mkdir(path.dirname(file), {recursive: true});
  await page.screenshot({path: file, fullPage: options.fullPage ?? true});
  return file;
}

export type DemoServer = Awaited<ReturnType<typeof startDemo>>;

/**
 * A demo server (`npm run demo`) on a SQLite file of its own, started before the tests of the
 * enclosing `describe` and stopped after them. The returned function gives it to the tests.
 * `options` turns off parts of the demo a test needs quiet (its example cases, its shoppers).
 */
export function useDemoServer(
  label: string,
  options: Pick<DemoOptions, 'exampleCases' | 'shoppers'> = {},
): () => DemoServer {
  let demo: DemoServer | undefined;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), `heed-e2e-${label}-`));
    demo = await startDemo({
      port: 0,
      sqlitePath: path.join(dataDir, 'demo.sqlite'),
      logLevel: 'silent',
      ...options,
    });
  });
  afterAll(async () => {
    await demo?.close();
    if (dataDir) rmSync(dataDir, {recursive: true, force: true});
  });
  return () => {
    if (!demo) throw new Error('the demo server starts in beforeAll');
    return demo;
  };
}
