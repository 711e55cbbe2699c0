import {zodResolver} from '@hookform/resolvers/zod';
import type {FieldValues, Resolver} from 'react-hook-form';
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
