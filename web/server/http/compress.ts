import compression from 'compression';
import type {Request, Response} from 'express';

/**
 * Compresses answers (brotli or gzip, as the browser accepts) over 1 KB: the admin's scripts and
 * styles and the API's JSON. Never a server-sent event stream: compression buffers until a block
 * fills, so an event would wait in the compressor instead of reaching the admin as it happens.
 */
export function compressResponses() {
  return compression({filter: shouldCompress});
}

function shouldCompress(req: Request, res: Response): boolean {
  const type = res.getHeader('Content-Type');
  if (typeof type === 'string' && type.startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
}
