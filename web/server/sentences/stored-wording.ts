import {z} from 'zod';
import type {WordValue, Wording} from './wording';

const wordValueSchema: z.ZodType<WordValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({money: z.number(), currency: z.string()}),
    z.object({
      at: z.number(),
      style: z.enum(['dateTime', 'date', 'time', 'clock', 'weekday', 'month']).optional(),
    }),
    z.object({titles: z.array(z.string())}),
    z.object({say: wordingSchema}),
  ]),
);

/** A wording as a row keeps it (JSON). */
export const wordingSchema: z.ZodType<Wording> = z.lazy(() =>
  z.object({key: z.string().min(1), values: z.record(z.string(), wordValueSchema).optional()}),
);

/**
 * The wording a row stored, or null: rows from before wordings have none, and a wording this
 * version cannot read (a later version's) leaves the row's English to stand.
 */
export function storedWording(json: string | null | undefined): Wording | null {
  if (!json) return null;
  try {
    const parsed = wordingSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
