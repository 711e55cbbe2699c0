import type {z} from 'zod';
import {HeedError} from '../errors';

/** Parses input with its schema; failures become a 422 listing each field and what to fix. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new HeedError('VALIDATION_FAILED', 'Input failed validation', {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message:
        issue.code === 'invalid_type' && issue.input === undefined
          ? 'This field is required'
          : issue.message,
    })),
  });
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
