/**
 * Before `shopify app deploy`: the app's configuration (shopify.app.toml) is the one place that
 * says where Heed lives. Extensions are built with that address compiled in (checkout extensions
 * cannot discover it at run time), so a deploy from a configuration that still names the
 * placeholder would ship extensions that call nowhere. Pure: reads the file's text.
 */

const PLACEHOLDER_CLIENT_ID = /^0+$/;
const PLACEHOLDER_HOST = 'heed.example.com';

export type AppConfigCheck = {ok: true; appUrl: string} | {ok: false; problems: string[]};

export function checkAppConfig(toml: string): AppConfigCheck {
  const problems: string[] = [];
  const clientId = valueOf(toml, null, 'client_id');
  if (!clientId || PLACEHOLDER_CLIENT_ID.test(clientId)) {
    problems.push(
      'client_id is not your app’s: run `npx shopify app config link` to write it into shopify.app.toml',
    );
  }
  const appUrl = valueOf(toml, null, 'application_url');
  const base = parseUrl(appUrl);
  if (!base || base.protocol !== 'https:' || base.hostname === PLACEHOLDER_HOST) {
    problems.push(
      'application_url must be the HTTPS address where Heed runs (the SHOPIFY_APP_URL of the server), not ' +
        (appUrl ? `"${appUrl}"` : 'missing'),
    );
  }
  const origin = base?.origin ?? '';
  const proxy = valueOf(toml, 'app_proxy', 'url');
  if (base && proxy !== `${origin}/api/proxy`) {
    problems.push(
      `[app_proxy] url must be "${origin}/api/proxy" (Heed's storefront routes), not "${proxy ?? ''}"`,
    );
  }
  const redirects = toml.match(/redirect_urls\s*=\s*\[([^\]]*)\]/)?.[1] ?? '';
  for (const redirect of redirects.match(/"[^"]*"/g) ?? []) {
    const url = redirect.slice(1, -1);
    if (base && !url.startsWith(`${origin}/`)) {
      problems.push(`[auth] redirect_urls must be on ${origin}, not "${url}"`);
    }
  }
  return problems.length > 0 ? {ok: false, problems} : {ok: true, appUrl: origin};
}

/** A top-level key (section null) or a key of `[section]`, as written in our own file. */
function valueOf(toml: string, section: string | null, key: string): string | null {
  let current: string | null = null;
  for (const line of toml.split('\n')) {
    const header = /^\s*\[+([^\]]+)\]+\s*$/.exec(line);
    if (header) {
      current = header[1]?.trim() ?? null;
      continue;
    }
    const pair = new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`).exec(line);
    if (pair && current === section) return pair[1] ?? null;
  }
  return null;
}

function parseUrl(text: string | null): URL | null {
  if (!text) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
