/**
 * Heed in a process of its own, as it runs in production, where an unhandled 'error' event ends
 * the process: fault tests see whether it survives. argv[2] is the storage target as JSON and
 * argv[3] the shop to install; the process tells its parent (IPC) its port and the shop's ingest key.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {StorageTarget} from '../../web/server/storage';
import {startTestHeed} from './test-heed';

const target = JSON.parse(process.argv[2] ?? '{}') as StorageTarget;
const shop = process.argv[3] ?? 'fabulous-furs.myshopify.com';
const t = await startTestHeed({target});
await t.install(shop);
const ingestKey = await t.ingestKey(shop);
const server = createServer(t.heed.listener).listen(0, '127.0.0.1', () => {
  process.send?.({port: (server.address() as AddressInfo).port, ingestKey});
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void t.close().finally(() => process.exit(0));
});
