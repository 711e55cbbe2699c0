/**
 * Webhook acknowledgement: signed deliveries over real HTTP, each durably stored before the 200.
 * Prints acks/s, p50/p99 latency and peak RSS on SQLite (and PostgreSQL when DATABASE_URL is set).
 * Run: npm run bench (or: npx tsx bench/webhooks.ts)
 */
import {createServer} from 'node:http';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {sessionTablesFor} from '../web/server/storage/session-storage';
import type {AddressInfo} from 'node:net';
import {getHmac} from '@shopify/shopify-api/test-helpers';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import type {StorageTarget} from '../web/server/storage';
import {fmt, post, runLoad, trackPeakRss} from './measure';

const TOTAL = Number(process.env.BENCH_WEBHOOKS ?? 3000);
const CONCURRENCY = 16;
const SHOP = 'bench-shop.myshopify.com';

async function benchTarget(name: string, target: StorageTarget, dispose: () => Promise<void>) {
  const config = loadConfig('test', {});
  const heed = await bootstrap(config, {storageTarget: target, logger: createLogger('silent')});
  const server = createServer(heed.listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const rss = trackPeakRss();
  const result = await runLoad(TOTAL, CONCURRENCY, async (i) => {
    const body = JSON.stringify({
      id: i,
      token: `tok-${i}`,
      updated_at: new Date().toISOString(),
      line_items: [{title: 'Fox parka', price: '480.00', quantity: 1}],
    });
    const status = await post(port, '/api/webhooks', body, {
      'X-Shopify-Topic': 'checkouts/update',
      'X-Shopify-Shop-Domain': SHOP,
      'X-Shopify-API-Version': '2026-07',
      'X-Shopify-Webhook-Id': randomUUID(),
      'X-Shopify-Event-Id': randomUUID(),
      'X-Shopify-Hmac-Sha256': getHmac(body, config.apiSecret),
    });
    return status === 200;
  });
  const peak = rss.stop();
  console.log(
    `webhooks [${name}] ${result.requests} signed deliveries, concurrency ${CONCURRENCY}: ` +
      `${fmt(result.perSecond, 0)} acks/s, p50 ${fmt(result.p50Ms, 2)} ms, p99 ${fmt(result.p99Ms, 2)} ms, ` +
      `failures ${result.failures}, peak RSS ${fmt(peak / 1e6, 0)} MB`,
  );
  await new Promise((resolve) => server.close(resolve));
  await heed.close();
  await dispose();
}

/** The same load against a bare Express endpoint, so the numbers can be read against this machine. */
async function benchBareExpress() {
  const express = (await import('express')).default;
  const app = express();
  app.post('/bare', express.text({type: '*/*'}), (_req, res) => {
    res.status(200).json({ok: true});
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const result = await runLoad(
    TOTAL,
    CONCURRENCY,
    async () => (await post(port, '/bare', '{"ok":true}')) === 200,
  );
  console.log(
    `bare express endpoint, same load: ${fmt(result.perSecond, 0)} req/s, p50 ${fmt(result.p50Ms, 2)} ms`,
  );
  await new Promise((resolve) => server.close(resolve));
}

async function main() {
  await benchBareExpress();
  const dir = mkdtempSync(path.join(tmpdir(), 'heed-bench-'));
  await benchTarget('sqlite', {kind: 'sqlite', file: path.join(dir, 'bench.sqlite')}, async () =>
    rmSync(dir, {recursive: true, force: true}),
  );
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `heed_bench_${Date.now()}`;
    const knex = (await import('knex')).default;
    await benchTarget('postgres', {kind: 'postgres', url, schema}, async () => {
      const admin = knex({client: 'pg', connection: url});
      await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
      const sessionTables = sessionTablesFor(schema);
      await admin.raw('DROP TABLE IF EXISTS ??, ??', [
        sessionTables.sessions,
        sessionTables.migrations,
      ]);
      await admin.destroy();
    });
  } else {
    console.log('webhooks [postgres] skipped: DATABASE_URL is not set');
  }
}

await main();
