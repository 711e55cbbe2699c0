import {beforeEach, describe, expect, it} from 'vitest';
import {
  createShopifySimulator,
  DEMO_SHOP_DOMAIN,
  loadAdminSchema,
  type ShopifySimulator,
} from '../../web/simulator';
import {
  ID_TOKEN_TYPE,
  ONLINE_TOKEN_TYPE,
  TOKEN_EXCHANGE_GRANT,
} from '../../web/simulator/token-exchange';
import {mintSessionToken} from '../support/shopify-tokens';

const SHOP = DEMO_SHOP_DOMAIN;
const app = {apiKey: 'staff-test-key', apiSecret: 'staff-test-secret-0123456789'};

let sim: ShopifySimulator;
beforeEach(async () => {
  sim = createShopifySimulator({...app, schema: await loadAdminSchema()});
});

async function onlineExchange(sub: string): Promise<Record<string, unknown>> {
  const response = await sim.fetch(`https://${SHOP}/admin/oauth/access_token`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({
      client_id: app.apiKey,
      client_secret: app.apiSecret,
      grant_type: TOKEN_EXCHANGE_GRANT,
      subject_token: mintSessionToken({...app, shop: SHOP, overrides: {sub}}),
      subject_token_type: ID_TOKEN_TYPE,
      requested_token_type: ONLINE_TOKEN_TYPE,
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('the online token exchange names the staff member of the session token', () => {
  it('when the shop has a staff account for the sub, then associated_user is that person', async () => {
    const answer = await onlineExchange('2');
    expect(answer.associated_user).toMatchObject({
      id: 2,
      first_name: 'Omar',
      last_name: 'Haddad',
      email: 'omar@fabulous-furs.example',
      account_owner: false,
    });
  });

  it('when a test names another staff member, then the next exchange answers with them', async () => {
    sim.setStaffUser(SHOP, {
      id: '77',
      firstName: 'Lea',
      lastName: 'Moreau',
      email: 'lea@example.com',
      accountOwner: false,
      locale: 'fr',
    });
    expect((await onlineExchange('77')).associated_user).toMatchObject({
      id: 77,
      first_name: 'Lea',
      locale: 'fr',
    });
  });

  it('when no account is set for the sub, then the shop owner’s default answers (near miss)', async () => {
    expect((await onlineExchange('12345')).associated_user).toMatchObject({
      id: 12345,
      first_name: 'Sam',
      account_owner: true,
    });
  });
});
