/**
 * The root fields the simulator answers, reading and writing one shop's state. Arguments have
 * already been validated against the real schema by graphql-js before a resolver runs.
 */
import {randomInt} from 'node:crypto';
import {catalogRootFields} from './admin-catalog';
import {customerRootFields} from './admin-customers';
import {draftOrderRootFields} from './admin-draft-orders';
import {automaticDiscountNode, codeDiscountNode, connection, shopObject} from './admin-objects';
import {refundRootFields} from './admin-refunds';
import {findCodeDiscount, statusAt, type ShopState, type SimDiscountStatus} from './shop-state';

type Args = Record<string, unknown>;

export function createRootValue(state: ShopState, nowMs: number): Record<string, unknown> {
  return {
    ...catalogRootFields(state, nowMs),
    ...customerRootFields(state),
    ...draftOrderRootFields(state, nowMs),
    ...refundRootFields(state, nowMs),
    shop: () => shopObject(state),

    codeDiscountNodeByCode: (args: Args) => {
      const discount = findCodeDiscount(state, String(args.code));
      return discount ? codeDiscountNode(discount, state, nowMs) : null;
    },

    automaticDiscountNodes: (args: Args) => {
      const statuses = statusFilter(args.query);
      const matching = state.automaticDiscounts.filter(
        (d) => statuses.size === 0 || statuses.has(statusAt(d, nowMs)),
      );
      const nodes = matching.map((d) => automaticDiscountNode(d, state, nowMs));
      return connection(nodes, args);
    },

    webPixel: () => (state.webPixel ? pixelObject(state.webPixel) : null),

    webPixelCreate: (args: Args) => {
      const settings = settingsOf(args.webPixel);
      if (!settings.ok) return refusal(settings.error);
      if (state.webPixel) {
        return refusal({code: 'TAKEN', field: ['webPixel'], message: 'Web pixel is taken.'});
      }
      state.webPixel = {
        id: `gid://shopify/WebPixel/${randomInt(1, 2 ** 31)}`,
        settings: settings.value,
      };
      return {webPixel: pixelObject(state.webPixel), userErrors: []};
    },

    webPixelUpdate: (args: Args) => {
      if (!state.webPixel || state.webPixel.id !== args.id) {
        return refusal({code: 'NOT_FOUND', field: ['id'], message: 'Web pixel not found.'});
      }
      const settings = settingsOf(args.webPixel);
      if (!settings.ok) return refusal(settings.error);
      state.webPixel.settings = settings.value;
      return {webPixel: pixelObject(state.webPixel), userErrors: []};
    },
  };
}

/** The subset of Shopify's search syntax the documents use: `status:active OR status:scheduled`. */
function statusFilter(query: unknown): Set<SimDiscountStatus> {
  const found = new Set<SimDiscountStatus>();
  if (typeof query !== 'string') return found;
  for (const match of query.matchAll(/status:(active|expired|scheduled)/gi)) {
    const status = match[1]?.toUpperCase();
    if (status === 'ACTIVE' || status === 'EXPIRED' || status === 'SCHEDULED') found.add(status);
  }
  return found;
}

interface UserError {
  code: string;
  field: string[];
  message: string;
}

function refusal(error: UserError) {
  return {webPixel: null, userErrors: [error]};
}

/** Shopify answers `settings` as a JSON string. */
function pixelObject(pixel: {id: string; settings: Record<string, unknown>}) {
  return {id: pixel.id, settings: JSON.stringify(pixel.settings)};
}

/**
 * `settings` (JSON scalar) may arrive as an object or as a JSON string. Web pixel settings are
 * `single_line_text_field`s, so every value must be a string.
 */
function settingsOf(
  input: unknown,
): {ok: true; value: Record<string, string>} | {ok: false; error: UserError} {
  const raw =
    input !== null && typeof input === 'object' && 'settings' in input ? input.settings : undefined;
  let settings: unknown = raw;
  if (typeof raw === 'string') {
    try {
      settings = JSON.parse(raw);
    } catch {
      return invalid('INVALID_CONFIGURATION_JSON', 'Settings are not valid JSON.');
    }
  }
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    return invalid('INVALID_SETTINGS', 'Settings must be a JSON object.');
  }
  const entries = Object.entries(settings);
  if (entries.some(([, v]) => typeof v !== 'string')) {
    return invalid('INVALID_SETTINGS', 'Every setting must be a string.');
  }
  return {ok: true, value: Object.fromEntries(entries) as Record<string, string>};
}

function invalid(code: string, message: string): {ok: false; error: UserError} {
  return {ok: false, error: {code, field: ['webPixel', 'settings'], message}};
}
