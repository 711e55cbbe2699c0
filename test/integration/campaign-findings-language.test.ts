import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {batteryEngines} from '../support/databases';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const TORONTO = 'America/Toronto';
const DAY = 86_400_000;
const MINUTE = 60_000;
const NBSP = '\u00a0';

let jump = 0;
const now = () => Date.now() + jump;
const iso = (offsetMs: number) => new Date(now() + offsetMs).toISOString();

/** SAVE15 against a 20% promise: a smaller value, an unsaid CA$100 minimum, and the hats discount. */
function save15Campaign(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Black Friday preview',
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'email_subscribers'},
      minimum: null,
    },
    discountCodes: ['SAVE15'],
    sendAt: iso(2 * DAY),
    promiseStartsAt: iso(2 * DAY),
    promiseEndsAt: iso(9 * DAY),
    recipients: 5000,
    attributionKey: 'bf-preview',
    email: {
      links: ['https://fabulous-furs.myshopify.com/discount/SAVE15?utm_campaign=bf-preview'],
      html: null,
    },
    ...overrides,
  };
}

type Said = {code: string; explanation: string; fix: string};
const byCode = (findings: Said[], code: string) => findings.find((f) => f.code === code);

const money = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale, {style: 'currency', currency: 'CAD'}).format(amount);
const dateTime = (locale: string, at: number) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TORONTO,
  }).format(at);

