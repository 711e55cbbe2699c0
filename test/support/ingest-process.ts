/**
 * Heed's ingest in a process of its own, started as lean as production starts (no Shopify
 * simulator to load), for tests that kill it and start it again many times. argv[2] is the
 * storage target as JSON; the shop and its ingest key are set up by the parent. Tells the parent
 * (IPC) its port.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {loadConfig} from '../../web/server/config';
import {bootstrap} from '../../web/server/bootstrap';
import {createLogger} from '../../web/server/logger';
import type {StorageTarget} from '../../web/server/storage';

const target = JSON.parse(process.argv[2] ?? '{}') as StorageTarget;
const heed = await bootstrap(loadConfig('test', {}), {
  storageTarget: target,
  logger: createLogger('silent'),
});
const server = createServer(heed.listener).listen(0, '127.0.0.1', () => {
  process.send?.({port: (server.address() as AddressInfo).port});
});
