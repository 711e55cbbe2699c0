import type {FieldProblem} from '../api/api-error';
import type {FieldErrors, FormField} from './form-values';

/**
 * Where the server's problems go in the form. Paths are the request body's (`promise.value`,
 * `discountCodes.2`); the longest matching prefix wins, so `promise.minimum.amount` lands on the
 * amount field and `promise.minimum` alone on the minimum's type.
 */
const FIELD_OF_PATH: readonly (readonly [string, FormField])[] = [
  ['name', 'name'],
  ['promise.kind', 'kind'],
  ['promise.value', 'value'],
  ['promise.scope.description', 'scopeDescription'],
  ['promise.scope.items', 'scopeItems'],
  ['promise.scope', 'scopeType'],
  ['promise.audience.segmentIds', 'segmentIds'],
  ['promise.audience', 'audienceType'],
  ['promise.minimum.amount', 'minimumValue'],
  ['promise.minimum.quantity', 'minimumValue'],
  ['promise.minimum', 'minimumType'],
  ['discountCodes', 'discountCodes'],
  ['sendAt', 'sendAt'],
  ['promiseStartsAt', 'promiseStartsAt'],
  ['promiseEndsAt', 'promiseEndsAt'],
  ['recipients', 'recipients'],
  ['attributionKey', 'attributionKey'],
  ['email.links', 'emailLinks'],
  ['email.html', 'emailHtml'],
  ['email', 'emailLinks'],
];

export interface PlacedProblems {
  fields: FieldErrors;
  /** Problems no field can show; the form's banner lists them. */
  unplaced: FieldProblem[];
}

export function placeProblems(problems: readonly FieldProblem[]): PlacedProblems {
  const fields: FieldErrors = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (field === undefined) unplaced.push(problem);
    // The first problem of a field is the one to fix first; the rest come back after it.
    else fields[field] ??= problem.message;
  }
  return {fields, unplaced};
}

function fieldOf(path: string): FormField | undefined {
  let best: {prefix: string; field: FormField} | undefined;
  for (const [prefix, field] of FIELD_OF_PATH) {
    const matches = path === prefix || path.startsWith(`${prefix}.`);
    if (matches && (!best || prefix.length > best.prefix.length)) best = {prefix, field};
  }
  return best?.field;
}
