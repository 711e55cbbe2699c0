import {readFile} from 'node:fs/promises';
import path from 'node:path';
import express, {type Request, type Response, type Router, type RequestHandler} from 'express';
import {brotliAssets} from './brotli-assets';
import {notFound} from './error-handler';

export const APP_BRIDGE_CDN_SRC = 'https://cdn.shopify.com/shopifycloud/app-bridge.js';
export const DEMO_APP_BRIDGE_SRC = '/demo/app-bridge.js';
/** Tells the admin it runs in the demo, so it shows the demo's own pages (frontend/src/demo/demo-mode.ts). */
export const DEMO_MODE_META = '<meta name="heed-demo" content="true" />';

const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface FrontendOptions {
  distDir: string;
  apiKey: string;
  /** Demo only: load the local App Bridge stand-in instead of Shopify's CDN script. */
  useDemoAppBridge: boolean;
  /** Runs before the page is served (production: Shopify's install and embedding checks). */
  guard?: RequestHandler;
}

/** Serves the built admin; `index.html` gets the API key App Bridge needs. */
export function createFrontendRouter(options: FrontendOptions): Router {
  const router = express.Router();
  let page: Promise<string> | undefined;
  const indexHtml = () => (page ??= render(options));

  // Source maps stay private: they would hand out the admin's source, and nobody's browser needs them.
  router.get(/^\/assets\/.*\.map$/, notFound);
  // Asset names carry a hash of their content (Vite), so a browser may keep each one for a year.
  const assetsDir = path.join(options.distDir, 'assets');
  router.use('/assets', brotliAssets(assetsDir, ASSET_CACHE_CONTROL));
  router.use(
    '/assets',
    express.static(assetsDir, {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
    }),
  );
  const serveIndex = async (_req: Request, res: Response) => {
    try {
      const html = await indexHtml();
      // Always asked again: a new build names new assets, and only this page says which.
      res.type('html').set('Cache-Control', 'no-cache').send(html);
    } catch {
      page = undefined;
      res
        .status(503)
        .type('text')
        .send('The admin is not built yet. Run `npm run build:frontend`.');
    }
  };
  const handlers: RequestHandler[] = options.guard ? [options.guard, serveIndex] : [serveIndex];
  router.get(/^\/(?!api\/|assets\/|demo\/|healthz).*/, ...handlers);
  return router;
}

async function render(options: FrontendOptions): Promise<string> {
  const template = await readFile(path.join(options.distDir, 'index.html'), 'utf8');
  const withKey = template.replaceAll('%SHOPIFY_API_KEY%', escapeAttribute(options.apiKey));
  return options.useDemoAppBridge
    ? withKey
        .replace(APP_BRIDGE_CDN_SRC, DEMO_APP_BRIDGE_SRC)
        .replace('</head>', `  ${DEMO_MODE_META}\n  </head>`)
    : withKey;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
