/**
 * Pixel ingest throughput: batches of 20 realistic checkout events, each batch durably committed
 * before its 200. Prints events/s and requests/s at full load, p50/p99 acknowledgement latency at
 * half of that rate, peak RSS, and a bare Express endpoint under the same load, with the ratio.
 * Run: npm run bench (or: npx tsx bench/ingest.ts)
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {randomUUID} from 'node:crypto';
import express from 'express';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import {hashIngestKey, newIngestKey} from '../web/server/signals/ingest-key';
import type {StorageTarget} from '../web/server/storage';
import {fmt, post, runLoad, trackPeakRss} from './measure';
import {journeyIdFor} from '../web/server/signals/journey';

const BATCHES = Number(process.env.BENCH_INGEST_BATCHES ?? 1500);
const BATCH_SIZE = 20;
const CONCURRENCY = 16;
const SHOP = 'bench-shop.myshopify.com';
const STEPS = [
  'checkout_started',
  'checkout_contact_info_submitted',
  'checkout_address_info_submitted',
  'checkout_shipping_info_submitted',
  'payment_info_submitted',
];

function batchBody(key: string, n: number): string {
  const token = `tok-${n % 200}`;
  const events = Array.from({length: BATCH_SIZE}, (_, i) => ({
    id: `sh-${randomUUID()}`,
    name: i % 4 === 0 ? STEPS[(n + i) % STEPS.length] : 'input_changed',
    type: i % 4 === 0 ? 'standard' : 'dom',
    timestamp: new Date().toISOString(),
    clientId: `client-${n % 200}`,
    seq: i,
    data:
      i % 4 === 0
        ? {
            checkout: {
              token,
              currencyCode: 'CAD',
              subtotalPrice: {amount: 189, currencyCode: 'CAD'},
              totalPrice: {amount: 214.5, currencyCode: 'CAD'},
              discountApplications: [],
              lineItems: [
                {
                  id: 'gid://shopify/CheckoutLineItem/1',
                  quantity: 1,
                  title: 'Sable Faux Fur Throw',
                  variant: {price: {amount: 189, currencyCode: 'CAD'}},
                },
              ],
              attributes: [{key: '_heed_utm_campaign', value: 'winter-email'}],
            },
          }
        : {element: {id: 'shipping-address1', name: 'address1', tagName: 'INPUT', type: 'text'}},
  }));
  return JSON.stringify({shop: SHOP, key, events});
}

async function bareExpress(): Promise<number> {
  const app = express();
  app.post('/bare', express.text({type: '*/*', limit: '1mb'}), (_req, res) => {
    res.status(200).json({ok: true});
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const body = batchBody('k', 0);
  const result = await runLoad(
    BATCHES,
    CONCURRENCY,
    async () => (await post(port, '/bare', body, {'content-type': 'text/plain'})) === 200,
  );
  await new Promise((resolve) => server.close(resolve));
  console.log(
    `ingest: bare express endpoint (same bodies, same load): ${fmt(result.perSecond, 0)} req/s`,
  );
  return result.perSecond;
}

async function benchTarget(
  name: string,
  target: StorageTarget,
  bare: number,
  dispose: () => Promise<void>,
) {
  const config = loadConfig('test', {});
  const heed = await bootstrap(config, {
    storageTarget: target,
    logger: createLogger('silent'),
    ingestRateLimit: {perSecond: 1e9, burst: 1e9},
  });
  await heed.storage.shops.markInstalled(SHOP, {scopes: ''}, Date.now());
  const key = newIngestKey();
  await heed.storage.shops.setIngestKey(SHOP, hashIngestKey(key), null, Date.now());
  const server = heed.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const rss = trackPeakRss();
  const bodies = Array.from({length: BATCHES}, (_, n) => batchBody(key, n));
  const full = await runLoad(
    BATCHES,
    CONCURRENCY,
    async (i) =>
      (await post(port, '/api/pixel/events', bodies[i] ?? '', {'content-type': 'text/plain'})) ===
      200,
  );
  // Half of the measured maximum: an open-loop pace, one batch every 1/(rate/2) seconds.
  const halfRate = full.perSecond / 2;
  const halfBodies = Array.from({length: Math.min(BATCHES, 600)}, (_, n) =>
    batchBody(key, n + BATCHES),
  );
  const half = await paced(
    halfBodies.length,
    halfRate,
    async (i) =>
      (await post(port, '/api/pixel/events', halfBodies[i] ?? '', {
        'content-type': 'text/plain',
      })) === 200,
  );
  const toSignal = await ingestToSignal(port, key, heed);
  const peak = rss.stop();
  console.log(
    `ingest [${name}] ${BATCHES} batches of ${BATCH_SIZE}: ${fmt(full.perSecond * BATCH_SIZE, 0)} events/s, ${fmt(full.perSecond, 0)} req/s ` +
      `(ratio to bare ${fmt(full.perSecond / bare, 2)}), failures ${full.failures}; at half load (${fmt(halfRate, 0)} req/s): ` +
      `ack p50 ${fmt(half.p50Ms, 2)} ms, p99 ${fmt(half.p99Ms, 2)} ms; ingest-to-signal p50 ${fmt(toSignal.p50Ms, 1)} ms, ` +
      `max ${fmt(toSignal.maxMs, 1)} ms; peak RSS ${fmt(peak / 1e6, 0)} MB`,
  );
  await new Promise((resolve) => server.close(resolve));
  await heed.close();
  await dispose();
}

