import type http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {journeyIdFor} from '../../web/server/signals/journey';
import type {Signal} from '../../web/server/storage/signals-repository';
import {WINTER_ID} from '../support/followup-shoppers';
import {openLive, type SseEvent} from '../support/live-stream';
import {recentFixture} from '../support/pixel-fixtures';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const PARIS = 'Europe/Paris';
const MINUTE = 60_000;

type Story = {
  id: string;
  reasons: string[];
  signals: Array<{type: string; sentence: string; resolution: string | null; occurredAt: number}>;
};

const fixture = (name: string) => recentFixture(name, MINUTE);
const tokenOf = (events: unknown[]) =>
  (events as Array<{data?: {checkout?: {token?: string}}}>).find((e) => e.data?.checkout?.token)
    ?.data?.checkout?.token ?? null;

/** "16:21" on the shop's clock, as a timeline reads it in `locale`. */
const clock = (locale: string, at: number) =>
  new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: PARIS,
  }).format(at);
const dollars = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale, {style: 'currency', currency: 'USD'}).format(amount);

/** The Winter sale, promising a sum rather than a share: the sentences quote money. */
async function winterSum(t: TestHeed) {
  await t.heed.storage.campaigns.insert(
    {
      id: WINTER_ID,
      shop: SHOP,
      name: 'Winter sale',
      promise: {
        kind: 'fixed_amount',
        value: 1234.5,
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

describe('signals read in the admin’s language, on the shop’s clock', () => {
  let t: TestHeed;
  let server: http.Server;
  let port: number;
  let key: string;
  let auth: string;
  let jump = 0;
  const promoEvents = fixture('promo-not-applied');
  const promoJourney = journeyIdFor(SHOP, {checkoutToken: tokenOf(promoEvents), clientId: null});
  const stored = async (type: string): Promise<Signal> => {
    const found = (await t.heed.storage.signals.forJourney(SHOP, promoJourney)).find(
      (s) => s.type === type,
    );
    if (!found) throw new Error(`no ${type} signal`);
    return found;
  };
  const story = async (language?: string): Promise<Story> => {
    const call = t.http.get(`/api/journeys/${promoJourney}`).set('Authorization', auth);
    const response = await (language ? call.set('Accept-Language', language) : call);
    expect(response.status).toBe(200);
    return response.body.journey as Story;
  };
  const sentenceOf = (journey: Story, type: string) =>
    journey.signals.find((s) => s.type === type)?.sentence;
  const ingest = async (events: unknown[]) => {
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    expect(response.status).toBe(200);
    await t.heed.drainJourneys();
  };

  beforeAll(async () => {
    t = await startTestHeed({now: () => Date.now() + jump});
    await t.install(SHOP);
    await t.heed.storage.shops.updateDetails(
      SHOP,
      {name: 'Fabulous Furs', currencyCode: 'USD', timeZone: PARIS},
      Date.now(),
    );
    await winterSum(t);
    key = await t.ingestKey(SHOP);
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
    await ingest(promoEvents);
    // The shopper then sits on the payment step past the shop's four minutes.
    jump = 5 * MINUTE;
    await t.heed.sweeps.find((s) => s.name === 'quiet journeys')?.run();
    // A signal stored before signals carried a wording: its English stands for every reader.
    await t.heed.storage.signals.add({
      id: 'sig-before-wordings',
      shop: SHOP,
      type: 'checkout_error',
      severity: 'medium',
      sentence: 'Saw the error “Card type not accepted” on the payment step.',
      evidence: {eventIds: []},
      source: 'pixel',
      campaignId: null,
      checkoutToken: tokenOf(promoEvents),
      orderId: null,
      customerId: null,
      occurredAt: Date.now() - 2 * MINUTE,
      recordedAt: Date.now() - 2 * MINUTE,
      journeyId: promoJourney,
      dedupeKey: null,
      resolvedAt: Date.now() - MINUTE,
      resolution: 'No longer shown by the checkout at 10:42.',
    });
    server = t.heed.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('when the admin sends no language, then every sentence is the English stored, as before', async () => {
    const promo = await stored('promo_not_applied');
    const journey = await story();
    const [seen, wentOn] = [...promo.sentence.matchAll(/\d\d:\d\d/g)].map((m) => m[0]);
    expect(promo.sentence).toBe(
      `Was promised $1,234.50 off the entire order by the “Winter sale” email; at ${seen}, on the delivery address step, no discount applied (code WINTER20); went on to the payment step at ${wentOn}.`,
    );
    expect(seen).toBe(clock('en', promo.occurredAt));
    expect(sentenceOf(journey, 'promo_not_applied')).toBe(promo.sentence);
    expect(sentenceOf(journey, 'stalled')).toBe(
      'Spent more than 4 minutes on the payment step without moving on.',
    );
    expect(journey.reasons).toContain(`+30 Promised discount not applied: ${promo.sentence}`);
    expect(journey.signals.find((s) => s.type === 'checkout_error')).toMatchObject({
      sentence: 'Saw the error “Card type not accepted” on the payment step.',
      resolution: 'No longer shown by the checkout at 10:42.',
    });
  });

  it('when the admin reads French, then the promise, its money and its times are French on the shop’s clock', async () => {
    const promo = await stored('promo_not_applied');
    const [seen, wentOn] = [...promo.sentence.matchAll(/\d\d:\d\d/g)].map((m) => m[0]);
    const journey = await story('fr');
    const french = `L’e-mail «\u00a0Winter sale\u00a0» promettait ${dollars('fr', 1234.5)} de réduction sur toute la commande\u00a0; à ${seen}, sur l’adresse de livraison, aucune réduction appliquée (code WINTER20)\u00a0; passage au paiement à ${wentOn}.`;
    expect(sentenceOf(journey, 'promo_not_applied')).toBe(french);
    expect(seen).toBe(clock('fr', promo.occurredAt));
    expect(sentenceOf(journey, 'stalled')).toBe(
      'Plus de 4 minutes sur le paiement sans passer à l’étape suivante.',
    );
    expect(journey.reasons).toContain(`+30 Réduction promise non appliquée\u00a0: ${french}`);
    expect(journey.reasons.join('\n')).not.toMatch(/Promised|Spent more/);
  });

  it('when the admin reads German, then the sentences are German, with German money', async () => {
    const promo = await stored('promo_not_applied');
    const [seen, wentOn] = [...promo.sentence.matchAll(/\d\d:\d\d/g)].map((m) => m[0]);
    const response = await t.http
      .get(`/api/journeys/${promoJourney}`)
      .set('Authorization', auth)
      .set('Accept-Language', 'de-DE');
    expect(sentenceOf(response.body.journey, 'promo_not_applied')).toBe(
      `Die E-Mail „Winter sale“ hat ${dollars('de-DE', 1234.5)} Rabatt auf die gesamte Bestellung versprochen; um ${seen}, bei der Lieferadresse, kein Rabatt angewendet (Code WINTER20); um ${wentOn} weiter zur Zahlung.`,
    );
    expect(sentenceOf(response.body.journey, 'stalled')).toBe(
      'Mehr als 4 Minuten bei der Zahlung verbracht, ohne weiterzugehen.',
    );
    expect(response.body.detail.promise).toMatchObject({
      promised: `${dollars('de-DE', 1234.5)} Rabatt auf die gesamte Bestellung`,
      brokenSignal: {sentence: sentenceOf(response.body.journey, 'promo_not_applied')},
    });
    expect(response.body.detail.shopper.basis).toBe(
      'Ob der Kunde schon einmal bestellt hat, teilt Shopify mit, sobald die Bestellung aufgegeben ist.',
    );
  });

  it('when a signal was stored before signals carried a wording, then a French admin still reads its English', async () => {
    const journey = await story('fr');
    expect(journey.signals.find((s) => s.type === 'checkout_error')).toMatchObject({
      sentence: 'Saw the error “Card type not accepted” on the payment step.',
      resolution: 'No longer shown by the checkout at 10:42.',
    });
  });

  it('when the admin lists recent checkouts in French, then each story is French', async () => {
    const response = await t.http
      .get('/api/journeys')
      .set('Authorization', auth)
      .set('Accept-Language', 'fr-FR');
    const listed = (response.body.journeys as Story[]).find((j) => j.id === promoJourney);
    expect(sentenceOf(listed as Story, 'stalled')).toBe(
      'Plus de 4 minutes sur le paiement sans passer à l’étape suivante.',
    );
  });

  it('when a code is rejected while French, German and English admins watch, then each stream tells it in its reader’s language', async () => {
    const token = await t.sessionToken(SHOP);
    const streams = {
      fr: await openLive(port, token, {'Accept-Language': 'fr'}),
      de: await openLive(port, token, {'Accept-Language': 'de'}),
      en: await openLive(port, token),
    };
    await ingest(fixture('code-rejected'));
    const rejected = (events: SseEvent[]) =>
      events.find((e) => e.event === 'signal' && e.data.type === 'code_rejected')?.data.sentence;
    for (let i = 0; i < 200 && !Object.values(streams).every((s) => rejected(s.events)); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    for (const stream of Object.values(streams)) stream.close();
    expect(rejected(streams.fr.events)).toBe(
      '«\u00a0Enter a valid discount code or gift card\u00a0» affiché deux fois après la saisie de WINTER20 — le code promis par l’e-mail «\u00a0Winter sale\u00a0» (code refusé).',
    );
    expect(rejected(streams.de.events)).toBe(
      '„Enter a valid discount code or gift card“ zweimal angezeigt nach Eingabe von WINTER20 — dem Code, den die E-Mail „Winter sale“ versprochen hat (Code abgelehnt).',
    );
    expect(rejected(streams.en.events)).toBe(
      'Saw “Enter a valid discount code or gift card” twice after entering WINTER20 — the code the “Winter sale” email promised (code rejected).',
    );
    const journeyOf = (events: SseEvent[]) =>
      events.find((e) => e.event === 'journey')?.data as unknown as Story | undefined;
    expect(journeyOf(streams.fr.events)?.reasons[0]).toMatch(
      /^\+30 Code de réduction refusé\u00a0: «/,
    );
    expect(journeyOf(streams.en.events)?.reasons[0]).toMatch(/^\+30 Discount code rejected: Saw “/);
    expect(JSON.stringify(streams.fr.events)).not.toContain('"wording"');
  });
});
