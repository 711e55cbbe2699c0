import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {randomUUID} from 'node:crypto';
import {shopperEvents, winterSale} from '../support/followup-shoppers';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {openLive, type SseEvent} from '../support/live-stream';

const SHOP = 'fabulous-furs.myshopify.com';
/** The demo shop's staff users (simulator): Anna owns the store, Omar works support. */
const ANNA = '1';
const OMAR = '2';
const DANA = 'gid://shopify/Customer/6940095564061';
const HOUR_MS = 60 * 60_000;

interface CasePage {
  case: {headline: string; shopperLabel: string; resolvedOrder: {name: string} | null};
  shopper: {words: string};
  contactBasis: {reason: string};
  timeline: Array<{kind: string; sentence: string}>;
  contacts: Array<{method: string; callOutcome: string | null}>;
}

describe.each(batteryEngines())('a case in the admin’s language on %s', (engine) => {
  let t: TestHeed;
  let caseId = '';
  let timeZone = '';
  /** When Omar snoozed the case until, and when the order resolved it. */
  let snoozedUntil = 0;
  let orderedAt = 0;
  const as = async (sub: string) => `Bearer ${await t.sessionToken(SHOP, {sub})}`;

  async function page(language?: string): Promise<CasePage> {
    const request = t.http.get(`/api/cases/${caseId}`).set('Authorization', await as(ANNA));
    const response = await (language ? request.set('Accept-Language', language) : request);
    expect(response.status).toBe(200);
    return response.body as CasePage;
  }

  async function act(path: string, body: Record<string, unknown> = {}) {
    const response = await t.http
      .post(`/api/cases/${caseId}/${path}`)
      .set('Authorization', await as(OMAR))
      .send(body);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  }

  const lines = (view: CasePage, kind: string) =>
    view.timeline.filter((e) => e.kind === kind).map((e) => e.sentence);
  const dateTime = (locale: string, at: number) =>
    new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZone}).format(at);
  const clock = (at: number) =>
    new Intl.DateTimeFormat('en', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }).format(at);

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    await winterSale(t, SHOP);
    const key = await t.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      await t.http.get('/api/staff/me').set('Authorization', await as(sub));
    }
    // The shop keeps Toronto's clock, whatever the machine's: times are told on it.
    timeZone = 'America/Toronto';
    await t.heed.storage.shops.updateDetails(
      SHOP,
      {name: 'Fabulous Furs', currencyCode: 'CAD', timeZone},
      Date.now(),
    );

    // Dana's checkout from the winter email, whose discount did not apply, under a token of its own.
    const events = shopperEvents('promo-not-applied', DANA, `tok-${randomUUID()}`);
    const ingested = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    expect(ingested.status).toBe(200);
    await t.heed.drainJourneys();
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    caseId = open.find((c) => c.customerId === DANA)?.id ?? '';
    expect(caseId).not.toBe('');

    // Omar takes the case, calls Dana without reaching her, snoozes it, records an outcome and
    // takes it back, resumes her order; Dana pays the draft order.
    await act('claim');
    await act('call', {outcome: 'no_answer'});
    snoozedUntil = Date.now() + 20 * HOUR_MS;
    await act('snooze', {until: snoozedUntil});
    await act('resolve', {outcome: 'will_buy_later'});
    await act('reopen');
    await act('resume');
    const draft = (await t.heed.storage.cases.get(SHOP, caseId))?.draftOrder;
    expect(draft).toBeTruthy();
    const paid = t.simulator.payDraftOrder(SHOP, draft?.id ?? '');
    expect((await t.webhook('orders/create', SHOP, paid.webhookBody)).status).toBe(200);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();
    const resolved = await t.heed.storage.cases.get(SHOP, caseId);
    expect(resolved?.status).toBe('resolved');
    orderedAt = Date.parse(paid.order.createdAt);
  });
  afterAll(() => t.close());

  it('when no language is asked for, then the case reads in English, exactly as before', async () => {
    const view = await page();
    expect(lines(view, 'claimed')).toEqual(['Omar Haddad claimed the case.']);
    expect(lines(view, 'call')).toEqual([
      'Omar Haddad called the shopper: no answer. Basis: Heed may contact this shopper: the shop’s promised discount did not apply.',
    ]);
    expect(lines(view, 'resolved')[0]).toBe(
      'Omar Haddad resolved the case: the shopper will buy later.',
    );
    expect(lines(view, 'reopened')).toEqual(['Omar Haddad reopened the case.']);
    expect(lines(view, 'draft_order_created')[0]).toMatch(/^Draft order \S+ created: The /);
    expect(lines(view, 'resolved')[1]).toMatch(
      /^Resolved as purchased: the shopper ordered through the draft order Heed made for this case at \d\d:\d\d\.$/,
    );
    expect(lines(view, 'contact_cancelled')).toEqual([
      'No contact will be made: the shopper bought.',
    ]);
    expect(lines(view, 'snoozed')).toEqual([
      `Omar Haddad snoozed the case until ${dateTime('en-US', snoozedUntil)}.`,
    ]);
    expect(view.shopper.words).toMatch(/^Customer since /);
    expect(view.contacts).toEqual([
      expect.objectContaining({method: 'phone', callOutcome: 'no_answer'}),
    ]);
  });

  it('when a French admin reads the case, then its story, history and order are French, on the shop’s clock', async () => {
    const view = await page('fr-FR');
    expect(lines(view, 'claimed')).toEqual(['Omar Haddad a pris le cas en charge.']);
    expect(lines(view, 'call')).toEqual([
      'Omar Haddad a appelé le client : pas de réponse. Fondement : Heed peut contacter ce client : la réduction promise par la boutique ne s’est pas appliquée.',
    ]);
    expect(lines(view, 'snoozed')).toEqual([
      `Omar Haddad a mis le cas en pause jusqu’au ${dateTime('fr-FR', snoozedUntil)}.`,
    ]);
    expect(lines(view, 'resolved')[0]).toBe(
      'Omar Haddad a résolu le cas : le client achètera plus tard.',
    );
    expect(lines(view, 'reopened')).toEqual(['Omar Haddad a rouvert le cas.']);
    expect(lines(view, 'resolved')[1]).toMatch(
      /^Résolu comme achat : le client a commandé via la commande provisoire créée par Heed pour ce cas à \d\d:\d\d\.$/,
    );
    expect(lines(view, 'contact_cancelled')).toEqual([
      'Aucun contact ne sera pris : le client a acheté.',
    ]);
    const [draftLine] = lines(view, 'draft_order_created');
    expect(draftLine).toMatch(/^Commande provisoire \S+ créée : /);
    expect(draftLine).not.toMatch(/draft order/);
    expect(view.contactBasis.reason).toBe(
      'Heed peut contacter ce client : la réduction promise par la boutique ne s’est pas appliquée.',
    );
    expect(view.shopper.words).toMatch(/^Client depuis /);
    expect(view.case.shopperLabel).toMatch(/^(Client fidèle · \d+ commandes?|Invité)$/);
    expect(JSON.stringify(view.timeline)).not.toMatch(/the shopper|Basis:/);
  });

  it('when a German admin reads the case, then its story, history and order are German, on the shop’s clock', async () => {
    const view = await page('de-DE');
    expect(lines(view, 'claimed')).toEqual(['Omar Haddad hat den Fall übernommen.']);
    expect(lines(view, 'call')).toEqual([
      'Omar Haddad hat den Kunden angerufen: keine Antwort. Grundlage: Heed darf diesen Kunden kontaktieren: Der vom Shop versprochene Rabatt wurde nicht angewendet.',
    ]);
    expect(lines(view, 'snoozed')).toEqual([
      `Omar Haddad hat den Fall bis ${dateTime('de-DE', snoozedUntil)} zurückgestellt.`,
    ]);
    expect(lines(view, 'resolved')[0]).toBe(
      'Omar Haddad hat den Fall gelöst: Der Kunde kauft später.',
    );
    expect(lines(view, 'resolved')[1]).toMatch(
      /^Als Kauf gelöst: Der Kunde hat über den Bestellentwurf, den Heed für diesen Fall erstellt hat, um \d\d:\d\d bestellt\.$/,
    );
    expect(lines(view, 'draft_order_created')[0]).toMatch(/^Bestellentwurf \S+ erstellt: /);
    expect(view.shopper.words).toMatch(/^Kunde seit /);
    expect(view.contactBasis.reason).toMatch(/^Heed darf diesen Kunden kontaktieren: /);
  });

  it('when the order resolved the case, then its time is the shop’s in every language', async () => {
    const record = await t.heed.storage.caseEvents.forCase(SHOP, caseId);
    const at = record.find((e) => e.kind === 'resolved' && e.actor === 'heed');
    const time = /(\d\d:\d\d)\.$/.exec(at?.sentence ?? '')?.[1];
    expect(time).toBeDefined();
    expect(time).toBe(clock(orderedAt));
    for (const language of ['fr', 'de']) {
      expect(lines(await page(language), 'resolved')[1]).toContain(time ?? 'never');
    }
  });

  it('when the inbox is read in French or German, then each row’s words are the admin’s', async () => {
    const inbox = async (language?: string) => {
      const request = t.http.get('/api/cases?view=resolved').set('Authorization', await as(ANNA));
      const response = await (language ? request.set('Accept-Language', language) : request);
      expect(response.status).toBe(200);
      const rows = response.body.cases as Array<{id: string; shopperLabel: string}>;
      return rows.find((row) => row.id === caseId)?.shopperLabel;
    };
    const english = await inbox();
    expect(english).toMatch(/^(Returning customer · \d+ orders?|Guest)$/);
    expect(await inbox('fr')).toMatch(/^(Client fidèle · \d+ commandes?|Invité)$/);
    expect(await inbox('de')).toMatch(/^(Wiederkehrender Kunde · \d+ Bestellungen?|Gast)$/);
  });

  it('when a line was stored before wordings, then every reader reads its English', async () => {
    const followup = await t.heed.storage.cases.get(SHOP, caseId);
    if (!followup) throw new Error('the case is gone');
    await t.heed.storage.caseEvents.add({
      id: randomUUID(),
      shop: SHOP,
      caseId,
      at: Date.now(),
      actor: OMAR,
      kind: 'note',
      sentence: 'Omar Haddad added a note: “Calls back Friday”',
      data: {},
    });
    for (const language of [undefined, 'fr', 'de']) {
      expect(lines(await page(language), 'note')).toEqual([
        'Omar Haddad added a note: “Calls back Friday”',
      ]);
    }
  });

  it.each([
    [undefined, 'The case is resolved; reopen it first.', 'Not found.'],
    ['fr', 'Le cas est résolu ; rouvrez-le d’abord.', 'Introuvable.'],
    ['de', 'Der Fall ist gelöst; öffnen Sie ihn zuerst wieder.', 'Nicht gefunden.'],
  ])(
    'when an action is refused for a %s reader, then the banner’s message is theirs',
    async (language, refused, missing) => {
      const claim = t.http
        .post(`/api/cases/${caseId}/claim`)
        .set('Authorization', await as(OMAR))
        .send({});
      const claimed = await (language ? claim.set('Accept-Language', language) : claim);
      expect(claimed.status).toBe(409);
      expect(claimed.body.error.message).toBe(refused);

      const lost = t.http.get('/api/cases/no-such-case').set('Authorization', await as(OMAR));
      const answer = await (language ? lost.set('Accept-Language', language) : lost);
      expect(answer.status).toBe(404);
      expect(answer.body.error.message).toBe(missing);
    },
  );

  it.each([
    [undefined, 'The week of 2099-12-28 has not begun yet.'],
    ['fr', 'La semaine du 2099-12-28 n’a pas encore commencé.'],
    ['de', 'Die Woche vom 2099-12-28 hat noch nicht begonnen.'],
  ])(
    'when outcomes are asked for a week not begun by a %s reader, then it says so in their words',
    async (language, words) => {
      const request = t.http
        .get('/api/outcomes?week=2099-W53')
        .set('Authorization', await as(ANNA));
      const response = await (language ? request.set('Accept-Language', language) : request);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(words);
      expect(response.body.error.problems).toEqual([{path: 'week', message: words}]);
    },
  );

  it.each([
    [undefined, 'The message does not name the problem: the promised discount did not apply.'],
    ['fr', 'Le message ne nomme pas le problème : la réduction promise ne s’est pas appliquée.'],
    [
      'de',
      'Die Nachricht nennt das Problem nicht: Der versprochene Rabatt wurde nicht angewendet.',
    ],
  ])(
    'when a %s reader checks a reply, then each warning is in their words',
    async (language, words) => {
      const request = t.http
        .post(`/api/cases/${caseId}/reply-check`)
        .set('Authorization', await as(OMAR))
        .send({subject: 'Hello', body: 'Hello Dana, thank you.'});
      const response = await (language ? request.set('Accept-Language', language) : request);
      expect(response.status).toBe(200);
      const warnings = response.body.warnings as Array<{rule: string; message: string}>;
      expect(warnings).toContainEqual({rule: 'misses_the_problem', message: words});
    },
  );

  it('when French and English admins watch the live stream, then a case that changes reaches each in their words', async () => {
    const server = t.heed.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const {port} = server.address() as AddressInfo;
    try {
      const token = await t.sessionToken(SHOP, {sub: ANNA});
      const french = await openLive(port, token, {'Accept-Language': 'fr'});
      const english = await openLive(port, token);
      await act('reopen');
      const row = (events: SseEvent[]) =>
        events.find((e) => e.event === 'case' && e.data.id === caseId)?.data as
          | {shopperLabel?: string; said?: unknown}
          | undefined;
      for (let i = 0; i < 200 && !(row(french.events) && row(english.events)); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 10));
      french.close();
      english.close();
      expect(row(french.events)?.shopperLabel).toMatch(/^(Client fidèle · \d+ commandes?|Invité)$/);
      expect(row(english.events)?.shopperLabel).toMatch(
        /^(Returning customer · \d+ orders?|Guest)$/,
      );
      // The row goes out worded: the wordings it travelled with stay on the server.
      expect(row(french.events)?.said).toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
