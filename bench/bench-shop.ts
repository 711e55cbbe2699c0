/**
 * What the follow-up benchmarks share: the shop as after install, a campaign shopper whose
 * promised code never applies (each opening a case of their own), open-loop pacing, and the run
 * on SQLite and then, when DATABASE_URL is set, PostgreSQL in a schema of its own.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import knex from 'knex';
import {Session} from '@shopify/shopify-api';
import type {bootstrap} from '../web/server/bootstrap';
import {hashIngestKey, newIngestKey} from '../web/server/signals/ingest-key';
import type {StorageTarget} from '../web/server/storage';
import {sessionTablesFor} from '../web/server/storage/session-storage';
import {post} from './measure';

export const SHOP = 'fabulous-furs.myshopify.com';
const CAMPAIGN_ID = '00000000-0000-4000-8000-0000000000b1';

/** One signed-in shopper's checkout up to delivery, attributed to the campaign, no code applied. */
export function shopperEvents(n: number, token: string) {
  const money = (amount: number) => ({amount, currencyCode: 'CAD'});
  const checkout = {
    token,
    currencyCode: 'CAD',
    email: `${token}@example.com`,
    buyerAcceptsEmailMarketing: false,
    attributes: [
      {key: '_heed_utm_campaign', value: 'winter-sale'},
      {key: '_heed_discount_code', value: 'WINTER20'},
    ],
    discountApplications: [],
    lineItems: [
      {
        id: 'gid://shopify/CheckoutLineItem/1',
        quantity: 1,
        title: 'Sable Faux Fur Throw',
        finalLinePrice: money(189),
        variant: {id: 'gid://shopify/ProductVariant/4101', sku: 'THROW-SABLE', price: money(189)},
        discountAllocations: [],
      },
    ],
    subtotalPrice: money(189),
    totalPrice: money(204),
    shippingLine: {price: money(15)},
    order: {id: null, customer: {id: String(7_000_000 + n), isFirstOrder: false}},
  };
  const started = Date.now() - 90_000;
  return [
    'checkout_started',
    'checkout_contact_info_submitted',
    'checkout_address_info_submitted',
  ].map((name, i) => ({
    id: `${token}-${i}`,
    name,
    type: 'standard',
    timestamp: new Date(started + i * 30_000).toISOString(),
    clientId: `client-${token}`,
    seq: i,
    data: {checkout},
  }));
}

/**
 * Posts a batch; once more when a kept-alive socket was closed under the request (the server's
 * idle timeout between phases). The ingest route dedupes event ids, so a repeat is harmless.
 */
export async function postAgain(port: number, body: string): Promise<number> {
  const headers = {'content-type': 'text/plain'};
  try {
    return await post(port, '/api/pixel/events', body, headers);
  } catch {
    return post(port, '/api/pixel/events', body, headers).catch(() => 0);
  }
}

/** The `p` quantile of sorted samples. */
export function at(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** The shop as after install and pixel activation, with the campaign its shoppers come from. */
export async function installShop(
  heed: Awaited<ReturnType<typeof bootstrap>>,
  accessToken: string,
  scope: string,
) {
  const now = Date.now();
  await heed.storage.shops.markInstalled(SHOP, {scopes: scope}, now);
  await heed.storage.shops.updateDetails(SHOP, {name: 'Fabulous Furs', currencyCode: 'CAD'}, now);
  await heed.sessionStorage.storeSession(
    new Session({
      id: heed.shopify.api.session.getOfflineId(SHOP),
      shop: SHOP,
      state: 'installed',
      isOnline: false,
      scope,
      accessToken,
      expires: new Date(now + 3_600_000),
    }),
  );
  await heed.storage.campaigns.insert(
    {
      id: CAMPAIGN_ID,
      shop: SHOP,
      name: 'Winter sale',
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'everyone'},
        minimum: null,
      },
      discountCodes: ['WINTER20'],
      sendAt: now - 86_400_000,
      promiseStartsAt: now - 86_400_000,
      promiseEndsAt: now + 86_400_000,
      recipients: null,
      attributionKey: 'winter-sale',
      email: {links: [], html: null},
      createdAt: now,
      updatedAt: now,
    },
    null,
  );
  const key = newIngestKey();
  await heed.storage.shops.setIngestKey(SHOP, hashIngestKey(key), null, now);
  return key;
}

/** Sends at a fixed rate regardless of answers (open loop). */
export async function paced(total: number, perSecond: number, send: (i: number) => Promise<void>) {
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const wait = started + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(i));
  }
  await Promise.all(inFlight);
}

/** Runs `bench` on SQLite, then on PostgreSQL when DATABASE_URL is set, each on a fresh store. */
export async function onEachEngine(
  label: string,
  bench: (name: string, target: StorageTarget, dispose: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `heed-bench-${label}-`));
  await bench('sqlite', {kind: 'sqlite', file: path.join(dir, 'bench.sqlite')}, async () =>
    rmSync(dir, {recursive: true, force: true}),
  );
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log(`${label} [postgres] skipped: DATABASE_URL is not set`);
    return;
  }
  const schema = `heed_bench_${label}_${Date.now()}`;
  await bench('postgres', {kind: 'postgres', url, schema}, async () => {
    const admin = knex({client: 'pg', connection: url});
    await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    const sessionTables = sessionTablesFor(schema);
    await admin.raw('DROP TABLE IF EXISTS ??, ??', [
      sessionTables.sessions,
      sessionTables.migrations,
    ]);
    await admin.destroy();
  });
}
