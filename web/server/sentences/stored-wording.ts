import {z} from 'zod';
import type {WordValue, Wording} from './wording';

/** A wording as a row keeps it (JSON). */
export const wordingSchema: z.ZodType<Wording> = z.lazy(() =>
  z.object({
    key: z.string().regex(/^\w+:[\w.]+$/),
    values: z.optional(z.record(z.string(), wordValueSchema)),
  }),
);

const wordValueSchema: z.ZodType<WordValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({money: z.number(), currency: z.string()}),
    z.object({
      at: z.number(),
      style: z.optional(z.enum(['dateTime', 'date', 'time', 'clock', 'weekday', 'month'])),
    }),
    z.object({titles: z.array(z.string())}),
    z.object({say: wordingSchema}),
  ]),
);

/** A wording as stored (JSON text), or null for a row written before wordings, or unreadable. */
export function parseStoredWording(json: string | null | undefined): Wording | null {
  if (!json) return null;
  try {
    const parsed = wordingSchema.safeParse(JSON.parse(json));
    // An unreadable wording leaves the row its English, which is always stored beside it.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function storedWording(wording: Wording | null | undefined): string | null {
  return wording ? JSON.stringify(wording) : null;
}
