import {z} from 'zod';
import {DEMO_CUSTOMERS} from '../../simulator/demo-customers';
import {ruleConditionsSchema, type RuleInput} from '../followup/rule';
import type {DemoLine} from './demo-checkout';
import type {DemoClient} from './demo-client';
import {DEMO_STAFF} from './session-token';

/**
 * First contact due this soon after the case opens: the demo's one case that goes overdue while
 * a newcomer watches, and escalates to the leads at the escalation sweep after that.
 */
export const OVERDUE_EXAMPLE_MINUTES = 2;
/** Carts from this much (the shop's currency) get the fast rule; the demo's other carts stay under it. */
const BIG_CART = 600;

/** A lead's rule, put first: a failed promise on a big cart is worth a call within minutes. */
export const BIG_CART_RULE: RuleInput = {
  name: 'Failed promise on a big cart',
  enabled: true,
  signalTypes: ['promo_not_applied', 'promo_missing_on_order'],
  conditions: ruleConditionsSchema.parse({minCartValue: BIG_CART}),
  priority: 'urgent',
  assignee: {kind: 'round_robin'},
  contactWithinMinutes: OVERDUE_EXAMPLE_MINUTES,
  channel: 'phone',
};

const MINK_COAT_L: DemoLine = {
  variantId: '2003',
  title: 'Mink Faux Fur Coat',
  variantTitle: 'Mink / L',
  price: 495,
  quantity: 1,
};
const ARCTIC_FOX: DemoLine = {
  variantId: '2002',
  title: 'Arctic Fox Faux Fur Throw',
  variantTitle: 'Arctic Fox / 50" x 60"',
  price: 169,
  quantity: 1,
};

const rulesSchema = z.object({rules: z.array(z.object({id: z.string()}))});
const addedSchema = z.object({rule: z.object({id: z.string()})});

/**
 * Anna adds the big-cart rule on the Rules page and puts it first; then Elena Petrova's promised
 * code never applies on a coat and a throw. The rule hands her case to Omar, due within minutes,
 * and nobody calls: once overdue, the escalation sweep tells the leads. Made the way a real one
 * is, through the rules API and ingest; the id of Elena's case.
 */
export async function seedOverdueCase(
  client: DemoClient,
  checksOut: (customerId: string, lines: DemoLine[]) => Promise<string>,
): Promise<string> {
  const anna = DEMO_STAFF.owner;
  const before = rulesSchema.parse(await client.api(anna, 'GET', '/api/rules')).rules;
  const added = addedSchema.parse(await client.api(anna, 'POST', '/api/rules', BIG_CART_RULE));
  await client.api(anna, 'PUT', '/api/rules/order', {
    ids: [added.rule.id, ...before.map((r) => r.id)],
  });
  return checksOut(DEMO_CUSTOMERS.bigCart, [MINK_COAT_L, ARCTIC_FOX]);
}
