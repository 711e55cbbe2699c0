import {loadConfig, ConfigError, type Config} from './config';
import {bootstrap} from './bootstrap';
import {startServer} from './http/start-server';
import {startupFailure} from './startup-failure';

/** Production entry point: `npm start` (and `shopify app dev`, which provides the environment). */
async function main(started: {config: Config | null}) {
  const config = loadConfig('production');
  started.config = config;
  const heed = await bootstrap(config);
  await startServer(heed, config.port);
}

const started: {config: Config | null} = {config: null};
main(started).catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : startupFailure(error, started.config),
  );
  process.exit(1);
});
