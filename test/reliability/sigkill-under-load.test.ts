import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../web/server/config';
import {bootstrap} from '../../web/server/bootstrap';
import {readJourney} from '../../web/server/signals/journey-state';
import {RECOVER_AFTER_MS} from '../../web/server/signals/process-journeys';
import {batteryEngines, isolatedTarget} from '../support/databases';
import {openStorage} from '../../web/server/storage';
import {hashIngestKey, newIngestKey} from '../../web/server/signals/ingest-key';
import {bundleIngestProcess, startIngestChild, type IngestChild} from '../support/ingest-child';
import {captureLogger} from '../support/capture-logger';
import {checkoutEvent} from '../support/pixel-events';

const SHOP = 'fabulous-furs.myshopify.com';
const KILLS = 10;
const CLIENTS = 4;
const BATCH = 5;
/** A resource bound on the server process, not a timing: it holds whatever the machine's speed. */
const RSS_BOUND_MB = 400;
const STEPS = [
  'checkout_started',
  'checkout_contact_info_submitted',
  'checkout_address_info_submitted',
  'checkout_shipping_info_submitted',
  'payment_info_submitted',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The resident set of a process, in MB, from /proc (Linux, as CI runs). */
function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0; // The process is gone (killed meanwhile).
  }
}

async function killed({child}: IngestChild): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

type Batch = Array<ReturnType<typeof checkoutEvent>>;

/**
 * A real Heed process under pixel load, killed with SIGKILL at random moments and started again
 * on the same storage. The load is shoppers' pixels: each sends its checkout's events in batches
 * and sends a batch again until it is acknowledged (a 200), as the pixel's retries do; now and
 * then one sends again a batch already acknowledged (its 200 was lost on the way). Afterwards
 * every acknowledged event is stored once, and, once recovery has run, applied to its journey.
 */
describe.each(batteryEngines())('SIGKILL at random moments under ingest load, on %s', (engine) => {
  const isolated = isolatedTarget(engine);
  const key = newIngestKey();
  beforeAll(async () => {
    await bundleIngestProcess();
    const setup = await openStorage(isolated.target);
    await setup.shops.markInstalled(SHOP, {scopes: ''}, Date.now());
    await setup.shops.setIngestKey(SHOP, hashIngestKey(key), null, Date.now());
    await setup.close();
  });
  afterAll(() => isolated.dispose());

  it('when the process is killed ten times under load, then every acknowledged event is stored once and applied to its journey, with memory bounded', async () => {
    let heed: IngestChild = await startIngestChild(isolated.target);
    let running = true;
    let peakRss = 0;
    const acknowledged = new Set<string>();
    const sent = new Map<string, {token: string}>();
    let resent = 0;

    /** Posts a batch to whichever process runs now; true once it answered 200. */
    async function post(batch: Batch): Promise<boolean> {
      try {
        const response = await fetch(`http://127.0.0.1:${heed.port}/api/pixel/events`, {
          method: 'POST',
          headers: {'Content-Type': 'text/plain'},
          body: JSON.stringify({shop: SHOP, key, events: batch}),
          signal: AbortSignal.timeout(5_000),
        });
        await response.arrayBuffer();
        expect([200, 429, 503]).toContain(response.status);
        return response.status === 200;
      } catch (error: unknown) {
        if (error instanceof Error && error.name === 'AssertionError') throw error;
        return false; // Killed mid-request, or not listening yet.
      }
    }

    async function shopper(n: number): Promise<void> {
      for (let checkout = 0; running; checkout++) {
        const token = `tok-kill-${n}-${checkout}`;
        const clientId = `client-kill-${n}-${checkout}`;
        const batches: Batch[] = [];
        for (let b = 0; b < STEPS.length && running; b++) {
          const batch = Array.from({length: BATCH}, (_, i) =>
            checkoutEvent(STEPS[b] ?? 'checkout_started', {seq: b * BATCH + i, clientId}, token),
          );
          for (const event of batch) sent.set(event.id, {token});
          let ok = await post(batch);
          while (!ok && running) {
            await sleep(30);
            ok = await post(batch);
          }
          if (!ok) return;
          for (const event of batch) acknowledged.add(event.id);
          batches.push(batch);
          // A pixel whose 200 was lost sends the same batch again.
          const again = batches[Math.floor(Math.random() * batches.length)];
          if (again && Math.random() < 0.2 && (await post(again))) resent += 1;
        }
      }
    }

    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(heed.child.pid));
    }, 100);
    const load = Array.from({length: CLIENTS}, (_, n) => shopper(n));
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        await sleep(300 + Math.random() * 1_200);
        await killed(heed);
        heed = await startIngestChild(isolated.target);
      }
      await sleep(500);
    } finally {
      running = false;
      await Promise.all(load);
      clearInterval(sampler);
      await killed(heed);
    }

    console.info(
      `${engine}: ${KILLS} kills, ${acknowledged.size} events acknowledged, ${resent} batches sent again, server peak RSS ${Math.round(peakRss)} MB`,
    );
    expect(acknowledged.size).toBeGreaterThan(KILLS * BATCH);
    expect(resent).toBeGreaterThan(0);
    expect(peakRss).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(RSS_BOUND_MB);

    // Restarted once more, past the time after which committed, unapplied events are recovered.
    const captured = captureLogger();
    const after = await bootstrap(loadConfig('test', {}), {
      storageTarget: isolated.target,
      logger: captured.logger,
      now: () => Date.now() + RECOVER_AFTER_MS + 1_000,
    });
    try {
      const recovery = after.sweeps.find((s) => s.name === 'journey recovery');
      await recovery?.run();
      await after.drainJourneys();
      expect(await recovery?.run()).toBe(0);

      const rows: Array<{event_id: string; journey_id: string | null; applied_at: unknown}> =
        await after.storage.db('pixel_events').where({shop: SHOP});
      const stored = rows.map((r) => r.event_id);
      expect(new Set(stored).size).toBe(stored.length);
      const storedIds = new Set(stored);
      expect([...acknowledged].filter((id) => !storedIds.has(id))).toEqual([]);
      expect(stored.filter((id) => !sent.has(id))).toEqual([]);
      expect(rows.every((r) => r.applied_at !== null && r.journey_id !== null)).toBe(true);

      const journeys: Array<{id: string; checkout_token: string; state_json: string}> =
        await after.storage.db('journeys').where({shop: SHOP});
      const applied = new Map<string, string>();
      for (const row of journeys) {
        for (const id of readJourney(JSON.parse(row.state_json)).eventIds) {
          expect(applied.has(id)).toBe(false);
          applied.set(id, row.id);
          expect(sent.get(id)?.token).toBe(row.checkout_token);
        }
      }
      expect(rows.filter((r) => applied.get(r.event_id) !== r.journey_id)).toEqual([]);
      expect(applied.size).toBe(rows.length);
    } finally {
      await after.close();
    }
  }, 240_000);
});
