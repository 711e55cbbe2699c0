import type {Express} from 'express';

/**
 * Express 5 keeps its routes in the `router` package: `app.router.stack` holds layers; a layer
 * with `route` is an endpoint (`route.path`, `route.methods`), one whose handle has a `stack` is a
 * mounted router (its mount path in `rawPath`, `slash` when mounted at `/`). Walking them lists
 * every route the app answers, so a test can insist that each one is covered.
 */
interface Layer {
  route?: {path: unknown; methods: Record<string, boolean>};
  handle?: {stack?: Layer[]};
  rawPath?: unknown;
  slash?: boolean;
}

export function registeredRoutes(app: Express): string[] {
  const root = (app as unknown as {router?: {stack?: Layer[]}}).router?.stack;
  if (!root) throw new Error('app.router.stack is missing: Express changed how it keeps routes');
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = String(layer.route.path);
        const full = path === '/' && prefix ? prefix : `${prefix}${path}`;
        for (const method of Object.keys(layer.route.methods)) {
          found.push(`${method.toUpperCase()} ${full}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, layer.slash ? prefix : `${prefix}${String(layer.rawPath)}`);
      }
    }
  };
  walk(root, '');
  return [...new Set(found)].sort();
}
