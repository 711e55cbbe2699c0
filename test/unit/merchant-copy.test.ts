import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

/**
 * The words merchants and shoppers read, as the code holds them: every sentence-like string and
 * JSX text of the admin, of the server's merchant-facing sentences (findings, signals, cases,
 * outcomes) and of the extensions' English strings. For spelling, identifiers and stored values
 * (one word, no space, such as the status `cancelled`) are not copy and are left out; a label
 * such as "SQLite" is one word and still copy.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = [
  'web/frontend/src',
  'web/server/campaigns',
  'web/server/followup',
  'web/server/signals',
  'web/server/outcomes',
  'web/server/overview',
  'web/server/sentences/en',
];
/** Shopper messages in other languages, and the reply check's French and German patterns. */
const OTHER_LANGUAGES = /message-copy-(fr|de)\.ts$|reply-check\.ts$/;

/** Shopify's admin writes American English. */
const BRITISH =
  /\b(colour\w*|behaviour\w*|cancell(ed|ing)|organis\w*|analys(e|ed|es|ing)|recognis\w*|honour\w*|favour\w*|centre|licence|catalogue|apologis\w*|prioritis\w*|customis\w*|summaris\w*|authoris\w*|minimis\w*|optimis\w*|utilis\w*|finalis\w*|personalis\w*|e-mail)\b/i;
/** Heed's own machinery and its founding story are not the merchant's business. */
const INTERNAL = /SQLite|PostgreSQL|Fabulous Furs story|as in the Fabulous Furs/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !OTHER_LANGUAGES.test(file));
}

function copyOf(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      texts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    } else if (ts.isJsxText(node)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts.map((text) => text.trim()).filter((text) => text.length > 0);
}

function extensionStrings(): string[] {
  const values = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(values)
        : [];
  return ['campaign-attribution', 'promo-reassurance', 'hesitation-pixel']
    .flatMap((extension) => {
      const dir = path.join(ROOT, 'extensions', extension, 'locales');
      try {
        return readdirSync(dir)
          .filter((name) => name.startsWith('en'))
          .map((name) => path.join(dir, name));
      } catch {
        return [];
      }
    })
    .flatMap((file) => values(JSON.parse(readFileSync(file, 'utf8'))));
}

const COPY = [
  ...SOURCES.flatMap(filesUnder).flatMap((file) => copyOf(file).map((text) => ({file, text}))),
  ...extensionStrings().map((text) => ({file: 'extensions/*/locales/en*', text})),
];

describe('the words merchants and shoppers read', () => {
  it('when the copy is read, then there is plenty of it (the scan sees the sources)', () => {
    expect(COPY.length).toBeGreaterThan(500);
  });

  it('when every sentence is scanned for British spellings, then none is found', () => {
    const sentences = COPY.filter(({text}) => /\s/.test(text));
    expect(sentences.filter(({text}) => BRITISH.test(text))).toEqual([]);
  });

  it('when every string is scanned for internal words, then none is found', () => {
    expect(COPY.filter(({text}) => INTERNAL.test(text))).toEqual([]);
  });
});
