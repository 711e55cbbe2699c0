import type {ShopCodeDiscount} from '../api/lookups';
import {splitList} from './form-values';

const MAX_SUGGESTIONS = 8;

export interface CodeSuggestion {
  code: string;
  title: string;
}

/** The part of the codes field being typed: what follows the last comma or line break. */
function typedToken(text: string): string {
  return text.split(/[\n,]/).at(-1)?.trim() ?? '';
}

/**
 * The shop's codes that match what is being typed (case-insensitive, anywhere in the code or the
 * discount's title) and are not in the field already.
 */
export function codeSuggestions(text: string, discounts: ShopCodeDiscount[]): CodeSuggestion[] {
  const token = typedToken(text).toLowerCase();
  const entered = new Set(splitList(text).map((code) => code.toLowerCase()));
  return discounts
    .flatMap((d) => d.codes.map((code) => ({code, title: d.title})))
    .filter(({code}) => !entered.has(code.toLowerCase()))
    .filter(
      ({code, title}) =>
        token === '' || code.toLowerCase().includes(token) || title.toLowerCase().includes(token),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** The field with the code being typed replaced by the chosen one. */
export function withSuggestion(text: string, code: string): string {
  const kept = splitList(text);
  if (typedToken(text) !== '') kept.pop();
  return [...kept, code].join('\n');
}
