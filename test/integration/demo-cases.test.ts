import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startDemo, type RunningDemo} from '../../web/server/demo';
import {DEMO_CUSTOMERS} from '../../web/simulator/demo-customers';
import {DEMO_STAFF} from '../../web/server/demo/session-token';
import {OVERDUE_EXAMPLE_MINUTES} from '../../web/server/demo/overdue-case';
import {addDays, dateIn, formatDate} from '../../web/server/outcomes/week';

const LIVE_CASE_WAIT_MS = 15_000;
const MINUTE_MS = 60_000;
const ANNA_EMAIL = 'anna@fabulous-furs.example';
const OMAR_EMAIL = 'omar@fabulous-furs.example';

interface Outcomes {
  timeZone: {name: string; known: boolean};
  cases: {byOutcome: Record<string, number>};
  firstContact: {medianMs: number | null};
  sla: {hit: number; missed: number};
  recoveredRevenue: {amount: number};
  promises: Array<{kept: number; broken: number}>;
  contactsToBuyers: {count: number};
  days: Array<{date: string; opened: number; contacts: number}>;
  filters: {weeks: Array<{id: string}>};
}

interface Summary {
  id: string;
  status: string;
  outcome: string | null;
  priority: string;
  assignee: {userId: string; name: string} | null;
  signalTypes: string[];
  shopperLabel: string;
  overdue: boolean;
  escalatedAt: number | null;
  openedAt: number;
}

interface Received {
  channel: string;
  from: string | null;
  to: string[];
  subject: string | null;
  body: string;
  caseLink: {url: string; caseId: string} | null;
}

/** What the demo's mailbox page lists: GET /demo/mailbox, over HTTP. */
async function mailboxOf(demo: RunningDemo): Promise<Received[]> {
  const response = await fetch(new URL('/demo/mailbox', demo.url));
  expect(response.status).toBe(200);
  return ((await response.json()) as {messages: Received[]}).messages;
}

