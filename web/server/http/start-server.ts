import type {Server} from 'node:http';
import type {Heed} from '../bootstrap';

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

  const timers = heed.sweeps.map((sweep) => {
    const run = () =>
      sweep
        .run()
        .catch((error: unknown) =>
          heed.logger.error({err: error, sweep: sweep.name}, 'sweep failed'),
        );
    void run();
    const timer = setInterval(run, sweep.everyMs);
    timer.unref();
    return timer;
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    timers.forEach(clearInterval);
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
