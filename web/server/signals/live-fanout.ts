import {readJourney as readStoredJourney} from './journey-state';
import {createHash, randomUUID} from 'node:crypto';
import pg from 'pg';
import type {Logger} from '../logger';
import type {Storage} from '../storage';
import type {LiveHub, LiveMessage} from './live-hub';
import {hesitationScore} from './score';
import {journeyStory} from './journey-summary';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; larger journeys go by reference. */
const MAX_PAYLOAD_BYTES = 7_500;
/** Room kept for `{"origin":"<uuid>","items":[]}` around the items. */
const ENVELOPE_BYTES = 80;
const MAX_ITEM_BYTES = MAX_PAYLOAD_BYTES - ENVELOPE_BYTES;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/** One message, or (a journey too large to carry) the journey's id to read back. */
type Item = {shop: string; message: LiveMessage} | {shop: string; journeyId: string};

/** What one notification carries: the messages one instance published in one turn of its loop. */
interface Envelope {
  origin: string;
  items: Item[];
}

/**
 * Live updates across instances with PostgreSQL LISTEN/NOTIFY: every message published on one
 * instance reaches the admins connected to any other. Each instance listens on one connection of
 * its own (LISTEN holds it) and notifies through the pool. A journey too large for a notification
 * is announced by id, and each instance reads it back. Messages published in one turn of the event
 * loop travel together, so a burst costs a few notifications, not one each. Instances sharing a
 * schema share a channel.
 * Live updates are best effort: while the listening connection is down it reconnects, and pages
 * reload what they show when their stream reconnects.
 */
export async function startLiveFanout(deps: {
  hub: LiveHub;
  storage: Storage;
  url: string;
  schema?: string;
  logger: Logger;
}): Promise<{channel: string; close(): Promise<void>}> {
  const origin = randomUUID();
  const channel = `heed_live_${createHash('sha256')
    .update(deps.schema ?? 'public')
    .digest('hex')
    .slice(0, 16)}`;
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = RECONNECT_MIN_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  async function receive(payload: string | undefined) {
    const envelope = parseEnvelope(payload);
    if (!envelope || envelope.origin === origin) return;
    for (const item of envelope.items) {
      if ('message' in item) {
        deps.hub.deliver(item.shop, item.message);
        continue;
      }
      const summary = await readJourneySummary(deps.storage, item.shop, item.journeyId);
      if (summary) deps.hub.deliver(item.shop, {kind: 'journey', data: summary});
    }
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({connectionString: deps.url});
    next.on('notification', (n) => {
      receive(n.payload).catch((error: unknown) =>
        deps.logger.warn({err: error}, 'live update from another instance dropped'),
      );
    });
    next.on('error', (error) => {
      deps.logger.warn({err: error}, 'live fan-out connection lost');
      void next.end().catch(() => undefined);
    });
    next.on('end', () => {
      if (client === next) client = null;
      if (!closed) scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    retryMs = RECONNECT_MIN_MS;
  }

  function scheduleReconnect() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      connect().catch((error: unknown) => {
        deps.logger.warn({err: error, retryMs}, 'live fan-out could not reconnect');
        retryMs = Math.min(RECONNECT_MAX_MS, retryMs * 2);
        if (!closed) scheduleReconnect();
      });
    }, retryMs);
    retryTimer.unref();
  }

  await connect();
  let pending: Item[] = [];
  function flush() {
    const items = pending;
    pending = [];
    const payloads = pack(origin, items);
    if (payloads.length === 0) return;
    deps.storage.db
      .raw(
        `select ${payloads.map(() => 'pg_notify(?, ?)').join(', ')}`,
        payloads.flatMap((p) => [channel, p]),
      )
      .catch((error: unknown) =>
        deps.logger.warn({err: error}, 'live update not shared with other instances'),
      );
  }

  deps.hub.relayTo((shop, message) => {
    const item = itemFor(shop, message);
    if (!item) {
      deps.logger.warn({shop, kind: message.kind}, 'live update too large to share');
      return;
    }
    if (pending.length === 0) setImmediate(flush);
    pending.push(item);
  });

  return {
    channel,
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      deps.hub.relayTo(null);
      await client?.end().catch(() => undefined);
    },
  };
}

/** The item for a message: itself, or for a journey too large for a notification, its id. */
function itemFor(shop: string, message: LiveMessage): Item | null {
  const item = {shop, message};
  if (sizeOf(item) <= MAX_ITEM_BYTES) return item;
  const journeyId = (message.data as {id?: unknown} | null)?.id;
  return message.kind === 'journey' && typeof journeyId === 'string' ? {shop, journeyId} : null;
}

/** Items into as few payloads as fit PostgreSQL's limit, in order. */
function pack(origin: string, items: Item[]): string[] {
  const payloads: string[] = [];
  let batch: Item[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item) + 1;
    if (batch.length > 0 && size + itemSize > MAX_PAYLOAD_BYTES - ENVELOPE_BYTES) {
      payloads.push(JSON.stringify({origin, items: batch} satisfies Envelope));
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += itemSize;
  }
  if (batch.length > 0) payloads.push(JSON.stringify({origin, items: batch} satisfies Envelope));
  return payloads;
}

function sizeOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function parseEnvelope(payload: string | undefined): Envelope | null {
  try {
    const value = JSON.parse(payload ?? '') as Partial<Record<string, unknown>>;
    if (typeof value.origin !== 'string' || !Array.isArray(value.items)) return null;
    const items = (value.items as unknown[]).filter(isItem);
    return {origin: value.origin, items};
  } catch {
    return null;
  }
}

function isItem(value: unknown): value is Item {
  const item = value as Partial<Record<string, unknown>> | null;
  if (typeof item?.shop !== 'string') return false;
  if (typeof item.journeyId === 'string') return true;
  const message = item.message as Partial<LiveMessage> | undefined;
  return message?.kind === 'journey' || message?.kind === 'signal' || message?.kind === 'case';
}

async function readJourneySummary(storage: Storage, shop: string, id: string) {
  const record = await storage.journeys.get(shop, id);
  if (!record) return null;
  const signals = (await storage.signals.forJourneys(shop, [id])).get(id) ?? [];
  return journeyStory(readStoredJourney(record.state), hesitationScore(signals).score, signals);
}
