import type {Server} from 'node:http';
import type {Heed} from '../bootstrap';

/** Stored-but-unprocessed webhooks are looked for this often, in milliseconds. */
const WEBHOOK_RECOVERY_EVERY_MS = 60_000;

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
  const server = await new Promise<Server>((resolve) => {
    const s = heed.app.listen(port, host, () => resolve(s));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://localhost:${actualPort}`;

  const recover = () =>
    heed.webhookProcessor
      .recoverPending()
      .catch((error: unknown) => heed.logger.error({err: error}, 'webhook recovery failed'));
  void recover();
  const sweep = setInterval(recover, WEBHOOK_RECOVERY_EVERY_MS);
  sweep.unref();

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(sweep);
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
