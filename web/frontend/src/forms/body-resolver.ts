import {zodResolver} from '@hookform/resolvers/zod';
import type {FieldError, FieldErrors, FieldPath, FieldValues, Resolver} from 'react-hook-form';
import type {ZodMiniType} from 'zod/mini';
import type {FieldProblem} from '../api/api-error';

/**
 * Turns a resolver for the request body into one for the typed form: react-hook-form checks the
 * body the values make with the server's own schema, and names the failures by field.
 */
export function bodyResolver<Values extends FieldValues, Body extends FieldValues>(
  schema: ZodMiniType<Body, Record<string, unknown>>,
  bodyOf: (values: Values) => Record<string, unknown>,
): Resolver<Values, unknown, Body> {
  const resolve = zodResolver(schema) as unknown as Resolver<
    Record<string, unknown>,
    unknown,
    Body
  >;
  return (values, context, options) =>
    resolve(bodyOf(values), context, options as never) as ReturnType<
      Resolver<Values, unknown, Body>
    >;
}

/** The server's problems on their fields; the first of a field is the one to fix first. */
export function placeProblems<F extends string>(
  fields: readonly F[],
  problems: readonly FieldProblem[],
): Partial<Record<F, string>> {
  const placed: Partial<Record<F, string>> = {};
  for (const problem of problems) {
    const field = fields.find((f) => problem.path === f || problem.path.startsWith(`${f}.`));
    if (field) placed[field] ??= problem.message;
  }
  return placed;
}

/** The first message in a part of react-hook-form's errors, which nest by the body's path. */
function firstMessage(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if ('message' in node && typeof node.message === 'string') return node.message;
  for (const child of Object.values(node)) {
    const found = firstMessage(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * For a form whose fields are not the body's (working hours typed as one row per weekday): the
 * body's first refusal under each top-level key lands on the field `fieldOf` names for it.
 */
export function fieldResolver<Values extends FieldValues, Body extends FieldValues>(
  resolver: Resolver<Values, unknown, Body>,
  fieldOf: (bodyKey: string) => FieldPath<Values> | undefined,
): Resolver<Values, unknown, Body> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const entries = Object.entries(result.errors);
    if (entries.length === 0) return result;
    const errors: Record<string, FieldError> = {};
    for (const [key, node] of entries) {
      const field = fieldOf(key) ?? 'root';
      const message = firstMessage(node);
      if (message !== undefined) errors[field] ??= {type: 'validate', message};
    }
    return {values: {}, errors: errors as FieldErrors<Values>};
  };
}
