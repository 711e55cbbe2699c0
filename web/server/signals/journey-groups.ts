import type {JourneyRecord} from '../storage/journeys-repository';
import {withCheckoutToken, type ReceivedEvent} from './apply-event';
import type {ShopContext} from './commit-journeys';
import type {Journey} from './journey';
import {readJourney} from './journey-state';
import {hasBought} from './journey-views';
import {checkoutTokenOf} from './pixel-data';

/** The events of one batch that continue one journey. */
export interface Group {
  token: string | null;
  clientId: string;
  events: ReceivedEvent[];
}

/** One group per checkout token; events without a token follow their client's checkout. */
export function groupByJourney(received: ReceivedEvent[]): Group[] {
  const tokenOfClient = new Map<string, string>();
  for (const {event} of received) {
    const token = checkoutTokenOf(event);
    if (token) tokenOfClient.set(event.clientId, token);
  }
  const groups = new Map<string, Group>();
  for (const item of received) {
    const e = item.event;
    const token = checkoutTokenOf(e) ?? tokenOfClient.get(e.clientId) ?? null;
    const key = token ? `checkout:${token}` : `client:${e.clientId}`;
    const group = groups.get(key);
    if (group) group.events.push(item);
    else groups.set(key, {token, clientId: e.clientId, events: [item]});
  }
  return [...groups.values()];
}

/**
 * The journey a group of events continues: one already touched in this run, the checkout's
 * stored journey, or, for events naming no checkout, the client's latest journey while it is
 * open and recent (a finished checkout on a shared device is somebody else's story).
 */
export function locateJourney(
  group: Group,
  byToken: Map<string, JourneyRecord>,
  byClient: Map<string, JourneyRecord>,
  touched: Map<string, Journey>,
  context: ShopContext,
): Journey | undefined {
  if (group.token) {
    const known =
      [...touched.values()].find((j) => j.checkoutToken === group.token) ??
      stateOf(byToken.get(group.token));
    if (known) return known;
  }
  const latest =
    [...touched.values()]
      .filter((j) => j.clientIds.includes(group.clientId))
      .sort((a, b) => b.lastActivityAt - a.lastActivityAt)[0] ??
    stateOf(byClient.get(group.clientId));
  if (!latest || hasBought(latest)) return undefined;
  const receivedAt = Math.max(...group.events.map((e) => e.receivedAt));
  if (receivedAt - latest.lastActivityAt >= context.thresholds.abandonAfterMs) return undefined;
  if (!group.token) return latest;
  // A journey stored before ids were stable, waiting for its token: it keeps its id.
  return latest.checkoutToken === null ? withCheckoutToken(latest, group.token) : undefined;
}

export function stateOf(record: JourneyRecord | undefined): Journey | undefined {
  return record ? readJourney(record.state) : undefined;
}

/** How a pixel event is marked applied. */
export function eventRef(event: {clientId: string; id: string}) {
  return {clientId: event.clientId, eventId: event.id};
}
