import {existsSync} from 'node:fs';
import path from 'node:path';
import type {NextFunction, Request, Response} from 'express';

/** Asset names Vite writes: a name, a content hash, `.js` or `.css`. Nothing else is looked up. */
const ASSET_NAME = /^[\w.-]+\.(js|css)$/;

/**
 * Sends the build's brotli copy of a script or style (web/frontend/brotli-assets.ts) to a browser
 * that accepts brotli; anything else falls through to the plain file, compressed on the fly.
 */
export function brotliAssets(assetsDir: string, cacheControl: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const name = req.path.slice(1);
    const match = ASSET_NAME.exec(name);
    res.vary('Accept-Encoding');
    if (!match || req.acceptsEncodings('br') !== 'br') return next();
    const file = path.join(assetsDir, `${name}.br`);
    if (!existsSync(file)) return next();
    res.set({
      'Content-Encoding': 'br',
      'Content-Type':
        match[1] === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      'Cache-Control': cacheControl,
    });
    // Its own Cache-Control stands: sendFile would put `max-age=0` in its place.
    res.sendFile(file, {cacheControl: false});
  };
}
