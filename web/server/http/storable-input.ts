import {z} from 'zod';

/**
 * Input Heed can store, checked at the edge before any schema or serializer touches it:
 * - no U+0000 in any string or key: PostgreSQL `text` cannot hold it, so one such value made a
 *   statement fail (a 500, or on ingest a whole group commit) where SQLite took it;
 * - no nesting deeper than `MAX_INPUT_DEPTH`: JSON.parse builds 5,000 nested arrays from 11 KB,
 *   and JSON.stringify and zod recurse into them until the stack overflows.
 * The walk is iterative, so the input it refuses cannot overflow it either.
 */

/** Far deeper than anything Shopify or Heed's own clients send (a checkout is about 8 levels). */
export const MAX_INPUT_DEPTH = 64;
const NUL = '\u0000';

export interface InputProblem {
  kind: 'nul' | 'depth';
  /** Where, as `a.b.0.c` (with any NUL in a key written `\u0000`), at most a few segments long. */
  path: string;
  message: string;
}

interface Node {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Node | null;
}

export function findUnstorable(value: unknown, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: Node[] = [{value, depth: 0, key: null, parent: null}];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const current = node.value;
    if (typeof current === 'string') {
      if (current.includes(NUL)) return problem('nul', node);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (node.depth >= maxDepth) return problem('depth', node);
    if (Array.isArray(current)) {
      current.forEach((item: unknown, index) =>
        stack.push({value: item, depth: node.depth + 1, key: index, parent: node}),
      );
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      const child: Node = {value: item, depth: node.depth + 1, key, parent: node};
      if (key.includes(NUL)) return problem('nul', child);
      stack.push(child);
    }
  }
  return null;
}

const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';

/** True when the string can be stored as text on both engines. */
export function isStorableText(text: string): boolean {
  return !text.includes(NUL);
}

/** A string field that both engines can store, for schemas whose input skips `findUnstorable`. */
export function storableString() {
  return z.string().refine(isStorableText, NUL_MESSAGE);
}

const SHOWN_SEGMENTS = 6;

function problem(kind: InputProblem['kind'], node: Node): InputProblem {
  const segments: string[] = [];
  for (let at: Node | null = node; at && at.key !== null; at = at.parent) {
    segments.push(String(at.key).replaceAll(NUL, '\\u0000'));
  }
  segments.reverse();
  const path =
    segments.length > SHOWN_SEGMENTS
      ? `${segments.slice(0, SHOWN_SEGMENTS).join('.')}…`
      : segments.join('.');
  const message =
    kind === 'nul' ? NUL_MESSAGE : `must not be nested more than ${MAX_INPUT_DEPTH} levels deep`;
  return {kind, path, message};
}

/**
 * A copy of `value` at most `maxDepth` levels deep, deeper parts replaced by a marker: what may
 * be kept (quarantine) of input refused for its depth, safe to serialize.
 */
export function shallowCopy(value: unknown, maxDepth = MAX_INPUT_DEPTH): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (maxDepth <= 0) return '[nested too deeply]';
  if (Array.isArray(value)) return value.map((item: unknown) => shallowCopy(item, maxDepth - 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, shallowCopy(item, maxDepth - 1)]),
  );
}