describe.each(batteryEngines())(
  'campaign findings in the admin user’s language, on a Toronto shop’s clock, in CAD, on %s',
  (engine) => {
    let t: TestHeed;
    let auth: string;
    let id: string;
    let hatsEndAt: number;

    beforeAll(async () => {
      t = await startTestHeed({now, engine});
      await t.install(SHOP);
      await t.heed.storage.shops.updateDetails(
        SHOP,
        {name: 'Fabulous Furs', currencyCode: 'CAD', timeZone: TORONTO},
        Date.now(),
      );
      auth = `Bearer ${await t.sessionToken(SHOP)}`;
      const created = await t.http
        .post('/api/campaigns')
        .set('Authorization', auth)
        .send(save15Campaign());
      expect(created.status).toBe(201);
      id = created.body.campaign.id;
      const hats = t.simulator.shop(SHOP).automaticDiscounts[0];
      if (!hats?.endsAt) throw new Error('The hats discount has no end in the simulator');
      hatsEndAt = Date.parse(hats.endsAt);
    });
    afterAll(() => t.close());

    const detail = (language?: string) => {
      const request = t.http.get(`/api/campaigns/${id}`).set('Authorization', auth);
      return language ? request.set('Accept-Language', language) : request;
    };

    it('when no language is asked for, then the findings read in English exactly as before', async () => {
      const {body} = await detail();
      const findings: Said[] = body.report.findings;
      expect(findings.map((f) => f.code)).toEqual([
        'VALUE_MISMATCH',
        'MINIMUM_NOT_DISCLOSED',
        'USAGE_LIMIT_TOO_LOW',
        'AUTOMATIC_DISCOUNT_CONFLICT',
        'ONCE_PER_CUSTOMER',
      ]);
      expect(byCode(findings, 'VALUE_MISMATCH')).toMatchObject({
        explanation: 'The email promises 20% off the entire order, but SAVE15 gives 15% off.',
        fix: 'Set SAVE15 to 20% off, or correct the email before it is sent.',
      });
      expect(byCode(findings, 'MINIMUM_NOT_DISCLOSED')?.explanation).toBe(
        'SAVE15 needs a subtotal of at least CA$100.00, which the email never mentions: shoppers below it will see no discount.',
      );
      expect(byCode(findings, 'USAGE_LIMIT_TOO_LOW')?.explanation).toBe(
        'SAVE15 can be used 463 more time(s), but the email goes to 5000 people: once it runs out, later shoppers will see it rejected.',
      );
      expect(byCode(findings, 'AUTOMATIC_DISCOUNT_CONFLICT')?.explanation).toBe(
        `The automatic discount “Hats 10% off (automatic)” (10% off) is active until ${dateTime('en-US', hatsEndAt)} and does not combine with SAVE15: Shopify may apply it instead of the promised offer.`,
      );
      // The admin reads sentences; the wordings behind them stay on the server.
      expect(findings[0]).not.toHaveProperty('wording');
    });

    it('when a French (Canada) admin opens the campaign, then its findings are French, with Canadian French money and Toronto dates', async () => {
      const {body} = await detail('fr-CA');
      const findings: Said[] = body.report.findings;
      expect(byCode(findings, 'VALUE_MISMATCH')).toMatchObject({
        explanation: `L’e-mail promet 20${NBSP}% de réduction sur toute la commande, mais SAVE15 accorde 15${NBSP}% de réduction.`,
        fix: `Réglez SAVE15 sur 20${NBSP}% de réduction, ou corrigez l’e-mail avant son envoi.`,
      });
      expect(byCode(findings, 'MINIMUM_NOT_DISCLOSED')?.explanation).toBe(
        `SAVE15 exige un sous-total d’au moins ${money('fr-CA', 100)}, ce que l’e-mail ne mentionne jamais${NBSP}: en dessous, les clients n’obtiendront aucune réduction.`,
      );
      expect(byCode(findings, 'USAGE_LIMIT_TOO_LOW')?.explanation).toContain(
        'peut encore être utilisé 463 fois, mais l’e-mail est envoyé à 5000 personnes',
      );
      expect(byCode(findings, 'AUTOMATIC_DISCOUNT_CONFLICT')?.explanation).toBe(
        `La réduction automatique «${NBSP}Hats 10% off (automatic)${NBSP}», qui accorde 10${NBSP}% de réduction, est active jusqu’au ${dateTime('fr-CA', hatsEndAt)} et ne se combine pas avec SAVE15${NBSP}: Shopify peut l’appliquer à la place de l’offre promise.`,
      );
      expect(money('fr-CA', 100)).toMatch(/^100,00\s\$$/u);
    });

    it('when a German admin verifies again, then the new report is German, with German money and dates', async () => {
      const response = await t.http
        .post(`/api/campaigns/${id}/verify`)
        .set('Authorization', auth)
        .set('Accept-Language', 'de-DE');
      expect(response.status).toBe(200);
      const findings: Said[] = response.body.report.findings;
      expect(byCode(findings, 'VALUE_MISMATCH')?.explanation).toBe(
        `Die E-Mail verspricht 20${NBSP}% Rabatt auf die gesamte Bestellung, aber SAVE15 gewährt 15${NBSP}% Rabatt.`,
      );
      expect(byCode(findings, 'MINIMUM_NOT_DISCLOSED')?.fix).toBe(
        `Entfernen Sie den Mindestwert von SAVE15 oder geben Sie „eine Zwischensumme von mindestens ${money('de-DE', 100)}“ in der E-Mail und im Versprechen dieser Kampagne an.`,
      );
      expect(byCode(findings, 'AUTOMATIC_DISCOUNT_CONFLICT')?.explanation).toContain(
        `ist bis zum ${dateTime('de-DE', hatsEndAt)} aktiv`,
      );
      expect(byCode(findings, 'ONCE_PER_CUSTOMER')?.explanation).toBe(
        'SAVE15 kann nur einmal pro Kunde verwendet werden: Wer ihn bereits verwendet hat, dem wird er bei einer zweiten Bestellung abgelehnt.',
      );
      // The report is stored once, in facts: the same check reads in English without the header.
      const english = await detail();
      expect(english.body.report.id).toBe(response.body.report.id);
      expect(byCode(english.body.report.findings, 'VALUE_MISMATCH')?.explanation).toBe(
        'The email promises 20% off the entire order, but SAVE15 gives 15% off.',
      );
    });

    it('when a French admin saves a campaign, then the report in the answer is French', async () => {
      const response = await t.http
        .post('/api/campaigns')
        .set('Authorization', auth)
        .set('Accept-Language', 'fr')
        .send(
          save15Campaign({
            name: 'Typo',
            attributionKey: 'typo',
            discountCodes: ['WINTER2O'],
            email: {links: [], html: null},
          }),
        );
      expect(response.status).toBe(201);
      expect(response.body.report.findings).toEqual([
        expect.objectContaining({
          code: 'DISCOUNT_NOT_FOUND',
          explanation: `Le code WINTER2O n’existe pas dans cette boutique${NBSP}: il sera refusé à chaque client qui l’essaiera.`,
        }),
      ]);
    });

    it('when a report was stored before findings carried wordings, then every reader gets its English', async () => {
      const {body} = await t.http
        .post('/api/campaigns')
        .set('Authorization', auth)
        .send(save15Campaign({name: 'Stored long ago', attributionKey: 'long-ago'}));
      const old = {
        code: 'VALUE_MISMATCH' as const,
        severity: 'blocker' as const,
        subject: 'SAVE15',
        explanation: 'The email promises 20% off the entire order, but SAVE15 gives 15% off.',
        fix: 'Set SAVE15 to 20% off, or correct the email before it is sent.',
      };
      await t.heed.storage.campaigns.addReport(
        SHOP,
        body.campaign.id,
        {checkedAt: now(), health: 'blocked', findings: [old]},
        'schedule',
      );
      await t.heed.storage.campaigns.addAlerts(SHOP, body.campaign.id, [old], now());
      for (const language of ['fr', 'de']) {
        const response = await t.http
          .get(`/api/campaigns/${body.campaign.id}`)
          .set('Authorization', auth)
          .set('Accept-Language', language);
        expect(response.body.report.findings).toEqual([old]);
        expect(response.body.alerts).toEqual([
          expect.objectContaining({explanation: old.explanation, fix: old.fix}),
        ]);
        expect(response.body.alerts[0]).not.toHaveProperty('wording');
      }
    });

    it('when a running campaign breaks, then its alert reads in the admin’s language and stays English without one', async () => {
      const created = await t.http
        .post('/api/campaigns')
        .set('Authorization', auth)
        .send(
          save15Campaign({
            name: 'Running now',
            discountCodes: ['WINTER20'],
            attributionKey: 'running-now',
            sendAt: iso(-DAY),
            promiseStartsAt: iso(-DAY),
            promiseEndsAt: iso(5 * DAY),
            email: {links: [], html: null},
          }),
        );
      const running: string = created.body.campaign.id;
      const winter = t.simulator.shop(SHOP).codeDiscounts.find((d) => d.code === 'WINTER20');
      if (!winter) throw new Error('WINTER20 missing from the simulator');
      winter.usageLimit = winter.usedCount;
      jump += 16 * MINUTE;
      await t.heed.sweeps.find((s) => s.name === 'campaign re-verification')?.run();

      const alertOf = async (language?: string) => {
        const request = t.http.get('/api/campaigns/alerts').set('Authorization', auth);
        const response = await (language ? request.set('Accept-Language', language) : request);
        return response.body.alerts.find(
          (a: {campaignId: string; code: string}) =>
            a.campaignId === running && a.code === 'USAGE_LIMIT_TOO_LOW',
        );
      };
      const used = winter.usedCount;
      expect((await alertOf())?.explanation).toBe(
        `WINTER20 has been used ${used} time(s) and its limit is ${used}: it is exhausted and every shopper will see it rejected.`,
      );
      expect(await alertOf('de')).toMatchObject({
        explanation: `WINTER20 wurde ${used} Mal verwendet und sein Limit liegt bei ${used}: Er ist aufgebraucht und wird bei allen Kunden abgelehnt.`,
        fix: 'Erhöhen oder entfernen Sie das Nutzungslimit von WINTER20.',
      });
      expect((await alertOf('fr'))?.fix).toBe(
        'Augmentez ou supprimez la limite d’utilisation de WINTER20.',
      );
    });
  },
);
