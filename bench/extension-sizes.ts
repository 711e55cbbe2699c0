/**
 * Prints each extension's shipped size, raw and compressed, next to its budget. Run after
 * `npx shopify app build`: bundled extensions are measured from the outputs their
 * `dist/*.metafile.json` lists; theme extensions, which Shopify serves unbundled, from their assets.
 * It prints numbers and never fails a build.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {brotliCompressSync, constants, deflateSync, gzipSync} from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const EXTENSIONS = join(ROOT, 'extensions');
const KB = 1024;

/** Ours, compared with the gzip size. Shopify's own hard limit for checkout is 64 KB. */
const BUDGET_BYTES: Record<string, number> = {
  ui_extension: 20 * KB,
  theme: 5 * KB,
};

interface Measured {
  extension: string;
  type: string;
  file: string;
  raw: number;
  /** What `shopify app build` reports as "compressed". */
  deflate: number;
  gzip: number;
  brotli: number;
}

function extensionType(dir: string): string {
  const toml = readFileSync(join(dir, 'shopify.extension.toml'), 'utf8');
  return /^\s*type\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? 'unknown';
}

/** The JavaScript files Shopify serves for one extension. */
function shippedFiles(dir: string, type: string): string[] {
  if (type === 'theme') {
    const assets = join(dir, 'assets');
    return existsSync(assets)
      ? readdirSync(assets)
          .filter((f) => f.endsWith('.js'))
          .map((f) => join(assets, f))
      : [];
  }
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((f) => f.endsWith('.metafile.json'))
    .flatMap((f) => {
      const metafile = JSON.parse(readFileSync(join(dist, f), 'utf8')) as {
        outputs: Record<string, unknown>;
      };
      // esbuild names outputs relative to the directory the CLI ran in: the repository root.
      return Object.keys(metafile.outputs)
        .filter((output) => output.endsWith('.js'))
        .map((output) => join(ROOT, output));
    });
}

function measure(extension: string, type: string, file: string): Measured {
  const bytes = readFileSync(file);
  return {
    extension,
    type,
    file: relative(ROOT, file),
    raw: bytes.byteLength,
    deflate: deflateSync(bytes).byteLength,
    gzip: gzipSync(bytes, {level: 9}).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY},
    }).byteLength,
  };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const rows: Measured[] = [];
const unbuilt: string[] = [];
for (const name of readdirSync(EXTENSIONS).sort()) {
  const dir = join(EXTENSIONS, name);
  if (!existsSync(join(dir, 'shopify.extension.toml'))) continue;
  const type = extensionType(dir);
  const files = shippedFiles(dir, type);
  if (files.length === 0) unbuilt.push(name);
  for (const file of files) rows.push(measure(name, type, file));
}

console.log('Extension sizes (raw / deflate as the Shopify CLI reports / gzip -9 / brotli -11)');
for (const row of rows) {
  const budget = BUDGET_BYTES[row.type];
  const verdict =
    budget === undefined
      ? 'no budget'
      : `budget ${kb(budget)} gzip: ${row.gzip <= budget ? 'within' : 'OVER'}`;
  console.log(
    `  ${row.extension.padEnd(22)} ${row.file.padEnd(58)} raw ${kb(row.raw).padStart(9)}` +
      `  deflate ${kb(row.deflate).padStart(8)}  gzip ${kb(row.gzip).padStart(8)}` +
      `  brotli ${kb(row.brotli).padStart(8)}  (${verdict})`,
  );
}
if (unbuilt.length > 0) {
  console.log(`  not built (run npx shopify app build first): ${unbuilt.join(', ')}`);
}
