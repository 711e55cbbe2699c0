import {describe, expect, it} from 'vitest';
import {outcomeSignal} from '../../../web/server/checkout/outcome-signal';
import {englishSayer, sayerFor, type Sayer} from '../../../web/server/sentences/wording';
import {detectSignals} from '../../../web/server/signals/detectors';
import type {DetectedSignal, DetectionContext} from '../../../web/server/signals/signal';
import {EMPTY_CONTEXT} from '../../../web/server/signals/signal';
import {reconcileSignals} from '../../../web/server/signals/signal-lifecycle';
import {sayReasons} from '../../../web/server/signals/score';
import {DEFAULT_THRESHOLDS} from '../../../web/server/signals/thresholds';
import {duration, durationWording} from '../../../web/server/signals/wording';
import type {Signal} from '../../../web/server/storage/signals-repository';
import {readerFor} from '../../../web/shared/languages';
import {CONTEXT, FIXTURES, MINUTE, WINTER, journeyOf, lastAt, type FixtureName} from './fixtures';

const french = (timeZone: string | null) => sayerFor(readerFor('fr'), timeZone);
const german = (timeZone: string | null) => sayerFor(readerFor('de'), timeZone);

/** The Winter email promising a sum off four products, for a shop in Paris (the cart says USD). */
const SUM_OFF_PRODUCTS: DetectionContext = {
  campaigns: [
    {
      ...WINTER,
      promise: {
        ...WINTER.promise,
        kind: 'fixed_amount',
        value: 1234.5,
        scope: {
          type: 'products',
          items: ['Mink coat', 'Fox stole', 'Throw', 'Muff'].map((title, n) => ({
            id: `gid://shopify/Product/${n + 1}`,
            title,
          })),
        },
      },
    },
  ],
  currencyCode: 'CAD',
  timeZone: 'Europe/Paris',
};

function detected(name: FixtureName, afterMinutes: number, context = CONTEXT): DetectedSignal[] {
  return detectSignals(
    journeyOf(name),
    lastAt(name) + afterMinutes * MINUTE,
    DEFAULT_THRESHOLDS,
    context,
  );
}

function one(name: FixtureName, type: string, afterMinutes = 0, context = CONTEXT) {
  const found = detected(name, afterMinutes, context).filter((s) => s.type === type);
  const signal = found.at(-1);
  if (!signal) throw new Error(`${name} shows no ${type}`);
  return signal;
}

