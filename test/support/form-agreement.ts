import type {FieldValues, Resolver} from 'react-hook-form';
import {createLoadedI18n} from '../../web/frontend/src/i18n/i18n';
import {HeedError} from '../../web/server/errors';
import {parseInput} from '../../web/server/http/validate';
import {adminResources} from './admin-translations';

/** The admin's English `settings` and `team` words, as the forms translate message codes with. */
const english = createLoadedI18n('en', adminResources(['en']));
export const settingsT = english.getFixedT('en', 'settings');
export const teamT = english.getFixedT('en', 'team');

/** What the server says of a body, as its routes do: `{}` when accepted, else message by path. */
export function serverVerdict(schema: Parameters<typeof parseInput>[0], body: unknown) {
  try {
    parseInput(schema, body);
    return {};
  } catch (error: unknown) {
    if (!(error instanceof HeedError)) throw error;
    return firstByPath(error.problems);
  }
}

/** What a form's resolver says of its values: `{}` when accepted, else message by path. */
export async function formVerdict<V extends FieldValues, B extends FieldValues>(
  resolver: Resolver<V, unknown, B>,
  values: V,
) {
  const result = await resolver(values, undefined, {fields: {}, shouldUseNativeValidation: false});
  const problems: {path: string; message: string}[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return;
    if ('message' in node && typeof node.message === 'string' && 'type' in node) {
      problems.push({path: path.join('.'), message: node.message});
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(result.errors, []);
  return firstByPath(problems);
}

function firstByPath(problems: readonly {path: string; message: string}[]) {
  const byPath: Record<string, string> = {};
  for (const {path, message} of problems) byPath[path] ??= message;
  return byPath;
}
