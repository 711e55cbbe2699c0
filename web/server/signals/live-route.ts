import express, {type Router} from 'express';
import {shopOf} from '../auth/session-token';
import {readerOf} from '../http/request-reader';
import {sayerFor, type Sayer} from '../sentences/wording';
import type {Storage} from '../storage';
import type {LiveHub, LiveMessage} from './live-hub';
import {sayJourneyStory, type JourneyStory} from './journey-summary';
import {saySignal, type SignalStory} from './signal-story';

/** A comment line this often keeps proxies from closing an idle stream, in milliseconds. */
const HEARTBEAT_EVERY_MS = 15_000;

/**
 * How each kind of message reads for one admin. Messages are published unworded (Heed's own
 * stories, from this instance or another), so every stream words them for its reader.
 */
export type Presenter = (data: unknown, sayer: Sayer) => unknown;

const PRESENT: Record<LiveMessage['kind'], Presenter> = {
  signal: (data, sayer) => saySignal(data as SignalStory, sayer),
  journey: (data, sayer) => sayJourneyStory(data as JourneyStory, sayer),
  // Cases are worded by follow-up's own presenter, given to the route (signals do not know cases).
  case: (data) => data,
};

function present(
  presenters: Record<LiveMessage['kind'], Presenter>,
  message: LiveMessage,
  sayer: Sayer,
): unknown {
  try {
    return presenters[message.kind](message.data, sayer);
  } catch {
    // A message not shaped as its kind's story (another version's): it goes as it came, English.
    return message.data;
  }
}

/**
 * GET /api/live — server-sent events for the admin (session-token authenticated like every /api
 * route, so the admin reads it with fetch and a stream reader rather than EventSource), worded
 * in the language its request names (Accept-Language) on the shop's clock.
 */
export function createLiveRoute(
  hub: LiveHub,
  storage: Storage,
  presenters: Partial<Record<LiveMessage['kind'], Presenter>> = {},
): Router {
  const presentAll = {...PRESENT, ...presenters};
  const router = express.Router();
  router.get('/', async (req, res) => {
    const shop = shopOf(res);
    const sayer = sayerFor(readerOf(req), (await storage.reads.shops.get(shop))?.timeZone);
    // The admin may have gone while the shop was read.
    if (res.destroyed) return;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: neither Heed's compression nor a proxy may hold events back to compress them.
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n: connected\n\n');
    let sequence = 0;
    const unsubscribe = hub.subscribe(shop, (message) => {
      sequence += 1;
      const data = present(presentAll, message, sayer);
      res.write(`id: ${sequence}\nevent: ${message.kind}\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_EVERY_MS);
    heartbeat.unref();
    const release = hub.holdStream(() => res.end());
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      release();
    });
  });
  return router;
}
