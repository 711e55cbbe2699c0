import {z} from 'zod';
import type {Heed} from '../bootstrap';
import type {ShopifySimulator} from '../../simulator';
import {DEMO_CUSTOMERS} from '../../simulator/demo-customers';
import {
  SABLE_THROW,
  newCheckout,
  wholeCheckout,
  type DemoLine,
  type DemoScenario,
  type SignedInShopper,
} from './demo-checkout';
import type {DemoClient} from './demo-client';
import {DEMO_STAFF} from './session-token';
import {seedOverdueCase} from './overdue-case';

/** Time between two steps of an example checkout. */
const STEP_MS = 50_000;

export const ARCTIC_FOX: DemoLine = {
  variantId: '2002',
  title: 'Arctic Fox Faux Fur Throw',
  variantTitle: 'Arctic Fox / 50" x 60"',
  price: 169,
  quantity: 1,
};
export const MINK_COAT: DemoLine = {
  variantId: '2003',
  title: 'Mink Faux Fur Coat',
  variantTitle: 'Mink / M',
  price: 495,
  quantity: 1,
};
export const TRAPPER_HAT: DemoLine = {
  variantId: '2004',
  title: 'Faux Fur Trapper Hat',
  variantTitle: 'Grey / One size',
  price: 79,
  quantity: 2,
};

const pageSchema = z.object({
  case: z.object({draftOrder: z.object({id: z.string()}).nullable()}),
  suggestedMessage: z.object({subject: z.string(), body: z.string()}),
});

export interface ExampleCaseDeps {
  heed: Heed;
  simulator: ShopifySimulator;
  shop: string;
  client: DemoClient;
  now: () => number;
}

/**
 * The demo's inbox on its first start, a case in every state, each made the way a real one is:
 * a signed-in shopper's checkout through ingest, the default rules opening the case, the shop's
 * people acting through the admin API (Omar Haddad on support, Anna Lindqvist the owner), and a
 * paid draft order's `orders/create` webhook. A restarted demo keeps the cases it made.
 */
export async function seedExampleCases(deps: ExampleCaseDeps): Promise<void> {
  const {heed, shop, client} = deps;
  if ((await heed.storage.cases.list(shop, {view: 'open', limit: 1})).length > 0) return;
  if ((await heed.storage.cases.list(shop, {view: 'resolved', limit: 1})).length > 0) return;
  const {owner: anna, support: omar} = DEMO_STAFF;
  const act = (sub: string, id: string, action: string, body: unknown = {}) =>
    client.api(sub, 'POST', `/api/cases/${encodeURIComponent(id)}/${action}`, body);

  // Before anyone opened the admin nobody is on shift: this one waits unassigned.
  await shopperChecksOut(deps, DEMO_CUSTOMERS.newcomer, 'code_rejected', [SABLE_THROW]);
  for (const sub of [anna, omar]) await client.api(sub, 'GET', '/api/staff/me');

  // Round robin hands the rest to Omar, the agent on shift.
  await shopperChecksOut(deps, DEMO_CUSTOMERS.phoneBuyer, 'promo_never_applied', [ARCTIC_FOX]);

  const chloe = await shopperChecksOut(deps, DEMO_CUSTOMERS.francophone, 'promo_never_applied', [
    SABLE_THROW,
  ]);
  await act(anna, chloe, 'claim');

  const margaret = await shopperChecksOut(deps, DEMO_CUSTOMERS.longTime, 'code_rejected', [
    SABLE_THROW,
  ]);
  await act(omar, margaret, 'claim');
  await act(omar, margaret, 'call', {
    outcome: 'voicemail',
    notes: 'Left a message: FURS25 has ended, but I can take the order over the phone.',
  });
  await writesWithSuggestion(deps, margaret);

  const hiro = await shopperChecksOut(deps, DEMO_CUSTOMERS.oneOrder, 'promo_never_applied', [
    ARCTIC_FOX,
    TRAPPER_HAT,
  ]);
  await act(omar, hiro, 'claim');
  await act(omar, hiro, 'resume');

  const dana = await shopperChecksOut(deps, DEMO_CUSTOMERS.fixture, 'promo_never_applied', [
    MINK_COAT,
  ]);
  await act(omar, dana, 'claim');
  await buysThroughInvoice(deps, dana);

  const amara = await shopperChecksOut(deps, DEMO_CUSTOMERS.regular, 'code_rejected', [
    SABLE_THROW,
  ]);
  await act(omar, amara, 'claim');
  await act(omar, amara, 'call', {
    outcome: 'reached',
    notes: 'Bought a throw in a shop in town meanwhile; thanked us for calling.',
  });
  await act(omar, amara, 'resolve', {
    outcome: 'not_interested',
    note: 'No longer needs one; happy to hear from the next sale.',
  });

  // Last, one nobody calls in time: it goes overdue minutes after the start and escalates.
  await seedOverdueCase(client, (customerId, lines) =>
    shopperChecksOut(deps, customerId, 'promo_never_applied', lines),
  );
}