/** The demo's admin as its browser page uses it: a session token from the demo's own endpoint. */
async function asDemoUser(demo: RunningDemo) {
  const {token} = (await (await fetch(new URL('/demo/session-token', demo.url))).json()) as {
    token: string;
  };
  return async (pathname: string): Promise<Record<string, unknown>> => {
    const response = await fetch(new URL(pathname, demo.url), {
      headers: {Authorization: `Bearer ${token}`},
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  };
}

describe('the demo’s follow-up cases', () => {
  let dataDir: string;
  let demo: RunningDemo;
  let get: Awaited<ReturnType<typeof asDemoUser>>;
  let cases: Summary[];
  /** How far Heed's clock runs ahead of the real one: the demo's minutes pass in an instant. */
  let aheadMs = 0;
  const clock = () => Date.now() + aheadMs;
  /** When this demo started: its example cases open after it, the past week's before. */
  let startedAt = 0;
  const today = () => cases.filter((c) => c.openedAt >= startedAt);

  beforeAll(async () => {
    startedAt = Date.now();
    dataDir = mkdtempSync(path.join(tmpdir(), 'heed-demo-cases-'));
    demo = await startDemo({
      port: 0,
      sqlitePath: path.join(dataDir, 'demo.sqlite'),
      logLevel: 'silent',
      shoppers: false,
      now: clock,
    });
    get = await asDemoUser(demo);
    const open = (await get('/api/cases')).cases as Summary[];
    const resolved = (await get('/api/cases?view=resolved')).cases as Summary[];
    cases = [...open, ...resolved];
  });
  afterAll(async () => {
    await demo?.close();
    rmSync(dataDir, {recursive: true, force: true});
  });

  it('when the demo’s admin opens, then its user is Anna Lindqvist, a lead', async () => {
    expect((await get('/api/staff/me')).me).toMatchObject({
      userId: '1',
      name: 'Anna Lindqvist',
      role: 'lead',
    });
  });

  it('when the demo starts, then the inbox has a case in every state', () => {
    const shape = cases.map((c) => [c.status, c.outcome, c.assignee?.name ?? null]);
    expect(shape).toEqual(
      expect.arrayContaining([
        ['new', null, null],
        ['new', null, 'Omar Haddad'],
        ['claimed', null, 'Anna Lindqvist'],
        ['claimed', null, 'Omar Haddad'],
        ['contacted', null, 'Omar Haddad'],
        ['resolved', 'purchased', 'Omar Haddad'],
        ['resolved', 'not_interested', 'Omar Haddad'],
      ]),
    );
    expect(new Set(cases.flatMap((c) => c.signalTypes))).toEqual(
      new Set(['promo_not_applied', 'code_rejected']),
    );
  });

  it('when a contacted case is opened, then its call is on it with the basis it was made on', async () => {
    const contacted = cases.find((c) => c.status === 'contacted');
    const page = await get(`/api/cases/${contacted?.id}`);
    expect(page.contacts).toEqual([
      expect.objectContaining({
        method: 'phone',
        callOutcome: 'voicemail',
        basis: 'email_marketing',
      }),
      expect.objectContaining({method: 'email', basis: 'email_marketing'}),
    ]);
    expect((page.shopper as {words: string}).words).toMatch(
      /^Customer since March 2019 · 14 orders/,
    );
  });

  it('when the resumed cases are opened, then one has its draft order and one was bought with it, the revenue recovered', async () => {
    const claimed = cases.filter((c) => c.status === 'claimed');
    const pages = await Promise.all(claimed.map((c) => get(`/api/cases/${c.id}`)));
    const drafts = pages.map((p) => (p.case as {draftOrder: unknown}).draftOrder);
    expect(drafts).toContainEqual(
      expect.objectContaining({invoiceUrl: expect.stringMatching(/^https:\/\//), droppedLines: []}),
    );

    const bought = cases.find((c) => c.outcome === 'purchased');
    const page = await get(`/api/cases/${bought?.id}`);
    const kinds = (page.timeline as Array<{kind: string}>).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['opened', 'claimed', 'resolved']));
    expect(page.contacts).toEqual([expect.objectContaining({method: 'invoice'})]);
    const sold = demo.simulator.shop(demo.shop).orders.find((o) => o.draftOrderId !== null);
    expect(page.case).toMatchObject({
      // Named as the shop's staff know it, from the order's number in its webhook.
      resolvedOrder: {id: sold?.id, name: sold?.name},
      recoveredRevenue: {currencyCode: 'CAD', amount: Number(sold?.total)},
    });
  });

  it('when the demo starts, then every case handed to Omar reached his mailbox as an email linking it, and Margaret got the email Omar wrote', async () => {
    const messages = await mailboxOf(demo);
    // Today's cases, that is: the past week's were told without notifying anyone again.
    const handed = today()
      .filter((c) => c.assignee !== null)
      .map((c) => c.id);
    const toOmar = messages.filter((m) => m.to.includes(OMAR_EMAIL));
    expect(toOmar.map((m) => m.caseLink?.caseId).sort()).toEqual([...handed].sort());
    for (const mail of toOmar) {
      expect(mail).toMatchObject({
        channel: 'email',
        from: 'Fabulous Furs <hello@fabulous-furs.example>',
        subject: expect.stringMatching(/^New case \((urgent|high)\) at Fabulous Furs: /),
      });
      expect(mail.body).toContain(`Open the case: ${mail.caseLink?.url}`);
    }

    // The demo shop announces new cases in its Slack stand-in too, each linking its case.
    const inSlack = messages.filter((m) => m.channel === 'slack');
    const announced = new Set(inSlack.map((m) => m.caseLink?.caseId));
    for (const id of handed) expect(announced).toContain(id);
    const toMargaret = messages.filter((m) => m.to.includes('margaret.holloway@example.com'));
    expect(toMargaret).toEqual([
      expect.objectContaining({
        channel: 'email',
        subject: 'Your code FURS25',
        body: expect.stringContaining('Hello Margaret Holloway,'),
        caseLink: null,
      }),
    ]);
  });

  it('when the big cart’s first contact goes overdue, then the case escalates once, Anna hears of it by email, and the inbox shows it overdue', async () => {
    const open = await demo.heed.storage.cases.list(demo.shop, {view: 'open', limit: 100});
    const big = open.find((c) => c.customerId === DEMO_CUSTOMERS.bigCart);
    expect(big).toMatchObject({priority: 'urgent', assigneeId: DEMO_STAFF.support});
    expect((big?.dueAt ?? 0) - (big?.openedAt ?? 0)).toBe(OVERDUE_EXAMPLE_MINUTES * MINUTE_MS);
    const overdue = async () => (await get('/api/cases?filter=overdue')).cases as Summary[];
    expect((await overdue()).map((c) => c.id)).not.toContain(big?.id);

    aheadMs = (OVERDUE_EXAMPLE_MINUTES + 1) * MINUTE_MS;
    const escalation = demo.heed.sweeps.find((s) => s.name === 'case escalation');
    if (!escalation) throw new Error('no case escalation sweep');
    // Twice, as two ticks (or two instances) would: the case escalates once.
    await escalation.run();
    await escalation.run();
    await demo.heed.drainJourneys();

    const escalatedMails = async () =>
      (await mailboxOf(demo)).filter((m) => m.subject?.startsWith('Case overdue'));
    await expect.poll(escalatedMails, {timeout: 5_000}).toHaveLength(1);
    expect((await escalatedMails())[0]).toMatchObject({
      to: [ANNA_EMAIL],
      caseLink: {caseId: big?.id},
    });
    expect((await overdue()).find((c) => c.id === big?.id)).toMatchObject({
      overdue: true,
      escalatedAt: expect.any(Number),
    });
    const page = await get(`/api/cases/${big?.id}`);
    const kinds = (page.timeline as Array<{kind: string}>).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'escalated')).toHaveLength(1);
  });

  it('when the demo starts, then the Outcomes page has a week of history: cases every day, contacted early and late, revenue recovered, promises kept and broken, no buyer chased', async () => {
    const current = (await get('/api/outcomes')) as unknown as Outcomes;
    expect(current.timeZone).toEqual({name: 'America/Toronto', known: true});
    // The seven days before today, in the store's time zone, span this week and the last.
    const today = dateIn(Date.now(), current.timeZone.name);
    const lastSeven = new Set(
      Array.from({length: 7}, (_, n) => formatDate(addDays(today, -1 - n))),
    );
    const weeks = await Promise.all(
      current.filters.weeks
        .slice(0, 2)
        .map(async (w) => (await get(`/api/outcomes?week=${w.id}`)) as unknown as Outcomes),
    );
    const days = weeks.flatMap((w) => w.days).filter((d) => lastSeven.has(d.date));
    expect(days.map((d) => d.date).sort()).toEqual([...lastSeven].sort());
    expect(days.filter((d) => d.opened > 0 && d.contacts > 0)).toHaveLength(7);
    const sum = (pick: (w: Outcomes) => number) => weeks.reduce((n, w) => n + pick(w), 0);
    expect(sum((w) => w.sla.hit)).toBeGreaterThan(sum((w) => w.sla.missed));
    expect(sum((w) => w.sla.missed)).toBeGreaterThan(0);
    expect(sum((w) => w.recoveredRevenue.amount)).toBeGreaterThan(0);
    expect(sum((w) => w.cases.byOutcome.unreachable ?? 0)).toBe(1);
    expect(sum((w) => w.promises.reduce((n, p) => n + p.kept, 0))).toBeGreaterThanOrEqual(14);
    expect(sum((w) => w.promises.reduce((n, p) => n + p.broken, 0))).toBeGreaterThan(0);
    expect(weeks.map((w) => w.contactsToBuyers.count)).toEqual(weeks.map(() => 0));
    const medians = weeks.flatMap((w) =>
      w.firstContact.medianMs === null ? [] : [w.firstContact.medianMs],
    );
    expect(medians.length).toBeGreaterThan(0);
    for (const median of medians) expect(median).toBeLessThan(60 * 60_000);
  });

  it('when the demo restarts on its database, then it makes no second set of example cases', async () => {
    const before = await demo.heed.storage.cases.list(demo.shop, {view: 'open', limit: 100});
    const resolvedBefore = await demo.heed.storage.cases.list(demo.shop, {
      view: 'resolved',
      limit: 500,
    });
    await demo.close();
    demo = await startDemo({
      port: 0,
      sqlitePath: path.join(dataDir, 'demo.sqlite'),
      logLevel: 'silent',
      shoppers: false,
      now: clock,
    });
    const after = await demo.heed.storage.cases.list(demo.shop, {view: 'open', limit: 100});
    expect(after.map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
    // Nor a second week of history.
    expect(
      await demo.heed.storage.cases.list(demo.shop, {view: 'resolved', limit: 500}),
    ).toHaveLength(resolvedBefore.length);
  });
});

describe('the demo’s simulated shoppers', () => {
  let dataDir: string;
  let demo: RunningDemo;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'heed-demo-live-'));
    demo = await startDemo({
      port: 0,
      sqlitePath: path.join(dataDir, 'demo.sqlite'),
      logLevel: 'silent',
      exampleCases: false,
      shopperTickMs: 100,
    });
  });
  afterAll(async () => {
    await demo?.close();
    rmSync(dataDir, {recursive: true, force: true});
  });

  it(
    'when a shopper from the campaign’s email misses the promised code, then a case opens live for that signed-in customer',
    async () => {
      await expect
        .poll(
          async () =>
            (await demo.heed.storage.cases.list(demo.shop, {view: 'open', limit: 100})).map((c) => [
              c.customerId,
              c.priority,
              c.signalTypes,
            ]),
          {timeout: LIVE_CASE_WAIT_MS, interval: 200},
        )
        .toContainEqual([DEMO_CUSTOMERS.liveFirst, 'urgent', ['promo_not_applied']]);
    },
    LIVE_CASE_WAIT_MS + 5_000,
  );
});
