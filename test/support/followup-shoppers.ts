import {expect} from 'vitest';
import {recentFixture} from './pixel-fixtures';
import type {TestHeed} from './test-heed';

/** The demo shop's staff users (simulator): Anna owns the store, Omar works support. */
export const ANNA = '1';
export const OMAR = '2';
export const WINTER_ID = '00000000-0000-4000-8000-0000000000c1';

export type PixelEvents = Array<Record<string, unknown>>;

/**
 * A fixture's events as a signed-in customer's checkout under a checkout token of its own, so
 * each shopper is somebody new to Heed. `guest` leaves the customer out: the case that opens is
 * keyed by its journey (or the email the checkout gave, when `email` is kept).
 */
export function shopperEvents(
  name: string,
  customerGid: string | null,
  token: string,
  options: {fromCampaign?: boolean; email?: boolean} = {},
): PixelEvents {
  const events = recentFixture(name, 60_000) as unknown as PixelEvents;
  return events.map((event, n) => {
    const copy = structuredClone(event) as {
      id: string;
      clientId: string;
      data?: {checkout?: Record<string, unknown>};
    };
    copy.id = `${token}-${n}`;
    copy.clientId = `client-${token}`;
    const checkout = copy.data?.checkout;
    if (checkout) {
      checkout.token = token;
      if (typeof checkout.email === 'string') {
        // Each shopper has an address of their own: an email shared would make them one shopper.
        if (options.email === false) delete checkout.email;
        else checkout.email = `${token}@example.com`;
      }
      if (options.fromCampaign === false) checkout.attributes = [];
      checkout.order = customerGid
        ? {id: null, customer: {id: customerGid.split('/').at(-1), isFirstOrder: false}}
        : {id: null, customer: null};
    }
    return copy as unknown as Record<string, unknown>;
  });
}

/** A bearer token of the shop's staff user `sub`, as App Bridge would send it. */
export async function staffAuth(t: TestHeed, shop: string, sub: string): Promise<string> {
  return `Bearer ${await t.sessionToken(shop, {sub})}`;
}

/** The shop's Winter sale: 20% off everything with WINTER20, attributed as `winter-sale`. */
export async function winterSale(t: TestHeed, shop: string): Promise<void> {
  await t.heed.storage.campaigns.insert(
    {
      id: WINTER_ID,
      shop,
      name: 'Winter sale',
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'everyone'},
        minimum: null,
      },
      discountCodes: ['WINTER20'],
      sendAt: 1_000,
      promiseStartsAt: 1_000,
      promiseEndsAt: 9_000_000_000_000,
      recipients: null,
      attributionKey: 'winter-sale',
      email: {links: [], html: null},
      createdAt: 1_000,
      updatedAt: 1_000,
    },
    null,
  );
}

/** Sends a shopper's events through the pixel route and waits for journeys and cases. */
export async function ingestShopper(t: TestHeed, shop: string, key: string, events: PixelEvents) {
  const response = await t.http
    .post('/api/pixel/events')
    .set('Content-Type', 'text/plain')
    .send(JSON.stringify({shop, key, events}));
  expect(response.status).toBe(200);
  await t.heed.drainJourneys();
}

/** The shopper's case, as the inbox lists it (open or resolved), by a field of the case. */
export async function caseWhere(
  t: TestHeed,
  shop: string,
  matches: (c: {customerId: string | null; journeyIds: string[]}) => boolean,
) {
  const all = [
    ...(await t.heed.storage.cases.list(shop, {view: 'open', limit: 100})),
    ...(await t.heed.storage.cases.list(shop, {view: 'resolved', limit: 100})),
  ];
  const found = all.find(matches);
  if (!found) throw new Error('no such case');
  return found;
}
