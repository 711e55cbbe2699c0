import type {IncomingMessage} from 'node:http';
import {readerFor, type Reader} from '../../shared/languages';

/**
 * Who reads this answer: the admin sends its user's locale (App Bridge's `shopify.config.locale`)
 * as `Accept-Language`; the first tag decides. No header, a wildcard or a tag the runtime cannot
 * use reads in American English, as Shopify's admin does.
 */
export function readerOf(req: IncomingMessage): Reader {
  const header = req.headers['accept-language'];
  const first = (typeof header === 'string' ? header : '').split(',')[0]?.split(';')[0]?.trim();
  return readerFor(first && first !== '*' ? first : null);
}
