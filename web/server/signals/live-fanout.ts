import {createHash, randomUUID} from 'node:crypto';
import pg from 'pg';
import type {Logger} from '../logger';
import type {Storage} from '../storage';
import type {LiveHub, LiveMessage} from './live-hub';
import type {Journey} from './journey';
import {hesitationScore} from './score';
import {journeySummary} from './journey-summary';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; larger journeys go by reference. */
const MAX_PAYLOAD_BYTES = 7_500;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

type Envelope =
  | {origin: string; shop: string; message: LiveMessage}
  | {origin: string; shop: string; journeyId: string};

/**
 * Live updates across instances with PostgreSQL LISTEN/NOTIFY: every message published on one
 * instance reaches the admins connected to any other. Each instance listens on one connection of
 * its own (LISTEN holds it) and notifies through the pool. A journey too large for a notification
 * is announced by id, and each instance reads it back. Instances sharing a schema share a channel.
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
    if ('message' in envelope) {
      deps.hub.deliver(envelope.shop, envelope.message);
      return;
    }
    const summary = await readJourney(deps.storage, envelope.shop, envelope.journeyId);
    if (summary) deps.hub.deliver(envelope.shop, {kind: 'journey', data: summary});
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
  deps.hub.relayTo((shop, message) => {
    let payload = JSON.stringify({origin, shop, message} satisfies Envelope);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      const journeyId = (message.data as {id?: unknown} | null)?.id;
      if (message.kind !== 'journey' || typeof journeyId !== 'string') {
        deps.logger.warn({shop, kind: message.kind}, 'live update too large to share');
        return;
      }
      payload = JSON.stringify({origin, shop, journeyId} satisfies Envelope);
    }
    deps.storage.db
      .raw('select pg_notify(?, ?)', [channel, payload])
      .catch((error: unknown) =>
        deps.logger.warn({err: error}, 'live update not shared with other instances'),
      );
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

function parseEnvelope(payload: string | undefined): Envelope | null {
  try {
    const value = JSON.parse(payload ?? '') as Partial<Record<string, unknown>>;
    if (typeof value.origin !== 'string' || typeof value.shop !== 'string') return null;
    if (typeof value.journeyId === 'string') return value as Envelope;
    const message = value.message as Partial<LiveMessage> | undefined;
    if (message?.kind === 'journey' || message?.kind === 'signal') return value as Envelope;
    return null;
  } catch {
    return null;
  }
}

async function readJourney(storage: Storage, shop: string, id: string) {
  const record = await storage.journeys.get(shop, id);
  if (!record) return null;
  const signals = (await storage.signals.forJourneys(shop, [id])).get(id) ?? [];
  return journeySummary(record.state as Journey, hesitationScore(signals), signals);
}
