import {
  LAST_STEP,
  newCheckout,
  stepEvents,
  type DemoCheckout,
  type DemoScenario,
  type SignedInShopper,
} from './demo-checkout';

/** How often the demo's simulated shoppers take their next step, in milliseconds. */
export const DEMO_TICK_MS = 4_000;

/** Shoppers checking out at once. */
const AT_ONCE = 3;

const SCENARIOS: DemoScenario[] = [
  'smooth',
  'promo_never_applied',
  'stalls_on_shipping',
  'smooth',
  'code_rejected',
];

/** Shoppers who came from the campaign's email: signed in, so a person can follow up. */
const FROM_CAMPAIGN: ReadonlySet<DemoScenario> = new Set(['promo_never_applied', 'code_rejected']);

interface Walking {
  checkout: DemoCheckout;
  step: number;
}

/**
 * Simulated shoppers for the demo shop, each advancing one checkout step per tick and sent through
 * the real ingest endpoint, so the Live checkouts page is alive when a newcomer opens it. Those
 * who came from the campaign's email are signed-in customers (`customers`, in turn, each with
 * their own address): the default rules open a case for them, which arrives in the inbox live.
 */
export function createShopperStream(
  send: (events: unknown[]) => Promise<void>,
  options: {customers?: readonly SignedInShopper[]; now?: () => number} = {},
) {
  const customers = options.customers ?? [];
  const now = options.now ?? Date.now;
  const walking: Walking[] = [];
  let started = 0;
  let fromCampaign = 0;

  function shopperFor(scenario: DemoScenario): SignedInShopper | null {
    if (!FROM_CAMPAIGN.has(scenario) || customers.length === 0) return null;
    const shopper = customers[fromCampaign % customers.length] ?? null;
    fromCampaign += 1;
    return shopper;
  }

  return {
    async tick(): Promise<void> {
      if (walking.length < AT_ONCE) {
        const scenario = SCENARIOS[started % SCENARIOS.length] ?? 'smooth';
        started += 1;
        walking.push({checkout: newCheckout(scenario, shopperFor(scenario)), step: 0});
      }
      for (const w of [...walking]) {
        await send(stepEvents(w.checkout, w.step, now()));
        if (w.step >= LAST_STEP[w.checkout.scenario]) walking.splice(walking.indexOf(w), 1);
        else w.step += 1;
      }
    },
  };
}
