import {randomUUID} from 'node:crypto';
import {createServer, type Server} from 'node:http';
import type {Heed} from '../bootstrap';
import {scheduleSweeps} from '../sweeps/schedule-sweeps';

/**
 * How long a stopping server waits for requests in flight before it closes their connections:
 * well inside the 10 s a platform gives between SIGTERM and SIGKILL, so storage still closes.
 */
export const STOP_GRACE_MS = 7_000;

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
    const s = createServer(heed.listener);
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
    // Live streams never end by themselves: end them, let requests in flight finish, and close
    // what is still open once the grace has passed.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    heed.live.endStreams();
    server.closeIdleConnections();
    const grace = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    grace.unref();
    await Promise.all([sweeps.stop(), closed]);
    clearTimeout(grace);
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
