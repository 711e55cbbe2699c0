/**
 * The server side of bench/noisy-neighbour.ts, in its own process, so that the load generator's
 * work (building and sending 300-event batches) is not counted in the quiet shop's latency.
 *   argv[2]: the storage target as JSON; argv[3]: the events quota per shop per second.
 * Tells the parent its port and each shop's ingest key; closes on "stop".
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {loadConfig} from '../web/server/config';
import {bootstrap} from '../web/server/bootstrap';
import {createLogger} from '../web/server/logger';
import {hashIngestKey, newIngestKey} from '../web/server/signals/ingest-key';
import {ingestLimitsOf} from '../web/server/signals/ingest-limits';
import type {StorageTarget} from '../web/server/storage';

export const QUIET = 'quiet-shop.myshopify.com';
export const NOISY = 'noisy-shop.myshopify.com';

export interface NoisyServerReady {
  port: number;
  keys: Record<string, string>;
}

async function main() {
  const target = JSON.parse(process.argv[2] ?? '{}') as StorageTarget;
  const quota = Number(process.argv[3]);
  const heed = await bootstrap(loadConfig('test', {}), {
    storageTarget: target,
    logger: createLogger('silent'),
    ingestLimits: ingestLimitsOf(quota, 1_000),
  });
  const keys: Record<string, string> = {};
  for (const shop of [QUIET, NOISY]) {
    const key = newIngestKey();
    await heed.storage.shops.markInstalled(shop, {scopes: 'write_pixels'}, Date.now());
    await heed.storage.shops.setIngestKey(shop, hashIngestKey(key), null, Date.now());
    keys[shop] = key;
  }
  const server = createServer(heed.listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const {port} = server.address() as AddressInfo;
  process.send?.({port, keys} satisfies NoisyServerReady);
  process.once('message', () => {
    server.closeAllConnections();
    server.close(() => {
      void heed.close().then(() => process.exit(0));
    });
  });
}

if (process.argv[1]?.endsWith('noisy-server.ts')) await main();
