import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {applyEvents} from '../../../web/server/signals/apply-event';
import type {Journey} from '../../../web/server/signals/journey';
import {checkPixelEvent} from '../../../web/server/signals/pixel-event';
import type {PixelEvent} from '../../../web/server/signals/pixel-event';
import type {CampaignFacts, DetectionContext} from '../../../web/server/signals/signal';

export const SHOP = 'fabulous-furs.myshopify.com';
export const MINUTE = 60_000;

export const FIXTURES = [
  'smooth-purchase',
  'promo-not-applied',
  'code-rejected',
  'input-invalid',
  'extension-error',
  'sold-out',
  'stall',
  'back-and-forth',
  'repeated-edits',
  'shipping-shock',
  'abandonment',
  'payment-failed',
  'payment-retry-succeeded',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** The raw JSON of a fixture: Shopify's event objects as the web pixel forwards them. */
export function rawFixture(name: FixtureName): unknown[] {
  const url = new URL(`../../fixtures/pixel/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as unknown[];
}

/** A fixture through the real schema; a fixture that fails it is a broken test. */
export function events(name: FixtureName): PixelEvent[] {
  return rawFixture(name).map((raw, index) => {
    const parsed = checkPixelEvent(raw);
    if (!parsed.ok) throw new Error(`${name}[${index}]: ${parsed.reason}`);
    return parsed.value;
  });
}

export function journeyOf(name: FixtureName, keep?: (event: PixelEvent) => boolean): Journey {
  return applyEvents(undefined, events(name).filter(keep ?? (() => true)), SHOP);
}

/** When the fixture's last event happened. */
export function lastAt(name: FixtureName): number {
  return Math.max(...events(name).map((e) => Date.parse(e.timestamp)));
}

export function eventAt(name: FixtureName, eventName: string, nth = 0): PixelEvent {
  const found = events(name).filter((e) => e.name === eventName)[nth];
  if (!found) throw new Error(`${name} has no ${eventName} #${nth}`);
  return found;
}

export const WINTER: CampaignFacts = {
  id: '5b0f7d8e-3c41-4a2e-9f6d-1e8c2b7a9d40',
  name: 'Winter',
  attributionKey: 'winter-sale',
  discountCodes: ['WINTER20'],
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
};

export const CONTEXT: DetectionContext = {campaigns: [WINTER], currencyCode: 'USD', timeZone: null};

/** Deterministic shuffle (a fixed seed), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
