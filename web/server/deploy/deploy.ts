/**
 * `npm run deploy`: checks shopify.app.toml, then runs `shopify app deploy` with the app's
 * address from it (`APP_URL`, which Shopify CLI compiles into the extensions). A configuration
 * that still names the placeholder stops here, saying what to set.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {packageRoot} from '../package-root';
import {checkAppConfig} from './app-config-check';

const root = packageRoot();
const check = checkAppConfig(readFileSync(path.join(root, 'shopify.app.toml'), 'utf8'));
if (!check.ok) {
  console.error(
    `Heed cannot be deployed from this configuration; fix shopify.app.toml:\n  - ${check.problems.join('\n  - ')}`,
  );
  process.exit(1);
}
const deployed = spawnSync('npx', ['shopify', 'app', 'deploy', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // Passed through to the CLI as it is, with the address the extensions are built with.
  env: {...process.env, APP_URL: check.appUrl},
});
process.exit(deployed.status ?? 1);