describe('signal wordings', () => {
  it.each(FIXTURES)(
    'when %s is detected, then each English sentence is its wording in English, and French and German leave nothing unworded',
    (name) => {
      for (const context of [CONTEXT, EMPTY_CONTEXT, SUM_OFF_PRODUCTS]) {
        for (const signal of [0, 5, 45].flatMap((after) => detected(name, after, context))) {
          expect(englishSayer(context.timeZone).say(signal.wording)).toBe(signal.sentence);
          for (const sayer of [french(context.timeZone), german(context.timeZone)]) {
            const words = sayer.say(signal.wording);
            expect(words).not.toMatch(/\{\{|signals:|\[object/);
            expect(words).not.toBe(signal.sentence);
          }
        }
      }
    },
  );

  it('when a promised sum off products was not applied, then French and German quote the cart’s money and the titles their way, on the shop’s clock', () => {
    const promo = one('promo-not-applied', 'promo_not_applied', 0, SUM_OFF_PRODUCTS);
    expect(promo.sentence).toBe(
      'Was promised $1,234.50 off “Mink coat”, “Fox stole”, “Throw” and 1 more by the “Winter” email; at 17:21, on the delivery address step, no discount applied (code WINTER20); went on to the payment step at 17:22.',
    );
    const sum = (locale: string) =>
      new Intl.NumberFormat(locale, {style: 'currency', currency: 'USD'}).format(1234.5);
    expect(french('Europe/Paris').say(promo.wording)).toBe(
      `L’e-mail «\u00a0Winter\u00a0» promettait ${sum('fr')} de réduction sur « Mink coat », « Fox stole », « Throw » et 1 autre\u00a0; à 17:21, sur l’adresse de livraison, aucune réduction appliquée (code WINTER20)\u00a0; passage au paiement à 17:22.`,
    );
    expect(german('Europe/Paris').say(promo.wording)).toBe(
      `Die E-Mail „Winter“ hat ${sum('de')} Rabatt auf „Mink coat“, „Fox stole“, „Throw“ und 1 weiterer versprochen; um 17:21, bei der Lieferadresse, kein Rabatt angewendet (Code WINTER20); um 17:22 weiter zur Zahlung.`,
    );
  });

  it.each([
    [1, '1 minute', '1 minute', '1 Minute'],
    [90, '1 hour 30 minutes', '1 heure 30 minutes', '1 Stunde 30 Minuten'],
    [120, '2 hours', '2 heures', '2 Stunden'],
    [3 * 24 * 60, '3 days', '3 jours', '3 Tage'],
  ])('when %i minutes pass, then English says %s, French %s, German %s', (minutes, en, fr, de) => {
    const wording = durationWording(minutes * MINUTE);
    expect(duration(minutes * MINUTE)).toBe(en);
    expect(french(null).say(wording)).toBe(fr);
    expect(german(null).say(wording)).toBe(de);
  });

  it('when the shop’s zone is unknown, then French times say UTC, as English ones do', () => {
    const promo = one('promo-not-applied', 'promo_not_applied');
    expect(promo.sentence).toContain('at 16:21 UTC');
    expect(french(null).say(promo.wording)).toContain('à 16:21 UTC');
  });

  it.each([
    [
      'stall',
      'stalled',
      5,
      'Spent more than 4 minutes on the payment step (2 field changes) without moving on.',
      'Plus de 4 minutes sur le paiement (2 modifications de champs) sans passer à l’étape suivante.',
      'Mehr als 4 Minuten bei der Zahlung verbracht (2 Feldänderungen), ohne weiterzugehen.',
    ],
    [
      'back-and-forth',
      'step_regression',
      0,
      'Went back from the payment step to the shipping method step (the 2nd time).',
      'Retour du paiement au mode d’expédition (pour la 2e fois).',
      'Zurück von der Zahlung zur Versandart (zum 2. Mal).',
    ],
    [
      'shipping-shock',
      'shipping_shock',
      45,
      'Left after seeing shipping of $19.95 on a $48.00 order (42% of the subtotal).',
      'A quitté le paiement après avoir vu des frais d’expédition de 19,95\u00a0$US pour une commande de 48,00\u00a0$US (42\u00a0% du sous-total).',
      'Nach Versandkosten von 19,95\u00a0$ bei einer Bestellung über 48,00\u00a0$ (42\u00a0% der Zwischensumme) gegangen.',
    ],
    [
      'payment-failed',
      'payment_failed',
      0,
      'Payment failed 2 times: checkout said “Your card was declined. Try again or use a different payment method.” and no order followed.',
      'Échec du paiement (2 fois)\u00a0: le paiement a affiché «\u00a0Your card was declined. Try again or use a different payment method.\u00a0» et aucune commande n’a suivi.',
      'Zahlung 2-mal fehlgeschlagen: Der Checkout meldete „Your card was declined. Try again or use a different payment method.“, und es folgte keine Bestellung.',
    ],
    [
      'repeated-edits',
      'repeated_edits',
      0,
      'Changed the “postal code” field 5 times.',
      'Champ «\u00a0code postal\u00a0» modifié 5 fois.',
      'Feld „Postleitzahl“ 5-mal geändert.',
    ],
  ] as const)(
    'when %s shows %s, then English is as before and French and German say it their way',
    (name, type, after, english, inFrench, inGerman) => {
      const signal = one(name, type, after);
      expect(signal.sentence).toBe(english);
      expect(french(null).say(signal.wording)).toBe(inFrench);
      expect(german(null).say(signal.wording)).toBe(inGerman);
    },
  );

  it('when the checkout extension could not apply the code, then the outcome’s English is as before and French tells the reason', () => {
    const signal = outcomeSignal(
      {campaignId: WINTER.id, code: 'WINTER20', state: 'could_not_apply', reason: 'cannot_update'},
      {...WINTER, status: 'active'} as never,
      {shop: 's', customerId: null, currencyCode: 'USD', timeZone: null, id: 'x', now: 1},
    );
    expect(signal?.sentence).toBe(
      'Came from the “Winter” email promising 20% off the entire order, but the checkout did not allow Heed to add the code (code WINTER20).',
    );
    expect(french(null).say(signal?.wording ?? {key: 'none'})).toBe(
      'Client venu de l’e-mail «\u00a0Winter\u00a0», qui promettait 20\u00a0% de réduction sur toute la commande, mais le paiement n’a pas permis à Heed d’ajouter le code (code WINTER20).',
    );
  });
});

describe('what ends a signal, and the score, in the reader’s language', () => {
  const asStored = (signal: DetectedSignal, n: number): Signal => ({
    ...signal,
    id: `sig-${n}`,
    shop: 'fabulous-furs.myshopify.com',
    source: 'pixel',
    campaignId: null,
    checkoutToken: null,
    orderId: null,
    customerId: null,
    recordedAt: signal.occurredAt,
    journeyId: 'jrn_1',
    resolvedAt: null,
    resolution: null,
  });

  it('when the shopper then bought, then the ending is told in English as before, and in French and German', () => {
    const stalled = one('stall', 'stalled', 5);
    const bought = journeyOf('smooth-purchase');
    const {ended} = reconcileSignals(bought, [], [asStored(stalled, 1)], {
      now: lastAt('smooth-purchase'),
      timeZone: 'Europe/Berlin',
    });
    const [ending] = ended;
    expect(ending?.resolution).toMatch(
      /^The shopper bought at \d\d:\d\d: the checkout completed\.$/,
    );
    const time = ending?.resolution.match(/\d\d:\d\d/)?.[0];
    const wording = ending?.resolutionWording ?? {key: 'none'};
    expect(englishSayer('Europe/Berlin').say(wording)).toBe(ending?.resolution);
    expect(french('Europe/Berlin').say(wording)).toBe(
      `Le client a acheté à ${time}\u00a0: le paiement a abouti.`,
    );
    expect(german('Europe/Berlin').say(wording)).toBe(
      `Der Kunde hat um ${time} gekauft: Der Checkout wurde abgeschlossen.`,
    );
  });

  it('when the score explains itself to a French reader, then labels and sentences are French; a stored English sentence stays English', () => {
    const rejected = one('code-rejected', 'code_rejected');
    const old = {type: 'abandoned', severity: 'low' as const, sentence: 'Left checkout.'};
    const sayer: Sayer = french(null);
    expect(sayReasons([rejected, old], sayer)).toEqual([
      `+30 Code de réduction refusé\u00a0: ${sayer.say(rejected.wording)}`,
      '+5 A quitté le paiement\u00a0: Left checkout.',
    ]);
  });
});
