import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkAppConfig} from '../../web/server/deploy/app-config-check';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REPO_TOML = readFileSync(path.join(ROOT, 'shopify.app.toml'), 'utf8');
const LINKED = REPO_TOML.replace(
  /client_id = "0+"/,
  'client_id = "3f6a0c1e9b2d4e8f7a6b5c4d3e2f1a0b"',
).replaceAll('https://heed.example.com', 'https://heed.furs-apps.example');

describe('the app configuration a deploy is made from', () => {
  it('when it is the repository’s own (placeholder client id and address), then each is named with what to do', () => {
    const check = checkAppConfig(REPO_TOML);
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems;
    expect(problems).toEqual([
      expect.stringContaining('npx shopify app config link'),
      expect.stringContaining('application_url must be the HTTPS address where Heed runs'),
    ]);
  });

  it('when it is linked and names Heed’s address, then the address the extensions are built with is its origin', () => {
    expect(checkAppConfig(LINKED)).toEqual({ok: true, appUrl: 'https://heed.furs-apps.example'});
  });

  it.each([
    [
      'plain http',
      LINKED.replace('application_url = "https://', 'application_url = "http://'),
      'application_url',
    ],
    [
      'an app proxy elsewhere',
      LINKED.replace('https://heed.furs-apps.example/api/proxy', 'https://old.example/api/proxy'),
      '[app_proxy] url must be "https://heed.furs-apps.example/api/proxy"',
    ],
    [
      'a redirect elsewhere',
      LINKED.replace(
        'https://heed.furs-apps.example/api/auth/callback',
        'https://old.example/api/auth/callback',
      ),
      '[auth] redirect_urls must be on https://heed.furs-apps.example',
    ],
    [
      'no application_url',
      LINKED.replace(/^application_url = .*$/m, ''),
      'application_url must be',
    ],
  ])('when it has %s, then the deploy is refused saying so', (_what, toml, message) => {
    const check = checkAppConfig(toml);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problems.join('\n')).toContain(message);
  });

  it('when `npm run deploy` runs on the repository’s configuration, then it stops before Shopify CLI with the message', async () => {
    const {code, output} = await new Promise<{code: unknown; output: string}>((resolve) => {
      execFile(
        'npm',
        ['run', '--silent', 'deploy'],
        {cwd: ROOT, timeout: 30_000},
        (error, stdout, stderr) =>
          resolve({
            code: error ? (error as {code?: unknown}).code : 0,
            output: `${stdout}${stderr}`,
          }),
      );
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'Heed cannot be deployed from this configuration; fix shopify.app.toml',
    );
    expect(output).toContain('application_url must be the HTTPS address where Heed runs');
  });
});
