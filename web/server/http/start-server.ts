import {randomUUID} from 'node:crypto';
import {createServer, type Server} from 'node:http';
import type {Heed} from '../bootstrap';
import {scheduleSweeps} from '../sweeps/schedule-sweeps';

export interface RunningServer {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Listens, runs the background sweeps, and stops cleanly on SIGTERM/SIGINT. */
export async function startServer(
  heed: Heed,
  port: number,
  host = '0.0.0.0',
): Promise<RunningServer> {
  // A port already taken fails the start with EADDRINUSE, instead of waiting for ever.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(heed.app);
    s.once('error', reject);
    s.listen(port, host, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://localhost:${actualPort}`;

  // One owner id per process: its leases tell apart instances sharing the database.
  const sweeps = scheduleSweeps({
    sweeps: heed.sweeps,
    leases: heed.storage.sweepLeases,
    owner: randomUUID(),
    logger: heed.logger,
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await sweeps.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await heed.close();
  };
  const onSignal = () => {
    void stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  heed.logger.info({url}, 'Heed is listening');
  return {server, url, stop};
}
