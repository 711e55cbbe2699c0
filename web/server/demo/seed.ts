import type {CampaignService} from '../campaigns/campaign-service';
import type {CampaignInput} from '../campaigns/campaign';

const DAY_MS = 86_400_000;

/**
 * Three campaigns a newcomer learns from at a glance: one ready to send, the Fabulous Furs email
 * (no code in it, a code narrower than the promise), and a 20% email whose code gives 15%.
 */
export function demoCampaigns(shop: string, now: number): CampaignInput[] {
  const at = (days: number) => new Date(now + days * DAY_MS).toISOString();
  const host = shop;
  return [
    {
      name: 'Winter clearance — 20% off everything',
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'email_subscribers'},
        minimum: null,
      },
      discountCodes: ['WINTER20'],
      sendAt: at(21),
      promiseStartsAt: at(21),
      promiseEndsAt: at(27),
      recipients: 2400,
      attributionKey: 'winter-clearance',
      email: {
        links: [],
        html: `<h1>Winter clearance</h1><p>20% off your entire order with code <b>WINTER20</b> — applied automatically from this email.</p>
<p><a href="https://${host}/discount/WINTER20?redirect=%2Fcollections%2Fthrows&utm_campaign=winter-clearance">Shop throws</a></p>`,
      },
    },
    {
      name: 'Fabulous Furs — September 20% email',
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'email_subscribers'},
        minimum: null,
      },
      discountCodes: ['FURS20'],
      sendAt: at(2),
      promiseStartsAt: at(2),
      promiseEndsAt: at(9),
      recipients: 5200,
      attributionKey: 'fabulous-furs-20',
      email: {
        links: [],
        html: `<p>20% off your entire order! The above specials are for our valued e-mail customers only. To take advantage of these specials, follow any link provided within this e-mail.</p>
<p><a href="https://${host}/collections/throws">Sable, Arctic Fox and more</a></p>`,
      },
    },
    {
      name: 'Black Friday preview — 20% off',
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'everyone'},
        minimum: null,
      },
      discountCodes: ['SAVE15'],
      sendAt: at(4),
      promiseStartsAt: at(4),
      promiseEndsAt: at(7),
      recipients: 800,
      attributionKey: 'bf-preview',
      email: {links: [`https://${host}/discount/SAVE15?utm_campaign=bf-preview`], html: null},
    },
  ];
}

export async function seedDemoCampaigns(
  service: CampaignService,
  existing: number,
  shop: string,
  now: number,
) {
  if (existing > 0) return;
  for (const input of demoCampaigns(shop, now)) await service.create(shop, input, now);
}