/** Omar also writes, with Heed's suggested message, through the shop's mail server. */
async function writesWithSuggestion(deps: ExampleCaseDeps, id: string): Promise<void> {
  const path = `/api/cases/${encodeURIComponent(id)}`;
  const page = pageSchema.parse(await deps.client.api(DEMO_STAFF.support, 'GET', path));
  const {subject, body} = page.suggestedMessage;
  await deps.client.api(DEMO_STAFF.support, 'POST', `${path}/message`, {
    method: 'email',
    subject,
    body,
  });
}

/** Omar resumes the order and sends its invoice with Heed's suggested message; Dana pays it. */
async function buysThroughInvoice(deps: ExampleCaseDeps, id: string): Promise<void> {
  const {client, simulator, shop, heed} = deps;
  const path = `/api/cases/${encodeURIComponent(id)}`;
  const resumed = pageSchema.parse(await client.api(DEMO_STAFF.support, 'POST', `${path}/resume`));
  const draftOrderId = resumed.case.draftOrder?.id;
  if (!draftOrderId) throw new Error('The demo case was resumed without a draft order');
  const {subject, body} = resumed.suggestedMessage;
  await client.api(DEMO_STAFF.support, 'POST', `${path}/invoice`, {subject, body});
  const paid = simulator.payDraftOrder(shop, draftOrderId);
  await client.orderCreated(paid.webhookBody);
  await heed.webhookProcessor.drain();
  await heed.drainJourneys();
}

/**
 * A signed-in customer's checkout, sent through ingest as it ends (Heed places a batch by when it
 * arrives: a checkout cannot be back-dated); the id of the case the rules opened for them.
 */
async function shopperChecksOut(
  deps: ExampleCaseDeps,
  customerId: string,
  scenario: DemoScenario,
  lines: DemoLine[],
): Promise<string> {
  const {heed, shop, client} = deps;
  const checkout = newCheckout(scenario, signedIn(deps, customerId), lines);
  await client.ingest(wholeCheckout(checkout, deps.now(), STEP_MS));
  await heed.drainJourneys();
  const open = await heed.storage.cases.list(shop, {view: 'open', limit: 100});
  const found = open.find((c) => c.customerId === customerId);
  if (!found) throw new Error(`The demo's rules opened no case for ${customerId}`);
  return found.id;
}

/** The demo shop's customer as checkout names them: signed in, with their own address. */
export function signedIn(
  deps: Pick<ExampleCaseDeps, 'simulator' | 'shop'>,
  customerId: string,
): SignedInShopper {
  const customer = deps.simulator.shop(deps.shop).customers.find((c) => c.id === customerId);
  if (!customer?.email) throw new Error(`The demo shop has no customer ${customerId}`);
  return {
    customerId,
    email: customer.email,
    acceptsEmailMarketing: customer.emailMarketingConsent.marketingState === 'SUBSCRIBED',
  };
}
