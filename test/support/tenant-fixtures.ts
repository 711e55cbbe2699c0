import {expect} from 'vitest';
import type {TestHeed} from './test-heed';
import {WINTER_ID, winterSale} from './followup-shoppers';
import {mintCheckoutToken} from './shopify-tokens';

/** What shop B owns, made through its own admin and checkout as a real shop's would be. */
export interface ShopRecords {
  campaignId: string;
  caseId: string;
  journeyId: string;
  notificationId: string;
  ruleId: string;
  staffUserId: string;
  checkoutToken: string;
  /** Strings only B's data holds: none may appear in an answer to another shop. */
  markers: string[];
}

const STAFF_NAME = 'Bea Lindqvist';
const STAFF_ID = '8801';
const PHONE = '+1 613 555 0199';
const CHECKOUT = 'chk-tenant-b-1';
const CUSTOMER = 'gid://shopify/Customer/880001';

export async function makeShopRecords(t: TestHeed, shop: string): Promise<ShopRecords> {
  const lead = `Bearer ${await t.sessionToken(shop, {sub: '1'})}`;
  expect((await t.http.get('/api/staff/me').set('Authorization', lead)).status).toBe(200);
  const staff = await t.http
    .post('/api/staff')
    .set('Authorization', lead)
    .send({userId: STAFF_ID, name: STAFF_NAME, role: 'agent'});
  expect(staff.status).toBe(201);
  const rule = await t.http
    .post('/api/rules')
    .set('Authorization', lead)
    .send({
      name: 'Tenant B refused codes',
      enabled: true,
      signalTypes: ['code_rejected'],
      priority: 'high',
      assignee: {kind: 'round_robin'},
      contactWithinMinutes: 30,
      channel: 'email',
    });
  expect(rule.status).toBe(201);
  await winterSale(t, shop);

  const checkout = `Bearer ${mintCheckoutToken({
    shop,
    apiKey: t.heed.config.apiKey,
    apiSecret: t.heed.config.apiSecret,
    customerId: CUSTOMER,
  })}`;
  const outcome = await t.http.post('/api/checkout/outcome').set('Authorization', checkout).send({
    campaignId: WINTER_ID,
    code: 'WINTER20',
    state: 'could_not_apply',
    reason: 'apply_error',
    checkoutToken: CHECKOUT,
  });
  expect(outcome.status).toBe(202);
  await t.heed.drainJourneys();
  const help = await t.http
    .post('/api/checkout/help')
    .set('Authorization', checkout)
    .send({surface: 'checkout', checkoutToken: CHECKOUT, channel: 'phone', phone: PHONE});
  expect(help.status).toBe(200);
  await t.heed.drainJourneys();

  const [opened] = await t.heed.storage.cases.list(shop, {view: 'open', limit: 10});
  const [notification] = opened ? await t.heed.storage.outbox.forCase(shop, opened.id) : [];
  const journeyId = opened?.journeyIds[0];
  if (!opened || !notification || !journeyId) throw new Error('shop B has no case to guard');
  const ruleId = String(rule.body.rule.id);
  return {
    campaignId: WINTER_ID,
    caseId: opened.id,
    journeyId,
    notificationId: String(notification.id),
    ruleId,
    staffUserId: STAFF_ID,
    checkoutToken: CHECKOUT,
    markers: [opened.id, journeyId, ruleId, STAFF_NAME, CHECKOUT, '555 0199', 'Winter sale'],
  };
}
