import {z} from 'zod';

/**
 * DOM events carry what the shopper typed (`element.value`): an email, an address, a card holder's
 * name. Heed never keeps it — only its length, enough to tell an edit from an empty field.
 * https://shopify.dev/docs/api/web-pixels-api/dom-events
 */
const attribute = z
  .string()
  .max(200)
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
      elements: z.array(domElementSchema).max(100).optional().catch(undefined),
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

/** The element of a DOM event without any value the shopper typed; null when it has none. */
export function sanitizeDomData(data: unknown): DomEventData | null {
  if (typeof data === 'object' && data !== null && sanitized.has(data)) return data as DomEventData;
  const parsed = domEventDataSchema.safeParse(data);
  if (!parsed.success) return null;
  sanitized.add(parsed.data);
  return parsed.data;
}