/**
 * From the ingest answer to the signal on the live hub (what the admin's stream receives): a shopper
 * attributed to a campaign reaches the delivery step with no discount, so `promo_not_applied` fires.
 */
async function ingestToSignal(
  port: number,
  key: string,
  heed: Awaited<ReturnType<typeof bootstrap>>,
) {
  const samples: number[] = [];
  for (let n = 0; n < 20; n += 1) {
    const token = `tok-signal-${n}-${randomUUID()}`;
    const checkout = {
      token,
      currencyCode: 'CAD',
      attributes: [
        {key: '_heed_utm_campaign', value: 'winter-email'},
        {key: '_heed_discount_code', value: 'WINTER20'},
      ],
      discountApplications: [],
      lineItems: [],
      subtotalPrice: {amount: 189, currencyCode: 'CAD'},
      totalPrice: {amount: 189, currencyCode: 'CAD'},
    };
    const events = [
      'checkout_started',
      'checkout_contact_info_submitted',
      'checkout_address_info_submitted',
    ].map((name, i) => ({
      id: `sh-${randomUUID()}`,
      name,
      type: 'standard',
      timestamp: new Date(Date.now() + i).toISOString(),
      clientId: `client-signal-${n}`,
      seq: i,
      data: {checkout},
    }));
    let answeredAt = 0;
    const seen = new Promise<number>((resolve) => {
      const stop = heed.live.subscribe(SHOP, (message) => {
        if (
          message.kind === 'signal' &&
          (message.data as {journeyId?: string}).journeyId ===
            journeyIdFor(SHOP, {checkoutToken: token, clientId: null})
        ) {
          stop();
          resolve(performance.now());
        }
      });
    });
    await post(port, '/api/pixel/events', JSON.stringify({shop: SHOP, key, events}), {
      'content-type': 'text/plain',
    });
    answeredAt = performance.now();
    samples.push((await seen) - answeredAt);
  }
  samples.sort((a, b) => a - b);
  return {
    p50Ms: samples[Math.floor(samples.length / 2)] ?? 0,
    maxMs: samples[samples.length - 1] ?? 0,
  };
}

/** Sends at a fixed rate regardless of answers (open loop), and records each latency. */
async function paced(total: number, perSecond: number, send: (i: number) => Promise<boolean>) {
  const latencies: number[] = [];
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    inFlight.push(send(i).then(() => void latencies.push(performance.now() - t0)));
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {p50Ms: at(0.5), p99Ms: at(0.99)};
}

async function main() {
  const bare = await bareExpress();
  const dir = mkdtempSync(path.join(tmpdir(), 'heed-bench-ingest-'));
  await benchTarget(
    'sqlite',
    {kind: 'sqlite', file: path.join(dir, 'bench.sqlite')},
    bare,
    async () => rmSync(dir, {recursive: true, force: true}),
  );
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('ingest [postgres] skipped: DATABASE_URL is not set');
    return;
  }
  const schema = `heed_bench_${Date.now()}`;
  const knex = (await import('knex')).default;
  await benchTarget('postgres', {kind: 'postgres', url, schema}, bare, async () => {
    const admin = knex({client: 'pg', connection: url});
    await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    await admin.raw('DROP TABLE IF EXISTS ??', [`shopify_sessions_${schema}`]);
    await admin.destroy();
  });
}

await main();
