import {z} from 'zod';
import {HeedError} from '../errors';
import {findUnstorable} from './storable-input';

/**
 * Parses input with its schema; failures become a 422 listing each field and what to fix. Input
 * no storage can hold (U+0000) or nested deep enough to overflow a parser is refused first, the
 * same way, before the schema walks it. `checkStorable: false` is for a caller that checks the
 * parts itself (ingest quarantines each event on its own; its schema checks the rest).
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: {checkStorable?: boolean} = {},
): z.output<S> {
  const unstorable = options.checkStorable === false ? null : findUnstorable(input);
  if (unstorable) {
    throw new HeedError('VALIDATION_FAILED', 'Input cannot be stored', {
      problems: [{path: unstorable.path, message: unstorable.message}],
    });
  }
  // The function form takes classic schemas and the zod/mini ones shared with the admin alike.
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  throw new HeedError('VALIDATION_FAILED', 'Input failed validation', {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message:
        issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined
          ? 'This field is required'
          : issue.message,
    })),
  });
}

/** The input's value at an issue's path: zod's issues do not carry it (they could leak it to logs). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Parses a query string with its schema; a query it cannot read is a 400 naming each problem. */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new HeedError('BAD_REQUEST', 'Query failed validation', {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.join('.') || 'query',
      message:
        issue.code === 'unrecognized_keys' ? `Unknown: ${issue.keys.join(', ')}` : issue.message,
    })),
  });
}
