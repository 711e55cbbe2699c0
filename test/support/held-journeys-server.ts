/**
 * A Heed server whose journey work never starts: it acknowledges pixel batches (after their
 * durable commit) and then holds, so that a test can kill it between the acknowledgement and the
 * journey update. Started with IPC; argv[2] is the storage target as JSON. Tells the parent its port.
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
  beforeJourneyRun: () => new Promise<void>(() => {}),
});
const server = createServer(heed.listener).listen(0, '127.0.0.1', () => {
  process.send?.({port: (server.address() as AddressInfo).port});
});
