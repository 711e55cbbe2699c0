import fc from 'fast-check';

/**
 * Request bodies a hostile or broken client sends, as raw text: a valid body with one field
 * replaced by something it must not be, malformed JSON, deep nesting, control characters, huge
 * strings and prototype keys. Built from a valid body so that most runs get past the parser and
 * reach the schemas and storage behind it.
 */

const CONTROL = fc.constantFrom(
  '\u0000',
  'bad\u0000value',
  '\u0007\u001b[31mred',
  '\ud800',
  '\u202e',
  '\r\n\t',
  '\u2028\u2029',
  '',
);

/**
 * Nested arrays this deep: past Heed's depth bound, and far past it. Written into the text after
 * JSON.stringify (a marker stands in), which would overflow the test's own stack on them.
 */
const DEEP_MARKER = /"heed-fuzz-deep:(\d+)"/g;
const deepValue = fc.integer({min: 30, max: 6_000}).map((depth) => `heed-fuzz-deep:${depth}`);
const render = (text: string) =>
  text.replace(DEEP_MARKER, (_marker, depth: string) => {
    const n = Number(depth);
    return `${'['.repeat(n)}"floor"${']'.repeat(n)}`;
  });

/** Strings past every field's limit (and some past the body limits: 413). */
const hugeString = fc
  .tuple(fc.integer({min: 300, max: 300_000}), fc.constantFrom('x', 'é', '\u0000', '😀'))
  .map(([length, unit]) => unit.repeat(length));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {arbitrary: fc.string({unit: 'binary', maxLength: 40}), weight: 3},
  {arbitrary: CONTROL, weight: 3},
  {arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), weight: 3},
  {arbitrary: fc.constantFrom(1e308, -1, 0, 2 ** 53 + 1, -0.5), weight: 1},
  {arbitrary: fc.array(fc.string({maxLength: 5}), {maxLength: 5}), weight: 1},
  {arbitrary: fc.dictionary(fc.string({maxLength: 8}), fc.string({maxLength: 8})), weight: 1},
  {arbitrary: deepValue, weight: 1},
  {arbitrary: hugeString, weight: 1},
);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Every path to a field of `value`, objects and arrays alike, the root excluded. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, key],
    ...pathsOf(child, [...prefix, key]),
  ]);
}

function withField(base: unknown, path: string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (base === null || typeof base !== 'object') return base;
  const copy: Record<string, unknown> = Array.isArray(base)
    ? ({...base} as Record<string, unknown>)
    : {...(base as Record<string, unknown>)};
  copy[head] = withField(copy[head], rest, replacement);
  return Array.isArray(base) ? Object.values(copy) : copy;
}

/** `{"__proto__": …}` written as text: JSON.stringify of an object would drop that key. */
function withPrototypeKey(base: unknown, key: string): string {
  const polluting = `"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}}`;
  const text = JSON.stringify(base);
  return text.startsWith('{') && text.length > 2
    ? `{${polluting},${text.slice(1)}`
    : `{${polluting}}`;
}

export function hostileBodies(base: unknown): fc.Arbitrary<string> {
  const paths = pathsOf(base);
  const mutated =
    paths.length > 0
      ? fc
          .tuple(fc.constantFrom(...paths), hostileValue)
          .map(([path, value]) => render(JSON.stringify(withField(base, path, value))))
      : hostileValue.map((value) => render(JSON.stringify(value)));
  const valid = JSON.stringify(base);
  const malformed = fc.oneof(
    fc.string({unit: 'binary', maxLength: 200}),
    fc.nat({max: Math.max(0, valid.length - 1)}).map((cut) => valid.slice(0, cut)),
    fc.constantFrom('', 'null', '[]', '"text"', '{"a":', '{,}', "{'a':1}", 'NaN', '1e99999'),
  );
  const nested = fc
    .integer({min: 500, max: 20_000})
    .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
  const prototype = fc.constantFrom(...PROTOTYPE_KEYS).map((key) => withPrototypeKey(base, key));
  return fc.oneof(
    {arbitrary: mutated, weight: 6},
    {arbitrary: malformed, weight: 2},
    {arbitrary: nested, weight: 1},
    {arbitrary: prototype, weight: 1},
  );
}
