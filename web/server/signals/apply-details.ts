import type {
  AlertFact,
  AlertKind,
  Completion,
  ExtensionErrorFact,
  FieldEdits,
  Journey,
  OrderKey,
  OutcomeFact,
} from './journey';
import {compareKeys, insertByKey} from './order-key';
import {readAlert, readExtensionError, readHeedCustomData} from './pixel-data';
import type {DisplayedAlert} from './pixel-data';
import {HEED_EVENT, compareText} from './pixel-event';
import {sanitizeDomData} from './dom-element';

export const MAX_ALERTS = 50;
export const MAX_EXTENSION_ERRORS = 20;
export const MAX_FIELDS = 100;
export const MAX_EDITS_KEPT = 20;
export const MAX_OUTCOMES = 20;

/** Shopify's AlertDisplayedType values that mean "fill this field in properly". */
const INPUT_ALERT_TYPES = new Set(['INPUT_INVALID', 'INPUT_REQUIRED', 'CONTACT_ERROR']);

/**
 * Kinds follow Shopify's `AlertDisplayedType` (`DISCOUNT_ERROR` "a discount code or gift card
 * issue", `PAYMENT_ERROR`, `INPUT_INVALID`, `INPUT_REQUIRED`, `CONTACT_ERROR`, …; see the
 * `AlertDisplayed` type of @shopify/web-pixels-extension). The `target` follows the Shopify
 * Functions field-target format (`$.cart.buyerIdentity.email`,
 * `cart.deliveryGroups[0].deliveryAddress.address1`); it only backs up the type, for alerts typed
 * more generally (`CHECKOUT_ERROR`) that still name the discount or payment field.
 */
export function alertKind(alert: Pick<DisplayedAlert, 'type' | 'target'>): AlertKind {
  if (alert.type === 'DISCOUNT_ERROR' || /discount|reduction|gift.?card/i.test(alert.target)) {
    return 'discount';
  }
  if (INPUT_ALERT_TYPES.has(alert.type)) return 'input';
  if (alert.type === 'PAYMENT_ERROR' || /payment/i.test(alert.target)) return 'payment';
  return 'other';
}

/** Alert and error texts are Shopify's or an app's, but never keep an address or a long number. */
export function scrub(message: string): string {
  return message
    .replace(/[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/g, '[email]')
    .replace(/\d[\d -]{6,}\d/g, '[number]')
    .slice(0, 500);
}

export function withAlert(journey: Journey, data: unknown, key: OrderKey): Journey {
  const alert = readAlert(data);
  if (!alert) return journey;
  const kind = alertKind(alert);
  const code = kind === 'discount' ? (alert.value?.trim().slice(0, 255) ?? '') : '';
  const fact: AlertFact = {
    ...key,
    kind,
    type: alert.type,
    target: alert.target,
    message: scrub(alert.message),
    code: /^\S+$/.test(code) ? code : null,
  };
  return {...journey, alerts: insertByKey(journey.alerts, fact, MAX_ALERTS)};
}

export function withExtensionError(journey: Journey, data: unknown, key: OrderKey): Journey {
  const error = readExtensionError(data);
  if (!error) return journey;
  const fact: ExtensionErrorFact = {
    ...key,
    appName: error.appName,
    extensionName: error.extensionName,
    extensionTarget: error.extensionTarget,
    message: scrub(error.message),
  };
  return {
    ...journey,
    extensionErrors: insertByKey(journey.extensionErrors, fact, MAX_EXTENSION_ERRORS),
  };
}

/** Counts `input_changed` per field; the value typed was already dropped at the schema. */
export function withFieldEdit(journey: Journey, data: unknown, key: OrderKey): Journey {
  const element = sanitizeDomData(data)?.element;
  const field = element?.name || element?.id;
  if (!field) return journey;
  const existing = journey.fieldEdits.find((edits) => edits.field === field);
  if (!existing && journey.fieldEdits.length >= MAX_FIELDS) return journey;
  const updated: FieldEdits = {
    field,
    count: (existing?.count ?? 0) + 1,
    firstAt: Math.min(existing?.firstAt ?? key.at, key.at),
    lastAt: Math.max(existing?.lastAt ?? key.at, key.at),
    edits: insertByKey(existing?.edits ?? [], key, MAX_EDITS_KEPT),
  };
  const others = journey.fieldEdits.filter((edits) => edits.field !== field);
  return {
    ...journey,
    fieldEdits: [...others, updated].sort((a, b) => compareText(a.field, b.field)),
  };
}

const STATE_OF_HEED_EVENT: ReadonlyMap<string, OutcomeFact['state']> = new Map([
  [HEED_EVENT.promoApplied, 'applied'],
  [HEED_EVENT.promoNotApplied, 'could_not_apply'],
]);

/** `heed:*` custom events from the checkout extension, e.g. `{campaignId, code, reason}`. */
export function withHeedOutcome(
  journey: Journey,
  name: string,
  customData: unknown,
  key: OrderKey,
): Journey {
  const state = STATE_OF_HEED_EVENT.get(name);
  if (!state) return journey;
  const data = readHeedCustomData(customData);
  return withOutcomeFact(journey, {
    at: key.at,
    source: 'pixel',
    eventId: key.eventId,
    state,
    reason: data.reason,
    campaignId: data.campaignId,
    code: data.code,
    orderId: null,
  });
}

export function withOutcomeFact(journey: Journey, fact: OutcomeFact): Journey {
  const identity = (o: OutcomeFact) =>
    [o.source, o.eventId, o.state, o.campaignId, o.code?.toUpperCase(), o.orderId].join('|');
  if (journey.outcomes.some((o) => identity(o) === identity(fact) && o.at <= fact.at)) {
    return journey;
  }
  const outcomes = [...journey.outcomes.filter((o) => identity(o) !== identity(fact)), fact]
    .sort((a, b) => a.at - b.at || compareText(identity(a), identity(b)))
    .slice(0, MAX_OUTCOMES);
  return {...journey, outcomes};
}

/** The earliest report of the order wins; a later one may still tell its id. */
export function withCompletion(journey: Journey, completion: Completion): Journey {
  const previous = journey.completion;
  const keepPrevious =
    previous !== null &&
    (previous.at < completion.at ||
      (previous.at === completion.at &&
        compareKeys(
          {at: 0, seq: 0, eventId: previous.eventId ?? previous.source},
          {at: 0, seq: 0, eventId: completion.eventId ?? completion.source},
        ) <= 0));
  const kept = keepPrevious ? previous : completion;
  const other = keepPrevious ? completion : previous;
  return {...journey, completion: {...kept, orderId: kept.orderId ?? other?.orderId ?? null}};
}
