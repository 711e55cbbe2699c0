import type {Page} from 'playwright-core';
import {toLocalDateTime} from '../../web/frontend/src/campaigns/datetime-local';
import {DEMO_SHOP_TIME_ZONE} from '../../web/simulator/demo-shop';

/** What a merchant types into the campaign form; dates are instants, typed on the shop's clock. */
export interface CampaignFields {
  name: string;
  percent: number;
  audience: 'everyone' | 'email_subscribers';
  codes: string;
  sendAt: number;
  startsAt: number;
  endsAt: number;
  utmCampaign: string;
  emailHtml: string;
}

export const DAY_MS = 86_400_000;

/**
 * The value a `datetime-local` input takes for an instant: the demo shop's clock, whatever the
 * browser's own zone.
 */
export function shopLocalDateTime(ms: number): string {
  return toLocalDateTime(ms, DEMO_SHOP_TIME_ZONE);
}

export async function fillCampaignForm(page: Page, fields: CampaignFields): Promise<void> {
  await page.getByLabel('Campaign name', {exact: true}).fill(fields.name);
  await page.getByLabel('Link tag', {exact: true}).fill(fields.utmCampaign);
  await page.getByLabel('Discount type', {exact: true}).selectOption('percentage');
  await page.getByLabel('Amount', {exact: true}).fill(String(fields.percent));
  await page.getByLabel('Applies to', {exact: true}).selectOption('entire_order');
  await page.getByLabel('Sent to', {exact: true}).selectOption(fields.audience);
  await page.getByLabel('Discount codes', {exact: true}).fill(fields.codes);
  await page.getByLabel('Email send date', {exact: true}).fill(shopLocalDateTime(fields.sendAt));
  await page.getByLabel('Offer starts', {exact: true}).fill(shopLocalDateTime(fields.startsAt));
  await page.getByLabel('Offer ends', {exact: true}).fill(shopLocalDateTime(fields.endsAt));
  await page.getByLabel('Email HTML', {exact: true}).fill(fields.emailHtml);
}

/**
 * The form's own Save button. App Bridge draws a second one in the title bar (the demo stand-in
 * draws it at the top of the page); the form's comes last in the document.
 */
export async function clickSave(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Save campaign'}).last().click();
}

/** Registers a campaign the way the admin does (session token from App Bridge), for test set-up. */
export async function createCampaignThroughApi(page: Page, body: object): Promise<string> {
  const id = await page.evaluate(async (input) => {
    const token = await window.shopify.idToken();
    const response = await fetch('/api/campaigns', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Authorization: `Bearer ${token}`},
      body: JSON.stringify(input),
    });
    const answer: unknown = await response.json();
    if (response.status !== 201) throw new Error(`POST /api/campaigns: ${JSON.stringify(answer)}`);
    return (answer as {campaign: {id: string}}).campaign.id;
  }, body);
  return id;
}

/** The API body of a campaign promising 20% off the entire order to email subscribers. */
export function twentyPercentCampaign(overrides: {
  name: string;
  code: string;
  utmCampaign: string;
  html: string;
  now: number;
}): object {
  return {
    name: overrides.name,
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'email_subscribers'},
      minimum: null,
    },
    discountCodes: [overrides.code],
    sendAt: new Date(overrides.now + 7 * DAY_MS).toISOString(),
    promiseStartsAt: new Date(overrides.now + 7 * DAY_MS).toISOString(),
    promiseEndsAt: new Date(overrides.now + 21 * DAY_MS).toISOString(),
    recipients: null,
    attributionKey: overrides.utmCampaign,
    email: {links: [], html: overrides.html},
  };
}
