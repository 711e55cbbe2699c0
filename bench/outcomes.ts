/**
 * Outcomes read time: one shop with 100,000 cases over half a year (about 3,800 a week), with
 * their contacts, reopenings, the orders that resolved them and 100,000 checkouts from its
 * campaigns, bulk-inserted in the shapes Heed writes them (the cases through the repository's
 * own row mapping). Then the Outcomes page's read (`readOutcomes`: every query of GET
 * /api/outcomes and the figures computed from them, without HTTP) of the last full week, all
 * campaigns and one campaign, several times: p50 and p99 (of so few runs, p99 is the slowest).
 * SQLite, and PostgreSQL when DATABASE_URL is set (analyzed after the load, as autovacuum would).
 * Run: npm run bench (or: npx tsx bench/outcomes.ts)
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import knex from 'knex';
import {createLogger} from '../web/server/logger';
import {openStorage, type Storage, type StorageTarget} from '../web/server/storage';
import {toRow} from '../web/server/storage/case-rows';
import {readOutcomes} from '../web/server/outcomes/read-outcomes';
import {addDays, dateIn, mondayOf} from '../web/server/outcomes/week';
import {fmt} from './measure';
import {benchCase, CAMPAIGNS, type Random} from './outcomes-data';

const CASES = Number(process.env.BENCH_OUTCOME_CASES ?? 100_000);
const CHECKOUTS = Number(process.env.BENCH_OUTCOME_CHECKOUTS ?? 100_000);
const WEEKS = 26;
const RUNS = Number(process.env.BENCH_OUTCOME_RUNS ?? 20);
const WARM_UP = 3;
const SHOP = 'fabulous-furs.myshopify.com';
const ZONE = 'America/Toronto';
const WEEK_MS = 7 * 86_400_000;
/** Rows per insert: 31 columns a case stays under both engines' parameter limits. */
const CHUNK = 500;

/** A fixed-seed generator, so every run loads the same shop. */
function random(seed: number): Random {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function insertAll(storage: Storage, table: string, rows: object[]) {
  await storage.db.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx(table).insert(rows.slice(i, i + CHUNK));
    }
  });
}

async function load(storage: Storage, now: number) {
  const next = random(42);
  const from = now - WEEKS * WEEK_MS;
  const cases: object[] = [];
  const contacts: object[] = [];
  const events: object[] = [];
  const orders: object[] = [];
  for (let n = 0; n < CASES; n += 1) {
    const made = benchCase(SHOP, n, from + next() * (now - from), next);
    cases.push(toRow(made.followup));
    contacts.push(...made.contacts);
    events.push(...made.events);
    orders.push(...made.orders);
  }
  const journeys = Array.from({length: CHECKOUTS}, (_, n) => {
    const startedAt = from + next() * (now - from);
    const roll = next();
    return {
      id: `jrn_bench_${n}`,
      shop: SHOP,
      checkout_token: `tok-bench-${n}`,
      score: 0,
      started_at: Math.round(startedAt),
      last_activity_at: Math.round(startedAt + 600_000),
      updated_at: Math.round(startedAt + 600_000),
      state_json: '{}',
      campaign_id: roll < 0.6 ? (CAMPAIGNS[n % CAMPAIGNS.length] ?? null) : null,
      promise_kept: roll < 0.45 ? true : roll < 0.55 ? false : null,
    };
  });
  const started = performance.now();
  await insertAll(storage, 'cases', cases);
  await insertAll(storage, 'case_contacts', contacts);
  await insertAll(storage, 'case_events', events);
  await insertAll(storage, 'commerce_records', orders);
  await insertAll(storage, 'journeys', journeys);
  if (storage.engine === 'postgres') await storage.db.raw('ANALYZE');
  return {
    seconds: (performance.now() - started) / 1000,
    rows: cases.length + contacts.length + events.length + orders.length + journeys.length,
  };
}

async function timeRuns(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function benchTarget(name: string, target: StorageTarget, dispose: () => Promise<void>) {
  const runStarted = performance.now();
  const storage = await openStorage(target, createLogger('silent'));
  const now = Date.now();
  await storage.shops.markInstalled(SHOP, {scopes: 'read_orders'}, now);
  await storage.shops.updateDetails(
    SHOP,
    {name: 'Fabulous Furs', currencyCode: 'CAD', timeZone: ZONE},
    now,
  );
  for (const [n, id] of CAMPAIGNS.entries()) {
    await storage.campaigns.insert(
      {
        id,
        shop: SHOP,
        name: `Campaign ${n + 1}`,
        promise: {
          kind: 'percentage',
          value: 20,
          scope: {type: 'entire_order'},
          audience: {type: 'everyone'},
          minimum: null,
        },
        discountCodes: [`SAVE${n + 1}`],
        sendAt: now - WEEKS * WEEK_MS,
        promiseStartsAt: now - WEEKS * WEEK_MS,
        promiseEndsAt: now,
        recipients: null,
        attributionKey: `campaign-${n + 1}`,
        email: {links: [], html: null},
        createdAt: now,
        updatedAt: now,
      },
      null,
    );
  }
  const loaded = await load(storage, now);
  // The last full week, as the page shows it when the merchant looks back.
  const monday = addDays(mondayOf(dateIn(now, ZONE)), -7);
  const all = await timeRuns(() =>
    readOutcomes(storage, SHOP, {monday, campaignId: null}, Date.now()),
  );
  const week = await readOutcomes(storage, SHOP, {monday, campaignId: null}, Date.now());
  const one = await timeRuns(() =>
    readOutcomes(storage, SHOP, {monday, campaignId: CAMPAIGNS[0] ?? null}, Date.now()),
  );
  const ms = (sorted: number[]) =>
    `p50 ${fmt(at(sorted, 0.5), 1)} ms, p99 ${fmt(at(sorted, 0.99), 1)} ms`;
  console.log(
    `outcomes [${name}] ${CASES.toLocaleString('en-US')} cases over ${WEEKS} weeks ` +
      `(${loaded.rows.toLocaleString('en-US')} rows bulk-loaded in ${fmt(loaded.seconds, 1)} s); ` +
      `week ${week.week.id} (${week.cases.total} cases, ${week.firstContact.count} contacted), ` +
      `${RUNS} reads: all campaigns ${ms(all)}; one campaign ${ms(one)}; ` +
      `whole run ${fmt((performance.now() - runStarted) / 1000, 1)} s`,
  );
  await storage.close();
  await dispose();
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'heed-bench-outcomes-'));
  await benchTarget('sqlite', {kind: 'sqlite', file: path.join(dir, 'bench.sqlite')}, async () =>
    rmSync(dir, {recursive: true, force: true}),
  );
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('outcomes [postgres] skipped: DATABASE_URL is not set');
    return;
  }
  const schema = `heed_bench_outcomes_${Date.now()}`;
  await benchTarget('postgres', {kind: 'postgres', url, schema}, async () => {
    const admin = knex({client: 'pg', connection: url});
    await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    await admin.destroy();
  });
}

await main();
