import {z} from 'zod';

/**
 * DOM events carry what the shopper typed (`element.value`): an email, an address, a card holder's
 * name. Heed never keeps it — only its length, enough to tell an edit from an empty field.
 * https://shopify.dev/docs/api/web-pixels-api/dom-events
 */
const MAX_ATTRIBUTE = 200;
const MAX_ELEMENTS = 100;

const attribute = z
  .string()
  .max(MAX_ATTRIBUTE)
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);

const valueLength = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? value.length : null));

export const domElementSchema = z
  .object({id: attribute, name: attribute, tagName: attribute, type: attribute, value: valueLength})
  .transform(({value, ...element}) => ({...element, valueLength: value}));

export type DomElement = z.infer<typeof domElementSchema>;

/** `input_*`, `clicked` and `form_submitted` all describe one `element`; forms list their inputs. */
export const domEventDataSchema = z.object({
  element: z
    .object({
      id: attribute,
      name: attribute,
      tagName: attribute,
      type: attribute,
      value: valueLength,
      elements: z.array(domElementSchema).max(MAX_ELEMENTS).optional().catch(undefined),
    })
    .transform(({value, elements, ...element}) => ({
      ...element,
      valueLength: value,
      ...(elements ? {elements} : {}),
    })),
});

export type DomEventData = z.infer<typeof domEventDataSchema>;

/** What `sanitizeDomData` gave: passed through again (journeys read ingested events), it is kept as is. */
const sanitized = new WeakSet<object>();

/**
 * The element of a DOM event without any value the shopper typed; null when it has none. Most
 * events of a checkout are DOM events, so this is `domEventDataSchema` written by hand: the same
 * output, key for key (test/unit/signals/pixel-event-fast.test.ts holds them equal).
 */
export function sanitizeDomData(data: unknown): DomEventData | null {
  if (!isObject(data)) return null;
  if (sanitized.has(data)) return data as DomEventData;
  const element = (data as {element?: unknown}).element;
  if (!isObject(element)) return null;
  const {elements} = element as {elements?: unknown};
  const inner =
    Array.isArray(elements) && elements.length <= MAX_ELEMENTS && elements.every(isObject)
      ? elements.map(cleanElement)
      : undefined;
  const parsed: DomEventData = {
    element: {...cleanElement(element), ...(inner ? {elements: inner} : {})},
  };
  sanitized.add(parsed);
  return parsed;
}

function cleanElement(element: object): DomElement {
  const e = element as Record<string, unknown>;
  return {
    id: attributeOf(e.id),
    name: attributeOf(e.name),
    tagName: attributeOf(e.tagName),
    type: attributeOf(e.type),
    valueLength: typeof e.value === 'string' ? e.value.length : null,
  };
}

function attributeOf(value: unknown): string | null {
  return typeof value === 'string' &&
    (value.length <= MAX_ATTRIBUTE || codePointLength(value) <= MAX_ATTRIBUTE)
    ? value
    : null;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Code points in `text`, as zod counts a string's length (a surrogate pair once, a lone surrogate
 * as itself): for limits written once in a schema and once by hand.
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}
