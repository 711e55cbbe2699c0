import {loadConfig, ConfigError} from './config';
import {bootstrap} from './bootstrap';
import {startServer} from './http/start-server';

/** Production entry point: `npm start` (and `shopify app dev`, which provides the environment). */
async function main() {
  const config = loadConfig('production');
  const heed = await bootstrap(config);
  await startServer(heed, config.port);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Heed failed to start:', error instanceof Error ? error.name : 'unknown error');
  }
  process.exit(1);
});
